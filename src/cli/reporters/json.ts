import { resolve } from 'node:path';
import type { Reporter } from './types.js';

/** One finding, as a message of ESLint's json formatter. */
export interface EslintMessage {
  ruleId: string;
  /** 2 = fails the check, 1 = warning. */
  severity: 1 | 2;
  /** The letter could not be read at all (ESLint: a file that does not parse). */
  fatal?: true;
  message: string;
  /** A finding is about the letter as a whole: line 1, column 1 (its page, if any, is in the message). */
  line: number;
  column: number;
  nodeType: null;
}

/** One letter, as a result of ESLint's json formatter (`eslint -f json`). */
export interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: [];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: 0;
  fixableWarningCount: 0;
  usedDeprecatedRules: [];
}

/**
 * ESLint's json formatter shape: an array with one result per letter (in input order), each with
 * its absolute filePath, its messages and their counts, so the tools that read `eslint -f json`
 * (code-quality dashboards, review bots) read `kamerbrief check --reporter json` too.
 */
export const jsonReporter: Reporter = (outcomes, { strict }) => {
  const results = outcomes.map((o): EslintResult => {
    const messages = o.findings.map((f): EslintMessage => {
      const severity = f.severity === 'error' || strict ? 2 : 1;
      return {
        ruleId: f.code,
        severity,
        ...(f.fatal ? { fatal: true as const } : {}),
        message: f.page !== null ? `${f.message} (page ${f.page})` : f.message,
        line: 1,
        column: 1,
        nodeType: null,
      };
    });
    return {
      filePath: resolve(o.path),
      messages,
      suppressedMessages: [],
      errorCount: messages.filter((m) => m.severity === 2).length,
      fatalErrorCount: messages.filter((m) => m.fatal).length,
      warningCount: messages.filter((m) => m.severity === 1).length,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    };
  });
  return `${JSON.stringify(results)}\n`;
};
