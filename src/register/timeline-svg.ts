/**
 * The page's timeline as inline SVG: one row per topic (a commitment's main topic, "(none)" without
 * one), one dot per dated commitment at its due date, coloured by status. Each dot carries the same
 * data attributes as its table row, so the page's filters hide both; its <title> is the tooltip.
 */
import { escapeHtml } from './escape.js';
import type { Register, Status } from './schema.js';

export const STATUS_COLOURS: Record<Status, string> = {
  open: '#2b6cb0',
  due: '#c05621',
  overdue: '#c53030',
  delivered: '#2f855a',
};

const WIDTH = 960;
const LEFT = 120;
const RIGHT = 20;
const TOP = 24;
const ROW = 28;

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

export function timelineSvg(register: Register): string {
  const dated = register.commitments.filter((c) => c.due.end !== null);
  if (dated.length === 0) {
    return '<p class="empty">No commitment has a due date: nothing to plot.</p>';
  }
  const topicOf = (c: (typeof dated)[number]): string => c.topics[0] ?? '(none)';
  const topics = [...new Set(dated.map(topicOf))].sort((a, b) =>
    a === '(none)' ? 1 : b === '(none)' ? -1 : a < b ? -1 : 1,
  );
  const days = dated.map((c) => dayNumber(c.due.end as string));
  const asOf = dayNumber(register.asOf);
  let lo = asOf;
  let hi = asOf;
  for (const d of days) {
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  const firstYear = new Date(lo * 86_400_000).getUTCFullYear();
  const lastYear = new Date(hi * 86_400_000).getUTCFullYear() + 1;
  lo = dayNumber(`${firstYear}-01-01`);
  hi = dayNumber(`${lastYear}-01-01`);
  const x = (day: number) => LEFT + ((day - lo) / (hi - lo)) * (WIDTH - LEFT - RIGHT);
  const height = TOP + topics.length * ROW + 30;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" id="timeline-svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="Due dates by topic">`,
  ];
  const step = Math.max(1, Math.ceil((lastYear - firstYear) / 12));
  for (let y = firstYear; y <= lastYear; y += step) {
    const px = x(dayNumber(`${y}-01-01`)).toFixed(1);
    parts.push(`<line class="grid" x1="${px}" x2="${px}" y1="${TOP - 6}" y2="${height - 24}"/>`);
    parts.push(`<text class="tick" x="${px}" y="${height - 8}" text-anchor="middle">${y}</text>`);
  }
  const now = x(asOf).toFixed(1);
  parts.push(`<line class="asof" x1="${now}" x2="${now}" y1="${TOP - 12}" y2="${height - 24}"/>`);
  parts.push(
    `<text class="asof-label" x="${now}" y="${TOP - 14}" text-anchor="middle">as of ${escapeHtml(register.asOf)}</text>`,
  );
  topics.forEach((t, i) => {
    const cy = TOP + i * ROW + ROW / 2;
    parts.push(`<text class="topic" x="${LEFT - 8}" y="${cy + 4}" text-anchor="end">${escapeHtml(t)}</text>`);
    parts.push(`<line class="row" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${cy}" y2="${cy}"/>`);
  });
  const letters = new Map(register.letters.map((l) => [l.id, l]));
  for (const c of dated) {
    const cy = TOP + topics.indexOf(topicOf(c)) * ROW + ROW / 2;
    const l = letters.get(c.letter);
    parts.push(
      `<circle class="dot" cx="${x(dayNumber(c.due.end as string)).toFixed(1)}" cy="${cy}" r="6" fill="${STATUS_COLOURS[c.status]}"` +
        ` data-id="${escapeHtml(c.id)}" data-topics="${escapeHtml(c.topics.join(' '))}" data-ministry="${escapeHtml(l?.ministry ?? '')}" data-status="${c.status}">` +
        `<title>${escapeHtml(`${c.due.end} · ${c.status} · ${c.text}`)}</title></circle>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}
