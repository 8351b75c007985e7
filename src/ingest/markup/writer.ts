/** The line writer the walk writes into: blocks, inline text, bold runs, list markers, note markers. */

import type { Note } from '../paginate.js';
import { INVISIBLE, WS } from './text.js';

export interface OutLine {
  text: string;
  gap: boolean;
  heading: boolean;
  /** Characters in total and in bold. */
  total: number;
  bold: number;
  markers: Array<[number, number]>;
}

const LIST_MARKER = /^(?:[•▪◦·●○■□➢►✓*–—-]|\d{1,3}[.)]|[a-z][.)]|[ivx]{1,4}[.)])(?:\s|$)/i;
/** Longer lines than this are split (a 1 MB paragraph is no line). */
export const MAX_LINE = 20_000;
export const BODY_SIZE = 10;
export const HEADING_SIZE = 12;
export class Writer {
  lines: OutLine[] = [];
  notes: Note[] = [];
  private cur: OutLine | null = null;
  private pendingSpace = false;
  private nextGap = true;
  private prefix: string | null = null;
  headingDepth = 0;
  boldDepth = 0;

  /** End the current line; the next one starts a new block (gap) or continues it (line break). */
  brk(gap: boolean): void {
    if (this.cur?.text) this.lines.push(this.cur);
    this.cur = null;
    this.pendingSpace = false;
    this.nextGap = gap || this.nextGap;
  }

  block(): void {
    this.brk(true);
  }

  /** A list item's marker, written before the item's first text unless that text has its own. */
  listPrefix(p: string): void {
    this.brk(true);
    this.prefix = p;
  }

  space(): void {
    if (this.cur?.text) this.pendingSpace = true;
  }

  private line(): OutLine {
    if (!this.cur) {
      this.cur = {
        text: '',
        gap: this.nextGap,
        heading: this.headingDepth > 0,
        total: 0,
        bold: 0,
        markers: [],
      };
      this.nextGap = false;
    }
    return this.cur;
  }

  text(raw: string): void {
    const s = raw.replace(INVISIBLE, '').replace(WS, ' ');
    if (!s) return;
    const core = s.trim();
    if (!core) {
      this.space();
      return;
    }
    const line = this.line();
    if (line.text && (this.pendingSpace || s.charCodeAt(0) === 32)) line.text += ' ';
    if (!line.text && this.prefix !== null) {
      if (!LIST_MARKER.test(core)) line.text = this.prefix;
      this.prefix = null;
    }
    line.text += core;
    line.total += core.length;
    if (this.boldDepth > 0) line.bold += core.length;
    this.pendingSpace = s.charCodeAt(s.length - 1) === 32;
  }

  marker(number: number): void {
    const line = this.line();
    line.markers.push([line.text.length, number]);
  }

  note(text: string): number {
    const number = this.notes.length + 1;
    this.notes.push({ number, text });
    return number;
  }

  finish(): OutLine[] {
    this.brk(true);
    return this.lines;
  }
}
