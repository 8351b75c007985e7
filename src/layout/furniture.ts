/**
 * Text rules for page furniture and the letter's heading parts. They work on any lines
 * (text or what the PDF geometry left), so one rule set serves every reader:
 *  - page numbers, "Retouradres", address and contact lines, websites;
 *  - labelled header fields ("Datum" / "12 november 2024", "Onze referentie", "Betreft");
 *  - the ministry block ("Ministerie van" / "Volkshuisvesting en" / "Ruimtelijke Ordening");
 *  - the addressee, the place-and-date line, the salutation;
 *  - the official publication's header ("34 682 Nationale Omgevingsvisie", "Nr. 205", "BRIEF VAN ...")
 *    and its running footer;
 *  - running headers and footers found by repetition across pages.
 * Furniture leaves the body and is kept as a layer (doc.furniture); labelled values go to doc.fields.
 *
 * The rules, in furniture/: context (what they share), heading (fields, ministry, addressee, the
 * official header, a second letter's heading), running (repeated lines, furniture-only pages, islands).
 */
import { FIELD_LINE } from '../lexicon/fields.js';
import { MINISTRY_START } from '../lexicon/ministries.js';
import { OFFICIAL_RUNNING } from '../lexicon/official-header.js';
import { PLACE_DATE, SALUTATION, STATED_DATE } from '../lexicon/opening.js';
import { POSTBUS, POSTCODE } from '../lexicon/page-furniture.js';
import { ENDS_SENTENCE } from '../lexicon/punctuation.js';
import type { KDocument } from '../model/document.js';
import type { Line } from '../model/page.js';
import { labelledField } from './fields.js';
import { type Ctx, field, furnish, hasField, isShort } from './furniture/context.js';
import {
  addresseeBlock,
  fieldLimits,
  headingLine,
  MINISTRY,
  officialHeader,
  runningHead,
  runOnHeading,
  secondLetterHeading,
} from './furniture/heading.js';
import {
  furnitureIslands,
  mergeFurnitureOnlyPages,
  plainFurniture,
  repeatedLines,
} from './furniture/running.js';
import { keepLines } from './lines.js';
import { ministryBlock } from './ministry-block.js';

export function textFurniture(doc: KDocument): void {
  const ctx: Ctx = {
    doc,
    remove: new Set(),
    inHeading: true,
    sink: {
      furnish: (line, kind) => furnish(ctx, line, kind),
      field: (label, value, page) => field(ctx, label, value, page),
    },
    fields: fieldLimits(() => ctx.inHeading),
  };
  const quick = (l: Line, lines: Line[], i: number) =>
    plainFurniture(l.text) !== null ||
    FIELD_LINE.test(l.text) ||
    MINISTRY_START.test(l.text) ||
    (i > 0 &&
      isShort(l) &&
      !l.gapBefore &&
      (FIELD_LINE.test(lines[i - 1].text) ||
        MINISTRY_START.test(lines[i - 1].text) ||
        isShort(lines[i - 1])));
  if (doc.raw.format === 'text' && doc.raw.textShape === 'pdf-text') mergeFurnitureOnlyPages(doc, quick);

  let bodyStarted = false;
  let ownKamerstuk: { dossier: string; nr: string } | null = null;
  for (const [p, page] of doc.raw.pages.entries()) {
    const lines = page.lines;
    let i = 0;
    if (p === 0) {
      i = officialHeader(ctx, lines);
      const dossier = doc.fields.find((f) => f.label === 'Dossier');
      const nr = doc.fields.find((f) => f.label === 'Nr');
      if (dossier && nr) ownKamerstuk = { dossier: dossier.value.replace(/-[0-9A-Z]+$/, ''), nr: nr.value };
    }
    for (; i < lines.length; i++) {
      const line = lines[i];
      if (ctx.remove.has(line)) continue;
      const t = line.text;
      ctx.inHeading = !bodyStarted;
      const kind = plainFurniture(t);
      if (kind) {
        // A bare number is a page number only as a page's first or last line (and the page's own number when known).
        const bare = /^\d+$/.test(t);
        const atEdge = i === 0 || i === lines.length - 1;
        if (
          kind !== 'page-number' ||
          !bare ||
          (atEdge && (page.number === null || Number(t) === page.number))
        ) {
          furnish(ctx, line, kind);
          continue;
        }
      }
      const run = ownKamerstuk ? OFFICIAL_RUNNING.exec(t) : null;
      if (
        run &&
        ownKamerstuk &&
        run[1].replace(' ', '') === ownKamerstuk.dossier &&
        (run[2] ?? run[3]) === ownKamerstuk.nr
      ) {
        furnish(ctx, line, 'footer');
        continue;
      }
      // A street address: a short line followed by a postcode line.
      if (
        t.length < 40 &&
        lines[i + 1] &&
        POSTCODE.test(lines[i + 1].text) &&
        lines[i + 1].text.length < 40
      ) {
        furnish(ctx, line, 'address');
        furnish(ctx, lines[++i], 'address');
        continue;
      }
      if (t.length < 60 && POSTBUS.test(t)) {
        furnish(ctx, line, 'address');
        if (lines[i + 1] && POSTCODE.test(lines[i + 1].text)) furnish(ctx, lines[++i], 'address');
        continue;
      }
      if (!bodyStarted && headingLine(ctx, line)) continue;
      // The chamber and session lines are running heads wherever they stand (copies of the Kamerstuk PDF).
      if (bodyStarted && runningHead(t)) {
        furnish(ctx, line, 'header');
        continue;
      }
      if (runOnHeading(ctx, line)) {
        if (!ctx.remove.has(line)) bodyStarted = true;
        continue;
      }
      // A second letter in the same document (an Eerste Kamer cover letter, then the letter itself).
      const second = bodyStarted ? secondLetterHeading(ctx, lines, i) : 0;
      if (second) {
        i += second - 1;
        continue;
      }
      let used =
        labelledField(ctx.sink, lines, i, ctx.fields) ||
        ministryBlock(ctx.sink, lines, i, MINISTRY) ||
        addresseeBlock(ctx, lines, i);
      // The dateline "Den Haag, 3 april 2019" is heading wherever it stands (a second letter has its own).
      const placeDate = used ? null : PLACE_DATE.exec(t);
      if (placeDate) {
        furnish(ctx, line, 'field');
        if (!hasField(ctx, 'Datum')) field(ctx, 'Datum', placeDate[1], line.page);
        used = 1;
      }
      if (!used && !bodyStarted) {
        const d = STATED_DATE.exec(t);
        if (d) {
          furnish(ctx, line, 'field');
          field(ctx, 'Datum', d[1], line.page);
          used = 1;
        } else if (SALUTATION.test(t)) {
          furnish(ctx, line, 'other');
          used = 1;
        }
      }
      if (used) {
        i += used - 1;
        continue;
      }
      // The body starts at the first line of running text.
      // ("Per e-mail verzonden:", a short line ending in a colon, is a line of the address block; ". ." is a blacked-out one.)
      if (
        !bodyStarted &&
        (t.length > 60 || (ENDS_SENTENCE.test(t) && !t.endsWith(':') && /\p{L}{2}/u.test(t)))
      )
        bodyStarted = true;
    }
  }
  furnitureIslands(ctx);
  repeatedLines(ctx);
  for (const page of doc.raw.pages) page.lines = keepLines(page.lines, ctx.remove);
}
