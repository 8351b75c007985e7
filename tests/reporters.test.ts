import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CheckOutcome, evaluate, parseRequire } from '../src/batch/check.js';
import type { CheckResult, LetterSummary } from '../src/batch/protocol.js';
import { painter } from '../src/cli/reporters/color.js';
import { githubReporter } from '../src/cli/reporters/github.js';
import { jsonReporter } from '../src/cli/reporters/json.js';
import { junitReporter } from '../src/cli/reporters/junit.js';
import { textReporter } from '../src/cli/reporters/text.js';

const summary = (over: Partial<LetterSummary> = {}): LetterSummary => ({
  format: 'pdf',
  pages: 3,
  date: '2024-11-12',
  subject: 'Uitkomsten BO Leefomgeving',
  reference: '2024-0000820011',
  ministry: 'Ministerie van Volkshuisvesting en Ruimtelijke Ordening',
  addressee: 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
  kamerstuk: null,
  signatories: 1,
  textLength: 5000,
  counts: { sections: 4, commitments: 2, regions: 3, amounts: 1, references: 2, footnotes: 0, warnings: 0 },
  ...over,
});
const ok = (s: LetterSummary, warnings: CheckResult['warnings'] = []): CheckResult => ({
  status: 'ok',
  summary: s,
  warnings,
  error: null,
  ms: 12,
});
const failedParse: CheckResult = {
  status: 'failed',
  summary: null,
  warnings: [],
  error: { code: 'no-text-layer', message: 'no text layer: this looks like a scanned PDF' },
  ms: 40,
};

describe('check rules', () => {
  it('fails a letter that cannot be parsed, whatever is required', () => {
    const o = evaluate('scan.pdf', failedParse, [], false);
    expect(o.failed).toBe(true);
    expect(o.findings).toEqual([
      { severity: 'error', code: 'no-text-layer', message: expect.any(String), page: null, fatal: true },
    ]);
  });
  it('fails on a missing required fact and warns about a missing date or subject otherwise', () => {
    const s = summary({ date: null, reference: null });
    expect(evaluate('a.pdf', ok(s), ['sections'], false)).toMatchObject({
      failed: false,
      findings: [{ severity: 'warning', code: 'missing-date' }],
    });
    expect(evaluate('a.pdf', ok(s), ['sections', 'reference'], false)).toMatchObject({
      failed: true,
      findings: [
        { severity: 'error', code: 'missing-reference' },
        { severity: 'warning', code: 'missing-date' },
      ],
    });
  });
  it('fails a letter without sections or body text under the default requirement', () => {
    const empty = summary({ textLength: 0, counts: { ...summary().counts, sections: 1 } });
    expect(evaluate('a.pdf', ok(empty), parseRequire('sections'), false).failed).toBe(true);
    expect(evaluate('a.pdf', ok(summary()), parseRequire('sections'), false).failed).toBe(false);
  });
  it('keeps the pipeline warnings, and --strict makes warnings fail', () => {
    const r = ok(summary(), [{ code: 'not-dutch', message: 'the text does not look Dutch', page: 2 }]);
    expect(evaluate('a.pdf', r, [], false)).toMatchObject({
      failed: false,
      findings: [{ code: 'not-dutch', page: 2 }],
    });
    expect(evaluate('a.pdf', r, [], true).failed).toBe(true);
    expect(evaluate('a.pdf', ok(summary()), [], true).failed).toBe(false);
  });
  it('parses --require lists and rejects unknown names', () => {
    expect(parseRequire('date, Subject,date')).toEqual(['date', 'subject']);
    expect(parseRequire('none')).toEqual([]);
    expect(() => parseRequire('date,colour')).toThrow(/'colour'/);
  });
});

const outcomes: CheckOutcome[] = [
  evaluate('brieven/a.pdf', ok(summary()), ['sections'], false),
  evaluate('brieven/scan, 100% & <dicht>.pdf', failedParse, ['sections'], false),
  evaluate(
    'brieven/c.txt',
    ok(summary({ subject: null }), [{ code: 'w1', message: 'line one\nline two', page: null }]),
    ['sections'],
    false,
  ),
];
const ctx = { strict: false, ms: 1234, paint: painter(false), timestamp: '2026-01-01T00:00:00.000Z' };

describe('text reporter', () => {
  it('lists the letters with findings and sums up', () => {
    const text = textReporter(outcomes, ctx);
    expect(text).not.toContain('brieven/a.pdf');
    expect(text).toMatch(/brieven\/scan, 100% & <dicht>\.pdf\n\s+error\s+no-text-layer\s+no text layer/);
    expect(text).toMatch(/brieven\/c\.txt {2}\(passes\)\n\s+warning\s+missing-subject/);
    expect(text.trim().split('\n').at(-1)).toBe('✖ 3 letters checked: 1 failed, 2 passed, 2 warnings');
    expect(text).not.toContain('\x1b[');
  });
  it('colours only when asked', () => {
    expect(textReporter(outcomes, { ...ctx, paint: painter(true) })).toContain('\x1b[');
  });
});

