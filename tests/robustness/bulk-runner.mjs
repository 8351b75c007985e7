#!/usr/bin/env node
/**
 * Runs many inputs through the built library in one process (cheaper than one CLI process each):
 * `node tests/robustness/bulk-runner.mjs <timeoutMs> <file>...`. For every file it writes a line
 * `{"start": file}` before and one result line after, so a hang names its file:
 *   {"file", "ok": true, "valid": bool, "warnings": [codes], "ms"}   a letter (valid = LetterSchema accepts its JSON)
 *   {"file", "ok": false, "code", "message", "ms"}                   an InputError
 *   {"file", "crash": true, "name", "message", "ms"}                 anything else
 *   {"file", "crash": true, "unhandled": true, "name", "message"}    a promise rejection nobody handled
 * and at the end {"done": true, "peakKB"}.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

// zod compiles object parsers with `new Function` unless told not to; this runner's own schema check
// must not trip the sandbox preload that watches the product for code generation.
// The flag is read when a schema is built, so it is set before the model module is loaded.
z.config({ jitless: true });
const { extractBytes } = await import('../../dist/pipeline.js');
const { InputError } = await import('../../dist/model/errors.js');
const { LetterSchema } = await import('../../dist/model/letter.js');

const [timeoutArg, ...files] = process.argv.slice(2);
let current = null;
// A rejection nobody handles would end the process (Node's default): record it against the file being
// read (a crash of the library) and go on with the rest.
process.on('unhandledRejection', (reason) => {
  // When the library has its own guard installed, it decides (and rethrows what it does not expect,
  // which would end this process and show as unfinished files); only a rejection nobody else listens
  // for is one that would have crashed a host program.
  if (process.listenerCount('unhandledRejection') > 1) return;
  line({
    file: current,
    crash: true,
    unhandled: true,
    name: reason?.name,
    message: String(reason?.message ?? reason).split('\n')[0],
  });
});
const timeoutMs = Number(timeoutArg);
const line = (o) => process.stdout.write(`${JSON.stringify(o)}\n`);

for (const file of files) {
  current = file;
  line({ start: file });
  const t0 = performance.now();
  try {
    const letter = await extractBytes(await readFile(file), file, { timeoutMs });
    const valid = LetterSchema.safeParse(JSON.parse(JSON.stringify(letter))).success;
    line({ file, ok: true, valid, warnings: letter.warnings.map((w) => w.code), ms: performance.now() - t0 });
  } catch (err) {
    const ms = performance.now() - t0;
    if (err instanceof InputError) line({ file, ok: false, code: err.code, message: err.message, ms });
    else
      line({ file, crash: true, name: err?.name, message: String(err?.message ?? err).split('\n')[0], ms });
  } // Give late rejections of this file's pdfjs work a moment to surface while it is still `current`.
  await new Promise((resolve) => setTimeout(resolve, 10));
}
// Late rejections of the last file still count.
await new Promise((resolve) => setTimeout(resolve, 200));
line({ done: true, peakKB: process.resourceUsage().maxRSS });
