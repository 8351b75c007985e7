import type { Reporter } from './types.js';

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions annotations, one line per finding: `::error file=PATH,title=...::message`.
 * Findings that fail the check are errors; the others (warnings without --strict) are warnings.
 */
export const githubReporter: Reporter = (outcomes, { strict }) => {
  const out: string[] = [];
  for (const o of outcomes) {
    for (const f of o.findings) {
      const level = f.severity === 'error' || strict ? 'error' : 'warning';
      const title = `kamerbrief check: ${f.code}`;
      const page = f.page !== null ? ` (page ${f.page})` : '';
      out.push(
        `::${level} file=${escapeProperty(o.path)},title=${escapeProperty(title)}::${escapeData(f.message + page)}`,
      );
    }
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
};