describe('github reporter', () => {
  it('prints one annotation per finding with the file, escaped', () => {
    const lines = githubReporter(outcomes, ctx).trim().split('\n');
    expect(lines).toEqual([
      '::error file=brieven/scan%2C 100%25 & <dicht>.pdf,title=kamerbrief check%3A no-text-layer::no text layer: this looks like a scanned PDF',
      '::warning file=brieven/c.txt,title=kamerbrief check%3A missing-subject::no subject ("Betreft") found',
      '::warning file=brieven/c.txt,title=kamerbrief check%3A w1::line one%0Aline two',
    ]);
  });
  it('turns warnings into errors under --strict, and prints nothing for clean letters', () => {
    expect(githubReporter(outcomes, { ...ctx, strict: true })).not.toContain('::warning');
    expect(githubReporter([outcomes[0] as CheckOutcome], ctx)).toBe('');
  });
});

describe('junit reporter', () => {
  it('writes one testcase per letter with a failure for the failing ones, escaped', () => {
    const xml = junitReporter(outcomes, ctx);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    expect(xml).toMatch(
      /<testsuites name="kamerbrief check" tests="3" failures="1" errors="0" time="1.234">/,
    );
    const cases = [...xml.matchAll(/<testcase ([^>]*?)\/?>/g)].map((m) => m[1]);
    expect(cases).toHaveLength(3);
    expect(cases[1]).toContain('name="brieven/scan, 100% &amp; &lt;dicht&gt;.pdf"');
    const failures = [...xml.matchAll(/<failure type="([^"]*)" message="[^"]*">([^<]*)<\/failure>/g)];
    expect(failures.map((f) => f[1])).toEqual(['no-text-layer']);
    expect(xml).toMatch(
      /<system-out>warning missing-subject: [^<]*\nwarning w1: line one\nline two<\/system-out>/,
    );
    // balanced elements
    for (const tag of ['testsuites', 'testsuite']) {
      expect(xml.match(new RegExp(`<${tag}[ >]`, 'g'))?.length).toBe(1);
      expect(xml.match(new RegExp(`</${tag}>`, 'g'))?.length).toBe(1);
    }
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });
  it('replaces characters XML cannot hold', () => {
    const bad = evaluate('x\u0001y.pdf', failedParse, [], false);
    expect(junitReporter([bad], ctx)).toContain('name="x\uFFFDy.pdf"');
  });
});

describe("json reporter (the shape of ESLint's json formatter)", () => {
  it('gives one result per letter with absolute paths, messages and their counts', () => {
    const results = JSON.parse(jsonReporter(outcomes, ctx));
    expect(results.map((r: { filePath: string }) => r.filePath)).toEqual(
      ['brieven/a.pdf', 'brieven/scan, 100% & <dicht>.pdf', 'brieven/c.txt'].map((p) => resolve(p)),
    );
    expect(results[0]).toEqual({
      filePath: resolve('brieven/a.pdf'),
      messages: [],
      suppressedMessages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
    expect(results[1]).toMatchObject({ errorCount: 1, fatalErrorCount: 1, warningCount: 0 });
    expect(results[1].messages).toEqual([
      {
        ruleId: 'no-text-layer',
        severity: 2,
        fatal: true,
        message: 'no text layer: this looks like a scanned PDF',
        line: 1,
        column: 1,
        nodeType: null,
      },
    ]);
    expect(results[2]).toMatchObject({ errorCount: 0, fatalErrorCount: 0, warningCount: 2 });
    expect(
      results[2].messages.map((m: { ruleId: string; severity: number }) => [m.ruleId, m.severity]),
    ).toEqual([
      ['missing-subject', 1],
      ['w1', 1],
    ]);
    expect(results[2].messages[1]).not.toHaveProperty('fatal');
  });
  it('counts warnings as errors under --strict and puts a page in the message', () => {
    const paged = evaluate(
      'b.pdf',
      ok(summary(), [{ code: 'not-dutch', message: 'the text does not look Dutch', page: 2 }]),
      [],
      true,
    );
    const [result] = JSON.parse(jsonReporter([paged], { ...ctx, strict: true }));
    expect(result).toMatchObject({ errorCount: 1, warningCount: 0 });
    expect(result.messages[0]).toMatchObject({
      severity: 2,
      message: 'the text does not look Dutch (page 2)',
    });
  });
  it('prints an empty array for no letters', () => {
    expect(jsonReporter([], ctx)).toBe('[]\n');
  });
});
