/**
 * The rules of `kamerbrief check`: a letter fails when it cannot be parsed or misses a required
 * fact; other missing metadata and the pipeline's own warnings are warnings (failures with --strict).
 */
import { FACT_KINDS } from '../model/facts.js';
import type { CheckResult, LetterSummary } from './protocol.js';

export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  code: string;
  message: string;
  page: number | null;
  /** The letter could not be read at all (not a PDF, encrypted, a scan, ...). */
  fatal?: boolean;
}

export interface CheckOutcome {
  path: string;
  failed: boolean;
  findings: Finding[];
  ms: number;
}

interface Requirement {
  /** Fails when this returns false. */
  test: (s: LetterSummary) => boolean;
  missing: string;
}

/** What `--require` accepts. */
export const REQUIREMENTS: Record<string, Requirement> = {
  text: { test: (s) => s.textLength > 0, missing: 'no body text found' },
  sections: {
    test: (s) => s.counts.sections > 0 && s.textLength > 0,
    missing: 'no sections with text found',
  },
  date: { test: (s) => s.date !== null, missing: 'no letter date found' },
  subject: { test: (s) => s.subject !== null, missing: 'no subject ("Betreft") found' },
  reference: {
    test: (s) => s.reference !== null,
    missing: 'no reference ("Ons kenmerk"/"Onze referentie") found',
  },
  ministry: { test: (s) => s.ministry !== null, missing: 'no ministry found' },
  addressee: { test: (s) => s.addressee !== null, missing: 'no addressee found' },
  signatory: { test: (s) => s.signatories > 0, missing: 'no signatory found' },
  kamerstuk: { test: (s) => s.kamerstuk !== null, missing: 'no Kamerstuk number found' },
  // Every fact kind that can be required (model/facts.ts): at least one fact of it.
  ...Object.fromEntries(
    FACT_KINDS.flatMap(({ key, require }) =>
      require
        ? [[require.name, { test: (s: LetterSummary) => s.counts[key] > 0, missing: require.missing }]]
        : [],
    ),
  ),
};

/**
 * Default: the letter parses and has sections with text. Every Kamerbrief, motion, answer to
 * Kamervragen or BNC-fiche with a text layer passes; a scan without text fails.
 */
export const DEFAULT_REQUIRE = ['sections'];
/** Missing these gives a warning when they are not required. */
export const WARN_IF_MISSING = ['date', 'subject'];

/** Parses `--require a,b,c` ("none" or "" for nothing); throws on unknown names. */
export function parseRequire(text: string): string[] {
  const names = text
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '' && s !== 'none');
  const unknown = names.filter((n) => !(n in REQUIREMENTS));
  if (unknown.length > 0) {
    throw new Error(
      `unknown --require ${unknown.map((u) => `'${u}'`).join(', ')}: choose from ${Object.keys(REQUIREMENTS).join(', ')}`,
    );
  }
  return [...new Set(names)];
}

export function evaluate(
  path: string,
  result: CheckResult,
  require: readonly string[],
  strict: boolean,
): CheckOutcome {
  const findings: Finding[] = [];
  if (result.status === 'failed' || !result.summary) {
    const error = result.error ?? { code: 'failed', message: 'could not be processed' };
    findings.push({ severity: 'error', code: error.code, message: error.message, page: null, fatal: true });
  } else {
    const s = result.summary;
    for (const name of require) {
      const req = REQUIREMENTS[name];
      if (req && !req.test(s)) {
        findings.push({
          severity: 'error',
          code: `missing-${name}`,
          message: `${req.missing} (required)`,
          page: null,
        });
      }
    }
    for (const name of WARN_IF_MISSING) {
      const req = REQUIREMENTS[name];
      if (req && !require.includes(name) && !req.test(s)) {
        findings.push({ severity: 'warning', code: `missing-${name}`, message: req.missing, page: null });
      }
    }
    for (const w of result.warnings) {
      findings.push({ severity: 'warning', code: w.code, message: w.message, page: w.page });
    }
  }
  const failed = findings.some((f) => f.severity === 'error' || strict);
  return { path, failed, findings, ms: result.ms };
}
