/** Word styles (word/styles.xml): inherited properties, and the heading level a style or an outline level gives. */
import { child, isXEl, parseXml, type XEl } from '../xml.js';

interface Style {
  name: string;
  basedOn?: string;
  outline?: number;
  bold?: boolean;
  italic?: boolean;
  vanish?: boolean;
  spaceBefore?: number;
  spaceAfter?: number;
  numId?: string;
}

export interface Styles {
  byId: Map<string, Style>;
  defaultParagraph?: string;
  spaceAfter: number;
}

const HEADING_NAME = /^(?:heading|kop)\s*(\d)$/i;
const TITLE_NAME = /^(?:title|titel)$/i;

export const on = (el: XEl | undefined): boolean | undefined => {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return v === undefined || !(v === '0' || v === 'false' || v === 'off' || v === 'none');
};
export const num = (v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
};

export function readStyles(xml: string | null): Styles {
  const byId = new Map<string, Style>();
  let spaceAfter = 0;
  let defaultParagraph: string | undefined;
  if (!xml) return { byId, spaceAfter };
  const root = child(parseXml(xml), 'w:styles');
  if (!root) return { byId, spaceAfter };
  const defaults = child(child(child(root, 'w:docDefaults'), 'w:pPrDefault'), 'w:pPr');
  spaceAfter = num(child(defaults, 'w:spacing')?.attrs['w:after']) ?? 0;
  for (const s of root.children) {
    if (!isXEl(s) || s.name !== 'w:style') continue;
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    const pPr = child(s, 'w:pPr');
    const rPr = child(s, 'w:rPr');
    const spacing = child(pPr, 'w:spacing');
    byId.set(id, {
      name: child(s, 'w:name')?.attrs['w:val'] ?? id,
      basedOn: child(s, 'w:basedOn')?.attrs['w:val'],
      outline: num(child(pPr, 'w:outlineLvl')?.attrs['w:val']),
      bold: on(child(rPr, 'w:b')),
      italic: on(child(rPr, 'w:i')),
      vanish: on(child(rPr, 'w:vanish')),
      spaceBefore: num(spacing?.attrs['w:before']),
      spaceAfter: num(spacing?.attrs['w:after']),
      numId: child(child(pPr, 'w:numPr'), 'w:numId')?.attrs['w:val'],
    });
    if (s.attrs['w:type'] === 'paragraph' && s.attrs['w:default'] === '1') defaultParagraph = id;
  }
  return { byId, defaultParagraph, spaceAfter };
}

/** A style property, looked up through the basedOn chain. */
export function styleProp<K extends keyof Style>(
  styles: Styles,
  id: string | undefined,
  key: K,
): Style[K] | undefined {
  for (let depth = 0; id && depth < 20; depth++) {
    const s = styles.byId.get(id);
    if (!s) return undefined;
    if (s[key] !== undefined) return s[key];
    id = s.basedOn;
  }
  return undefined;
}

/** Heading level of a paragraph style: 1 for Title and "heading 1", N for "heading N" or outline N-1. */
export function headingLevel(
  styles: Styles,
  id: string | undefined,
  outline: number | undefined,
): number | null {
  if (outline !== undefined && outline >= 0 && outline < 9) return outline + 1;
  for (let depth = 0; id && depth < 20; depth++) {
    const s = styles.byId.get(id);
    if (!s) break;
    if (TITLE_NAME.test(s.name)) return 1;
    const m = HEADING_NAME.exec(s.name);
    if (m) return Number(m[1]);
    if (s.outline !== undefined && s.outline >= 0 && s.outline < 9) return s.outline + 1;
    id = s.basedOn;
  }
  return null;
}
