/** The official Kamerstuk's header lines: written as the text rules expect them, never bold. */
import {
  OFFICIAL_CHAMBER,
  OFFICIAL_DOSSIER,
  OFFICIAL_LETTER_OF,
  OFFICIAL_NUMBER,
  OFFICIAL_YEAR,
} from '../../lexicon/official-header.js';
import { textOf } from './text.js';
import { type El, isEl } from './tokenize.js';
import type { Writer } from './writer.js';

/** The Kamerstuk's top lines: the chamber, then the parliamentary year, as printed. */
export function officialTop(w: Writer, el: El): void {
  const regels = el.children.filter((c): c is El => isEl(c) && c.name === 'tekstregel');
  const by = (what: string) => regels.filter((r) => r.attrs.inhoud === what).map((r) => textOf(r));
  const chamber = by('kameraanduiding');
  const year = by('vergaderjaar');
  const lines =
    chamber.length || year.length
      ? [...chamber, ...year]
      : regels.map((r) => textOf(r)).filter((t) => OFFICIAL_CHAMBER.test(t) || OFFICIAL_YEAR.test(t));
  for (const t of lines) {
    w.block();
    w.text(t);
  }
  w.block();
}

export const isOfficialHeader = (t: string) =>
  OFFICIAL_CHAMBER.test(t) ||
  OFFICIAL_YEAR.test(t) ||
  OFFICIAL_DOSSIER.test(t) ||
  OFFICIAL_NUMBER.test(t) ||
  OFFICIAL_LETTER_OF.test(t);
