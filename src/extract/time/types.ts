/** What the time locale gives: a time expression with its place in the text, and the options of a reading. */
import type { When } from '../../model/letter.js';

export interface TimeExpression extends When {
  /** Char offset of the expression in the text given. */
  index: number;
}

export interface TimeOptions {
  /**
   * Which occurrence a date without a year means: the nearest to the reference date (default),
   * the next one ('future', for a sentence that looks ahead) or the previous one ('past').
   */
  prefer?: 'nearest' | 'future' | 'past';
}
