/**
 * Warming up the pipeline, one letter for every worker: the `extract` thread warms up while pdfjs
 * reads a PDF in another worker (warmUpSteps), a `batch`/`check` worker process before it says
 * ready (warmUp), so that lazy set-up (gazetteer, patterns) is not charged to the first file's time
 * limit. A synthetic letter
 * (data/warm-up.txt, written for this and for nothing else) runs through every stage once as text
 * and once laid out like a PDF page, and is rendered. The real letter then finds its code compiled
 * and optimised (measured: docs/performance.md). Only time is at stake: nothing of the warm-up
 * reaches the output.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Line, RawDocument } from '../model/page.js';
import { extractText, processRaw, toLetter } from '../pipeline.js';
import { render } from '../render/index.js';

const BODY = 10;
const HEADING = /^\d+(?:\.\d+)*\.?\s+\p{Lu}/u;
const FOOTNOTE = /^\d{1,2}\s+\p{Lu}/u;
/** The header block of the template: from the date field to the salutation, in the side column. */
const SIDE_START = /^Datum\s/;
const SIDE_END = /^Geachte\s/;

/** The warm-up letter as a PDF reader would give it: a side column, bold headings, a small footnote. */
export function warmUpRaw(text: string): RawDocument {
  const lines: Line[] = [];
  let y = 60;
  let side = false;
  let gap = false;
  for (const t of text.split('\n')) {
    if (SIDE_START.test(t)) side = true;
    if (SIDE_END.test(t)) side = false;
    if (t.trim() === '') {
      gap = true;
      continue;
    }
    const footnote = FOOTNOTE.test(t) && y > 400;
    const heading = HEADING.test(t);
    const size = footnote ? 7 : heading ? 12 : BODY;
    lines.push({
      text: t,
      page: 1,
      x: side ? 470 : 70,
      y: footnote ? 800 : y,
      width: Math.min(400, t.length * 5),
      size,
      bold: heading,
      italic: false,
      font: heading ? 'Helvetica-Bold' : 'Helvetica',
      gapBefore: gap,
      column: side ? 'side' : 'main',
    });
    y += gap ? 24 : 13;
    gap = false;
  }
  const pageNumber: Line = { text: 'Pagina 1 van 1', page: 1, x: 470, y: 40, size: 7, column: 'side' };
  return {
    format: 'pdf',
    pages: [{ number: 1, lines: [pageNumber, ...lines], width: 595, height: 842 }],
    pageCount: 1,
    bodySize: BODY,
  };
}

/**
 * The warm-up in steps, most useful first: the PDF shape, then text (JSON, Markdown). The caller
 * runs them one per event-loop turn and stops as soon as the real job arrives. On two cores the
 * first step only: pdfjs, the API side and this worker already share them, and every further step
 * slowed the whole extraction (docs/performance.md). With more cores the rest runs on an idle one.
 * A failing step is skipped: warming up is an optimisation only.
 */
export function warmUpSteps(cores = availableParallelism()): Array<() => void> {
  const letter = warmUpLetter();
  if (letter === null) return [];
  const safely = (step: () => void) => () => {
    try {
      step();
    } catch {
      // The real letter runs a little colder.
    }
  };
  const source = { path: '<warm-up>', sha256: '', format: 'pdf' as const, pages: 1 };
  const steps = [
    safely(() => render(toLetter(processRaw(warmUpRaw(letter), source)), 'json')),
    safely(() => render(extractText(letter), 'json')),
    safely(() => render(extractText(letter), 'md')),
  ];
  return cores > 2 ? steps : steps.slice(0, 1);
}

/** The warm-up of a worker process: the letter once as text, whole. */
export function warmUp(): void {
  const letter = warmUpLetter();
  if (letter === null) return;
  try {
    render(extractText(letter, '<warm-up>'), 'json');
  } catch {
    // A real letter will report the problem.
  }
}

function warmUpLetter(): string | null {
  try {
    return readFileSync(new URL('../../data/warm-up.txt', import.meta.url), 'utf8');
  } catch {
    return null;
  }
}
