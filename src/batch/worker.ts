/**
 * Worker process for `batch` and `check` (started by ProcessPool via child_process.fork).
 * It loads the pipeline once, says `ready`, then answers one task at a time. For json/md it writes
 * the output file itself (atomically), so the main process only ever holds a small summary.
 *
 * Test hook (undocumented for users): KAMERBRIEF_TEST_SLOW=<basename>[,<basename>...] makes the
 * worker spin the CPU for 30 s before parsing a file with that name, and, when
 * KAMERBRIEF_TEST_SLOW_MARK=<file> is set, first append "<pid> <basename>\n" to that file. The tests
 * use it to have a letter in progress long enough to kill its worker or to hit the time limit.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { sha256File } from '../hash.js';
import { INTERNAL_ERROR, serialiseError } from '../model/errors.js';
import { writeFileAtomicSync } from './atomic.js';
import type { BatchResult, BatchTask, CheckResult, CheckTask, Task, TaskError } from './protocol.js';
import { isWriteError, WRITE_FAILED } from './stop.js';
import { summarise } from './summary.js';

let pipeline: typeof import('../pipeline.js');
let renderer: typeof import('../render/index.js');

const SLOW = new Set((process.env.KAMERBRIEF_TEST_SLOW ?? '').split(',').filter(Boolean));
const SLOW_MARK = process.env.KAMERBRIEF_TEST_SLOW_MARK;

function testSlowdown(abs: string): void {
  const name = basename(abs);
  if (!SLOW.has(name)) return;
  if (SLOW_MARK) appendFileSync(SLOW_MARK, `${process.pid} ${name}\n`);
  const end = Date.now() + 30_000;
  let spins = 0;
  while (Date.now() < end) spins += 1;
  if (spins < 0) throw new Error('unreachable');
}

function toTaskError(err: unknown, display: string): TaskError {
  const e = serialiseError(err);
  // The batch names the file itself; drop the "<path>: " the pipeline puts in front.
  if (e.code !== INTERNAL_ERROR && e.message.startsWith(`${display}: `)) {
    e.message = e.message.slice(display.length + 2);
  }
  return e;
}

async function safeSha(path: string): Promise<string | null> {
  try {
    return await sha256File(path);
  } catch {
    return null;
  }
}

async function runBatch(task: BatchTask): Promise<BatchResult> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  if (task.skipIfSha) {
    const sha = await safeSha(task.abs);
    if (sha === task.skipIfSha && (task.output === null || existsSync(task.output))) {
      return { status: 'skipped', sha256: sha, summary: null, line: null, error: null, ms: ms() };
    }
  }
  try {
    testSlowdown(task.abs);
    const letter = await pipeline.extractFile(task.display, {
      undated: task.undated,
      kinds: task.kinds,
      timeoutMs: task.timeoutMs,
    });
    letter.source.path = task.display;
    let line: string | null = null;
    if (task.format === 'ndjson') {
      line = `${JSON.stringify(letter)}\n`;
    } else if (task.output) {
      const text = renderer.render(letter, task.format);
      // Synchronously: a worker does one letter at a time, and the thread pool's round trips for
      // open, write, close and rename cost more CPU (futex wake-ups, context switches) than the writes.
      try {
        writeFileAtomicSync(task.output, text.endsWith('\n') ? text : `${text}\n`);
      } catch (err) {
        // The file system refused the output (a full disk, ...): the main process stops the run.
        if (!isWriteError(err)) throw err;
        const error = { code: WRITE_FAILED, errno: err.code, message: err.message };
        return { status: 'failed', sha256: null, summary: null, line: null, error, ms: ms() };
      }
    }
    return {
      status: 'ok',
      sha256: letter.source.sha256,
      summary: summarise(letter),
      line,
      error: null,
      ms: ms(),
    };
  } catch (err) {
    return {
      status: 'failed',
      sha256: await safeSha(task.abs),
      summary: null,
      line: null,
      error: toTaskError(err, task.display),
      ms: ms(),
    };
  }
}

async function runCheck(task: CheckTask): Promise<CheckResult> {
  const started = performance.now();
  try {
    testSlowdown(task.abs);
    const options = { undated: task.undated, kinds: task.kinds, timeoutMs: task.timeoutMs };
    // Standard input ("-") was saved to a temporary file by the main process; it is named "-".
    const letter =
      task.display === '-'
        ? await pipeline.extractBytes(readFileSync(task.abs), '-', options)
        : await pipeline.extractFile(task.display, options);
    return {
      status: 'ok',
      summary: summarise(letter),
      warnings: letter.warnings.slice(0, 100),
      error: null,
      ms: Math.round(performance.now() - started),
    };
  } catch (err) {
    return {
      status: 'failed',
      summary: null,
      warnings: [],
      error: toTaskError(err, task.display),
      ms: Math.round(performance.now() - started),
    };
  }
}

async function main(): Promise<void> {
  pipeline = await import('../pipeline.js');
  renderer = await import('../render/index.js');
  // Once the modules are loaded (see regexp-flags.ts).
  (await import('../regexp-flags.js')).compileRegexesOnce();
  // The warm-up letter first, so that lazy set-up is not charged to the first file's time limit.
  (await import('../isolate/warm-up.js')).warmUp();
  // The main process went away (it ended or was killed): nothing left to do.
  process.on('disconnect', () => process.exit(0));
  // Ctrl-C in a terminal, a hang-up, or a SIGTERM to the whole process group reach the workers too:
  // the main process handles them (it kills the workers once it has stopped taking letters), so a
  // letter is never reported as failed because its worker got the user's signal first.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => {});
  if (!process.connected) process.exit(0);
  // The pool sends the next task while this one runs: tasks wait here and run one at a time.
  const waiting: Array<{ id: number; task: Task }> = [];
  let running = false;
  const work = async () => {
    running = true;
    for (let next = waiting.shift(); next; next = waiting.shift()) {
      const result = next.task.kind === 'batch' ? await runBatch(next.task) : await runCheck(next.task);
      const cpu = process.cpuUsage();
      process.send?.({
        type: 'result',
        id: next.id,
        result,
        maxRss: process.resourceUsage().maxRSS,
        cpuMs: (cpu.user + cpu.system) / 1000,
      });
    }
    running = false;
  };
  process.on('message', (msg: { type: string; id: number; task: Task }) => {
    if (msg.type !== 'task') return;
    waiting.push({ id: msg.id, task: msg.task });
    if (!running) void work();
  });
  process.send?.({ type: 'ready' });
}

main().catch((err) => {
  process.stderr.write(
    `kamerbrief worker: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
