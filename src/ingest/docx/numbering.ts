/** List numbering (word/numbering.xml): the marker written before an item ("1.", "a)", "iv.", "•"). */
import { child, isXEl, parseXml } from '../xml.js';
import { num } from './styles.js';

interface Level {
  format: string;
  text: string;
  start: number;
}

export class Numbering {
  private levels = new Map<string, Level[]>();
  private counters = new Map<string, number[]>();
  private loaded = false;

  /** The part is read at the first list item: many letters have a large numbering part and no list. */
  constructor(private readonly source: () => string | null) {}

  private load(): void {
    this.loaded = true;
    const xml = this.source();
    if (!xml) return;
    const root = child(parseXml(xml), 'w:numbering');
    if (!root) return;
    const abstract = new Map<string, Level[]>();
    for (const a of root.children) {
      if (!isXEl(a) || a.name !== 'w:abstractNum') continue;
      const levels: Level[] = [];
      for (const l of a.children) {
        if (!isXEl(l) || l.name !== 'w:lvl') continue;
        const ilvl = num(l.attrs['w:ilvl']) ?? levels.length;
        levels[ilvl] = {
          format: child(l, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
          text: child(l, 'w:lvlText')?.attrs['w:val'] ?? '',
          start: num(child(l, 'w:start')?.attrs['w:val']) ?? 1,
        };
      }
      abstract.set(a.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const n of root.children) {
      if (!isXEl(n) || n.name !== 'w:num') continue;
      const levels = abstract.get(child(n, 'w:abstractNumId')?.attrs['w:val'] ?? '');
      if (levels) this.levels.set(n.attrs['w:numId'] ?? '', levels);
    }
  }

  /** The marker of the next item of list `numId` at level `ilvl` ("1.", "a)", "•"), or null. */
  next(numId: string, ilvl: number): string | null {
    if (!this.loaded) this.load();
    const levels = this.levels.get(numId);
    const level = levels?.[ilvl];
    if (!levels || !level) return null;
    let counts = this.counters.get(numId);
    if (!counts) {
      counts = [];
      this.counters.set(numId, counts);
    }
    counts[ilvl] = (counts[ilvl] ?? (level.start ?? 1) - 1) + 1;
    counts.length = ilvl + 1;
    if (level.format === 'bullet') return '•';
    if (level.format === 'none') return null;
    const marker = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const l = levels[k];
      const value = counts[k] ?? l?.start ?? 1;
      return formatNumber(value, l?.format ?? 'decimal');
    });
    return marker.trim() || null;
  }
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

function letters(n: number): string {
  let s = '';
  for (let k = Math.max(1, n); k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let s = '';
  let k = Math.min(Math.max(1, n), 3999);
  for (const [v, r] of table)
    while (k >= v) {
      s += r;
      k -= v;
    }
  return s;
}
