/**
 * Runs the built CLI (bin/kamerbrief.js) as a child process with a wall-clock limit and measures it:
 * exit code, stderr lines, stack traces, wall time and peak memory (resident set high-water mark).
 *
 * Peak memory comes from polling /proc/<pid>/status (VmHWM, the kernel's high-water mark) every 20 ms;
 * a child whose resident memory passes a limit is killed (so a memory blow-up fails fast instead of
 * swapping or aborting minutes later). Each child runs in its own process group, so a hang is ended by
 * killing exactly that group.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

export const CLI = join(ROOT, 'bin', 'kamerbrief.js');

export interface RunResult {
  args: string[];
  exit: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  stderrLines: string[];
  /** stderr contains lines of a stack trace ("    at ...") */
  stack: boolean;
  ms: number;
  /** Peak resident memory in KB (null when it could not be measured). */
  peakKB: number | null;
  /** CPU time (user + system) of the process as last seen (up to 20 ms before its end); robust under load. */
  cpuMs: number;
  /** Killed because the wall-clock limit passed. */
  timedOut: boolean;
  /** Killed because its resident memory passed `killAboveKB`. */
  overMemory: boolean;
}

export interface RunOptions {
  /** Wall-clock limit in ms (the child is killed after it). */
  limitMs?: number;
  env?: NodeJS.ProcessEnv;
  /** Extra node flags, before the script. */
  nodeFlags?: string[];
  /** Kill the child when its resident memory passes this (KB; default 1.5 GB). */
  killAboveKB?: number;
  /** Keep stdout (default: true). */
  keepStdout?: boolean;
}

const STACK_LINE = /^\s+at\s/;

export function runCli(args: string[], options: RunOptions = {}): Promise<RunResult> {
  return runNode([...(options.nodeFlags ?? []), CLI, ...args], args, options);
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const TICKS = 100;

function readStatus(pid: number): { hwm: number; rss: number; cpuMs: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+)/.exec(status);
    const rss = /VmRSS:\s+(\d+)/.exec(status);
    // utime and stime: fields 14 and 15, counted after the ')' that ends the command name.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuMs = ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
    return hwm && rss ? { hwm: Number(hwm[1]), rss: Number(rss[1]), cpuMs } : null;
  } catch {
    return null; // gone already, or no /proc
  }
}

export function runNode(nodeArgs: string[], args: string[], options: RunOptions = {}): Promise<RunResult> {
  const limitMs = options.limitMs ?? 30_000;
  const killAboveKB = options.killAboveKB ?? 1536 * 1024;
  const started = performance.now();
  const child = spawn(process.execPath, nodeArgs, {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => {
    if (options.keepStdout !== false) out.push(d);
  });
  child.stderr.on('data', (d: Buffer) => err.push(d));
  let peakKB = 0;
  let cpuMs = 0;
  let timedOut = false;
  let overMemory = false;
  const kill = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already ended
    }
  };
  const poll = setInterval(() => {
    const s = child.pid ? readStatus(child.pid) : null;
    if (!s) return;
    peakKB = Math.max(peakKB, s.hwm);
    cpuMs = Math.max(cpuMs, s.cpuMs);
    if (s.rss > killAboveKB) {
      overMemory = true;
      kill();
    }
  }, 20);
  const timer = setTimeout(() => {
    timedOut = true;
    kill();
  }, limitMs);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      clearTimeout(timer);
      clearInterval(poll);
      const stderr = Buffer.concat(err).toString('utf8');
      const stderrLines = stderr.split('\n').filter((l) => l.trim() !== '');
      resolve({
        args,
        exit: code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
        stderrLines,
        stack: stderrLines.some((l) => STACK_LINE.test(l)),
        ms,
        peakKB: peakKB || null,
        cpuMs,
        timedOut,
        overMemory,
      });
    });
  });
}

/** Run tasks with at most `jobs` at a time, keeping the order of the results. */
export async function pool<T, R>(items: T[], jobs: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
  return results;
}
