import type { Reporter } from './types.js';

/** Human-readable report: the letters with findings, then one summary line. */
export const textReporter: Reporter = (outcomes, { strict, paint }) => {
  const out: string[] = [];
  let warnings = 0;
  for (const o of outcomes) {
    warnings += o.findings.filter((f) => f.severity === 'warning').length;
    if (o.findings.length === 0) continue;
    out.push(`${paint('underline', o.path)}${o.failed ? '' : paint('dim', '  (passes)')}`);
    const width = Math.max(...o.findings.map((f) => f.code.length));
    for (const f of o.findings) {
      const fails = f.severity === 'error' || strict;
      const label = fails ? paint('red', f.severity.padEnd(7)) : paint('yellow', f.severity.padEnd(7));
      const page = f.page !== null ? paint('dim', ` (page ${f.page})`) : '';
      out.push(`  ${label}  ${f.code.padEnd(width)}  ${f.message.replace(/\s+/g, ' ')}${page}`);
    }
    out.push('');
  }
  const failed = outcomes.filter((o) => o.failed).length;
  const summary = `${outcomes.length} letter${outcomes.length === 1 ? '' : 's'} checked: ${failed} failed, ${
    outcomes.length - failed
  } passed, ${warnings} warning${warnings === 1 ? '' : 's'}${strict ? ' (strict)' : ''}`;
  out.push(failed > 0 ? paint('red', `✖ ${summary}`) : paint('green', `✔ ${summary}`));
  return `${out.join('\n')}\n`;
};
