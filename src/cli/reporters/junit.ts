import type { Reporter } from './types.js';

// Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF).
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xml(s: string): string {
  return s
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/** JUnit XML: one testcase per letter; a failing letter has a <failure> listing its findings. */
export const junitReporter: Reporter = (outcomes, { strict, ms, timestamp }) => {
  const failures = outcomes.filter((o) => o.failed).length;
  const head = `tests="${outcomes.length}" failures="${failures}" errors="0"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="kamerbrief check" ${head} time="${seconds(ms)}">`,
    `  <testsuite name="kamerbrief check" ${head} skipped="0" time="${seconds(ms)}" timestamp="${xml(timestamp)}">`,
  ];
  for (const o of outcomes) {
    const attrs = `classname="kamerbrief.check" name="${xml(o.path)}" file="${xml(o.path)}" time="${seconds(o.ms)}"`;
    const describe = (f: (typeof o.findings)[number]) =>
      `${f.severity} ${f.code}: ${f.message}${f.page !== null ? ` (page ${f.page})` : ''}`;
    const failing = o.findings.filter((f) => f.severity === 'error' || strict);
    const other = o.findings.filter((f) => !(f.severity === 'error' || strict));
    if (failing.length === 0 && other.length === 0) {
      lines.push(`    <testcase ${attrs}/>`);
      continue;
    }
    lines.push(`    <testcase ${attrs}>`);
    if (failing.length > 0) {
      const first = failing[0] as (typeof failing)[number];
      lines.push(
        `      <failure type="${xml(first.code)}" message="${xml(first.message)}">${xml(failing.map(describe).join('\n'))}</failure>`,
      );
    }
    if (other.length > 0) lines.push(`      <system-out>${xml(other.map(describe).join('\n'))}</system-out>`);
    lines.push('    </testcase>');
  }
  lines.push('  </testsuite>', '</testsuites>');
  return `${lines.join('\n')}\n`;
};
