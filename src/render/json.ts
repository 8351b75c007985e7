import type { Letter } from '../model/letter.js';

export function renderJson(letter: Letter): string {
  return `${JSON.stringify(letter, null, 2)}\n`;
}
