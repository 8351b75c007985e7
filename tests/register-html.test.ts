/**
 * register.html in a real browser: Debian's Chromium (`/usr/bin/chromium`, which `.ci/run` installs
 * when missing) driven by playwright-core. The page loads with no request but its own file, the table
 * sorts on a header click, a filter hides rows and dots, and a screenshot matches the committed
 * reference (tests/corpus/register-html/reference.png) within a tolerance; the images are compared in
 * the browser itself (a canvas each), so no PNG library is needed. Skipped when no Chromium is found.
 * `UPDATE_SCREENSHOT=1` writes a new reference.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../src/pipeline.js';
import { buildRegister } from '../src/register/build.js';
import { digestLetter } from '../src/register/digest.js';
import { registerHtml } from '../src/register/html.js';
import type { Register } from '../src/register/schema.js';
import series from './corpus/register-series/series.json' with { type: 'json' };
import { ROOT } from './helpers.js';

const CHROMIUM = [process.env.KAMERBRIEF_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => !!p && existsSync(p),
);
const REFERENCE = join(ROOT, 'tests', 'corpus', 'register-html', 'reference.png');
/** A pixel differs when a channel is off by more than this; the images match when few pixels differ. */
const CHANNEL = 48;
const MAX_DIFFERENT = 0.02;

/**
 * Runs in the page: decodes both PNGs into canvases and counts the pixels that differ (a channel off
 * by more than `channel`), and the pixels of the three status colours. A string, since the test's
 * TypeScript has no DOM types.
 */
const COMPARE = `async ([a, b, channel]) => {
  const load = async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    return ctx.getImageData(0, 0, img.width, img.height);
  };
  const [x, y] = await Promise.all([load(a), load(b)]);
  if (x.width !== y.width || x.height !== y.height) return { size: false, different: 1, colours: {} };
  let different = 0;
  const colours = { '47,133,90': 0, '197,48,48': 0, '43,108,176': 0 };
  for (let i = 0; i < x.data.length; i += 4) {
    let off = false;
    for (let k = 0; k < 3; k += 1) if (Math.abs(x.data[i + k] - y.data[i + k]) > channel) off = true;
    if (off) different += 1;
    const key = x.data[i] + ',' + x.data[i + 1] + ',' + x.data[i + 2];
    if (key in colours) colours[key] += 1;
  }
  return { size: true, different: different / (x.width * x.height), colours };
}`;

let browser: Browser;
let page: Page;
let register: Register;
let work: string;
const requests: string[] = [];

beforeAll(async () => {
  if (!CHROMIUM) return;
  // Every series' letters in one register, on a fixed as-of date: a page that is the same each run.
  const paths = [...new Set(series.flatMap((s) => s.letters))];
  const digests = [];
  for (const p of paths) digests.push(digestLetter(await extractFile(join(ROOT, p)), p, null));
  register = buildRegister(digests, {
    asOf: '2024-11-15',
    version: 'test',
    generated: '2000-01-01T00:00:00Z',
  });
  work = mkdtempSync(join(tmpdir(), 'kb-html-'));
  const file = join(work, 'register.html');
  writeFileSync(file, registerHtml(register));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--font-render-hinting=none'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const visibleRows = () => page.$$eval('#register tbody tr', (rows) => rows.filter((r) => !r.hidden).length);
const dueColumn = () =>
  page.$$eval('#register tbody tr', (rows) => rows.map((r) => r.cells[7]?.getAttribute('data-sort') ?? ''));

describe.skipIf(!CHROMIUM)('register.html in Chromium', () => {
  it('loads nothing but itself', () => {
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    expect(requests).toHaveLength(1);
  });

  it('has a row per commitment and a dot per dated one', async () => {
    expect(await page.$$eval('#register tbody tr', (r) => r.length)).toBe(register.commitments.length);
    const dated = register.commitments.filter((c) => c.due.end !== null).length;
    expect(await page.$$eval('#timeline circle.dot', (c) => c.length)).toBe(dated);
    expect(await page.textContent('#shown')).toBe(
      `${register.commitments.length} of ${register.commitments.length} commitments shown`,
    );
  });

  it('sorts the table on a header click, and back on a second', async () => {
    const before = await dueColumn();
    await page.click('#register thead th:nth-child(8)');
    const up = await dueColumn();
    expect(up).toEqual([...before].sort());
    expect(up).not.toEqual(before);
    await page.click('#register thead th:nth-child(8)');
    expect(await dueColumn()).toEqual([...before].sort().reverse());
    expect(await page.getAttribute('#register thead th:nth-child(8)', 'aria-sort')).toBe('descending');
  });

  it('hides rows and dots that a filter leaves out', async () => {
    const delivered = register.commitments.filter((c) => c.status === 'delivered');
    expect(delivered.length).toBeGreaterThan(0);
    await page.selectOption('#f-status', 'delivered');
    expect(await visibleRows()).toBe(delivered.length);
    const shownDots = await page.$$eval('#timeline circle.dot', (cs) =>
      cs
        .filter((c) => (c as unknown as { style: { display: string } }).style.display !== 'none')
        .map((c) => c.getAttribute('data-status')),
    );
    expect(new Set(shownDots)).toEqual(new Set(['delivered']));
    const ministry = register.letters.find((l) => l.ministry?.includes('Defensie'))?.ministry as string;
    await page.selectOption('#f-status', '');
    await page.selectOption('#f-ministry', ministry);
    const ids = new Set(register.letters.filter((l) => l.ministry === ministry).map((l) => l.id));
    expect(await visibleRows()).toBe(register.commitments.filter((c) => ids.has(c.letter)).length);
    await page.selectOption('#f-ministry', '');
    expect(await visibleRows()).toBe(register.commitments.length);
  });

  it('looks like the reference screenshot', async () => {
    await page.reload();
    const shot = await page.screenshot({ clip: { x: 0, y: 0, width: 1280, height: 900 } });
    if (process.env.UPDATE_SCREENSHOT === '1' || !existsSync(REFERENCE)) {
      writeFileSync(REFERENCE, shot);
      if (process.env.UPDATE_SCREENSHOT !== '1')
        throw new Error(`no reference screenshot: wrote ${REFERENCE}`);
    }
    const reference = readFileSync(REFERENCE);
    const result = (await page.evaluate(
      `(${COMPARE})(${JSON.stringify([shot.toString('base64'), reference.toString('base64'), CHANNEL])})`,
    )) as {
      size: boolean;
      different: number;
      colours: Record<string, number>;
    };
    expect(result.size).toBe(true);
    expect(result.different, `share of pixels that differ from ${REFERENCE}`).toBeLessThanOrEqual(
      MAX_DIFFERENT,
    );
    // Pixel facts that hold whatever the fonts: the status colours of the legend and the dots are there.
    for (const [colour, n] of Object.entries(result.colours))
      expect(n, `pixels of rgb(${colour})`).toBeGreaterThan(20);
  });
});
