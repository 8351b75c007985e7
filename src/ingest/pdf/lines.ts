/**
 * Items → lines: baseline groups cut into fragments, superscripts attached as footnote markers, the
 * template's right-hand column found on the whole document, fragments joined into lines, paragraph gaps.
 */
import type { Line, Page } from '../../model/page.js';
import { DIGITS, type Item, SPACE_GAP, UNIT_BEFORE } from './items.js';

/** Gap (in em) that cuts a baseline group into fragments. */
const FRAGMENT_GAP = 1.5;
/** Gap (in em) beyond which two fragments of one column stay separate lines. */
const LINE_GAP = 4;
/** A vertical gap this many times the normal line spacing marks a paragraph break. */
const PARAGRAPH_GAP = 1.3;

export interface Fragment {
  items: Item[];
  x: number;
  right: number;
  base: number;
  size: number;
  group: number;
  chars: number;
  side?: boolean;
}

export function fragmentsOf(items: Item[], groupStart: number): { fragments: Fragment[]; groups: number } {
  const sorted = [...items].sort((a, b) => a.base - b.base || a.x - b.x);
  const groups: Item[][] = [];
  let current: Item[] = [];
  let groupBase = Number.NEGATIVE_INFINITY;
  let groupSize = 0;
  for (const item of sorted) {
    const tolerance = 0.25 * Math.max(item.size, groupSize);
    if (current.length > 0 && item.base - groupBase <= tolerance) {
      current.push(item);
      if (!item.space && item.size > groupSize) groupSize = item.size;
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [item];
    groupBase = item.base;
    groupSize = item.space ? 0 : item.size;
  }
  if (current.length > 0) groups.push(current);

  const fragments: Fragment[] = [];
  groups.forEach((group, g) => {
    const row = group.sort((a, b) => a.x - b.x);
    let frag: Item[] = [];
    let right = Number.NEGATIVE_INFINITY;
    const flush = () => {
      const textItems = frag.filter((i) => !i.space);
      if (textItems.length > 0) fragments.push(makeFragment(frag, groupStart + g));
      frag = [];
    };
    for (const item of row) {
      if (frag.length > 0 && !item.space && item.x - right > FRAGMENT_GAP * item.size) flush();
      frag.push(item);
      if (!item.space) right = Math.max(right, item.x + item.width);
    }
    flush();
  });
  return { fragments, groups: groups.length };
}

function makeFragment(items: Item[], group: number): Fragment {
  const text = items.filter((i) => !i.space && !i.sup);
  const main = text.length > 0 ? text : items.filter((i) => !i.space);
  const bySize = new Map<number, number>();
  let chars = 0;
  for (const i of main) {
    const key = Math.round(i.size * 10) / 10;
    bySize.set(key, (bySize.get(key) ?? 0) + i.text.length);
    chars += i.text.trim().length;
  }
  const size = [...bySize.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
  const bases = main.map((i) => i.base).sort((a, b) => a - b);
  let x = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (const i of items) {
    if (!i.space && i.x < x) x = i.x;
    if (!i.space && i.x + i.width > right) right = i.x + i.width;
  }
  return {
    items,
    x,
    right,
    base: bases[Math.floor(bases.length / 2)],
    size,
    group,
    chars,
  };
}

/** Step 3: small raised (or lowered) fragments of at most three characters join the fragment they belong to. */
export function attachSuperscripts(fragments: Fragment[]): Fragment[] {
  const attached = new Set<Fragment>();
  for (const small of fragments) {
    const text = small.items
      .filter((i) => !i.space)
      .map((i) => i.text)
      .join('')
      .trim();
    if (text.length === 0 || text.length > 3) continue;
    let host: Fragment | null = null;
    for (const f of fragments) {
      if (f === small || attached.has(f) || f.size < small.size * 1.2) continue;
      const raise = f.base - small.base;
      if (raise < -0.35 * f.size || raise > 0.8 * f.size || Math.abs(raise) < 0.05 * f.size) continue;
      const reach = f.size;
      if (small.x > f.right + reach || small.right < f.x - reach) continue;
      if (!host || Math.abs(raise) < Math.abs(host.base - small.base)) host = f;
    }
    if (!host) continue;
    const raised = host.base - small.base > 0.1 * host.size;
    const leading = small.right <= host.x + 0.5;
    for (const item of small.items) {
      if (item.space) continue;
      const before = host.items.filter((i) => !i.space && i.x + i.width <= item.x + 0.5).pop();
      const unit = before !== undefined && UNIT_BEFORE.test(before.text.trimEnd()) && /^[23]$/.test(text);
      item.sup = raised && !leading && !unit && DIGITS.test(text) ? 'marker' : 'text';
      if (leading) item.sup = undefined;
      host.items.push(item);
    }
    host.items.sort((a, b) => a.x - b.x);
    host.x = Math.min(host.x, small.x);
    host.right = Math.max(host.right, small.right);
    attached.add(small);
  }
  return fragments.filter((f) => !attached.has(f));
}

/**
 * Step 4: the left edge of the template's right-hand column, or null. Several narrow fragments
 * share a left edge right of 60% of the page, and the text left of them ends before that edge.
 */
export function sideColumn(pages: Array<{ width: number; fragments: Fragment[] }>): number | null {
  const edges = new Map<number, number>();
  let maxPerPage = 0;
  for (const { width, fragments } of pages) {
    const perPage = new Map<number, number>();
    for (const f of fragments) {
      if (f.x < 0.6 * width || f.right - f.x > 0.35 * width) continue;
      const key = Math.round(f.x / 2) * 2;
      edges.set(key, (edges.get(key) ?? 0) + 1);
      perPage.set(key, (perPage.get(key) ?? 0) + 1);
    }
    for (const n of perPage.values()) maxPerPage = Math.max(maxPerPage, n);
  }
  if (maxPerPage < 3) return null;
  const [edge, count] = [...edges.entries()].sort((a, b) => b[1] - a[1])[0];
  if (count < 3) return null;
  const left = edge - 2;
  // The body column must end left of the side column; a full-width body rules it out.
  const rights: number[] = [];
  for (const { width, fragments } of pages) {
    for (const f of fragments) if (f.x < 0.4 * width && f.chars >= 10) rights.push(f.right);
  }
  if (rights.length === 0) return null;
  rights.sort((a, b) => a - b);
  const p98 = rights[Math.min(rights.length - 1, Math.floor(rights.length * 0.98))];
  return p98 < left ? left : null;
}

/** Step 5 and the Line itself. */
export function buildLines(fragments: Fragment[], pageNo: number): Line[] {
  const byGroup = new Map<number, Fragment[]>();
  for (const f of fragments) {
    const list = byGroup.get(f.group);
    if (list) list.push(f);
    else byGroup.set(f.group, [f]);
  }
  const main: Array<{ line: Line; base: number }> = [];
  const side: Array<{ line: Line; base: number }> = [];
  for (const list of byGroup.values()) {
    list.sort((a, b) => a.x - b.x);
    for (const column of [false, true]) {
      let run: Fragment[] = [];
      const flush = () => {
        if (run.length === 0) return;
        const built = lineOf(run, pageNo, column);
        if (built) (column ? side : main).push(built);
        run = [];
      };
      for (const f of list) {
        if ((f.side === true) !== column) continue;
        const prev = run[run.length - 1];
        if (prev && f.x - prev.right > LINE_GAP * Math.max(prev.size, f.size)) flush();
        run.push(f);
      }
      flush();
    }
  }
  const order = (a: { line: Line; base: number }, b: { line: Line; base: number }) =>
    a.base - b.base || (a.line.x ?? 0) - (b.line.x ?? 0);
  return [...main.sort(order), ...side.sort(order)].map((l) => l.line);
}

function lineOf(run: Fragment[], pageNo: number, side: boolean): { line: Line; base: number } | null {
  const items = run.flatMap((f) => f.items).sort((a, b) => a.x - b.x);
  let text = '';
  let pendingSpace = false;
  let prev: Item | undefined;
  const markers: Array<[number, number]> = [];
  const sizeChars = new Map<number, number>();
  const fontChars = new Map<string, number>();
  let boldChars = 0;
  let italicChars = 0;
  let chars = 0;
  for (const item of items) {
    if (item.space) {
      pendingSpace = text.length > 0;
      continue;
    }
    if (item.sup === 'marker') {
      markers.push([text.trimEnd().length, Number(item.text.trim())]);
      if (/\s$/.test(item.text)) pendingSpace = true;
      // The gap to the next item counts from the marker's end.
      if (prev !== undefined) prev = { ...prev, x: item.x + item.width - prev.width };
      continue;
    }
    // Fake bold: the same text drawn twice at nearly the same place.
    if (prev && prev.text === item.text && Math.abs(prev.x - item.x) < 0.2 * item.size) continue;
    if (prev && text.length > 0) {
      const gap = item.x - (prev.x + prev.width);
      const em = Math.min(prev.size, item.size);
      if (gap > SPACE_GAP * em) pendingSpace = true;
    }
    let piece = item.text;
    if (text.length === 0) piece = piece.trimStart();
    if (pendingSpace && !text.endsWith(' ') && !piece.startsWith(' ')) text += ' ';
    text += piece;
    pendingSpace = false;
    prev = item;
    if (item.sup) continue;
    const n = item.text.trim().length;
    const key = Math.round(item.size * 10) / 10;
    sizeChars.set(key, (sizeChars.get(key) ?? 0) + n);
    if (item.font) fontChars.set(item.font, (fontChars.get(item.font) ?? 0) + n);
    if (item.bold) boldChars += n;
    if (item.italic) italicChars += n;
    chars += n;
  }
  const trimmed = text.trimEnd();
  if (trimmed.length === 0) return null;
  const size =
    sizeChars.size > 0
      ? [...sizeChars.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0]
      : run[0].size;
  const font = [...fontChars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const base = run
    .map((f) => f.base)
    .sort((a, b) => a - b)
    .at(run.length >> 1) as number;
  const x = Math.min(...run.map((f) => f.x));
  const right = Math.max(...run.map((f) => f.right));
  const line: Line = {
    text: trimmed,
    page: pageNo,
    x: round(x),
    y: round(base - size),
    width: round(right - x),
    size,
    bold: chars > 0 && boldChars >= 0.75 * chars,
    italic: chars > 0 && italicChars >= 0.75 * chars,
    column: side ? 'side' : 'main',
  };
  if (font) line.font = font;
  const kept = markers.filter(([offset]) => offset <= trimmed.length);
  if (kept.length > 0) line.markers = kept;
  return { line, base };
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The most common size, weighted by characters. */
export function bodySizeOf(pages: Page[]): number | undefined {
  const chars = new Map<number, number>();
  for (const page of pages) {
    for (const line of page.lines) {
      if (line.size === undefined) continue;
      chars.set(line.size, (chars.get(line.size) ?? 0) + line.text.length);
    }
  }
  const best = [...chars.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best?.[0];
}

/**
 * gapBefore: the distance between two baselines of one column exceeds PARAGRAPH_GAP times the
 * normal spacing for their size. The normal spacing is the most common baseline distance between
 * consecutive body-size lines, relative to the size. The first line of a column on a page has none.
 */
export function markGaps(pages: Page[], bodySize: number | undefined): void {
  const ratios = new Map<number, number>();
  const each = (fn: (prev: Line, line: Line, delta: number) => void) => {
    for (const page of pages) {
      let prev: Line | null = null;
      for (const line of page.lines) {
        if (prev && prev.column === line.column && line.y !== undefined && prev.y !== undefined) {
          const delta = line.y + (line.size ?? 0) - (prev.y + (prev.size ?? 0));
          if (delta > 0) fn(prev, line, delta);
        }
        prev = line;
      }
    }
  };
  each((prev, line, delta) => {
    if (bodySize === undefined || prev.size !== bodySize || line.size !== bodySize) return;
    const key = Math.round((delta / bodySize) * 20) / 20;
    ratios.set(key, (ratios.get(key) ?? 0) + 1);
  });
  const spacing = [...ratios.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 1.2;
  for (const page of pages) for (const line of page.lines) line.gapBefore = false;
  each((prev, line, delta) => {
    const expected = spacing * Math.max(prev.size ?? 0, line.size ?? 0);
    line.gapBefore = delta > PARAGRAPH_GAP * expected;
  });
}
