import type { Letter } from '../model/letter.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

export type Format = 'json' | 'md';
export const FORMATS: readonly Format[] = ['json', 'md'];

export function render(letter: Letter, format: Format): string {
  return format === 'md' ? renderMarkdown(letter) : renderJson(letter);
}
