import type { Letter } from '../model/letter.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

export type Format = 'json' | 'md' | 'ndjson';
export const FORMATS: readonly Format[] = ['json', 'md', 'ndjson'];

/** The letter as pretty JSON, a Markdown report, or one NDJSON line (compact JSON and a newline). */
export function render(letter: Letter, format: Format): string {
  if (format === 'md') return renderMarkdown(letter);
  if (format === 'ndjson') return `${JSON.stringify(letter)}\n`;
  return renderJson(letter);
}
