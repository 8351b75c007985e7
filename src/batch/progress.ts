import { SingleBar } from 'cli-progress';

/** A progress bar on stderr, only when stderr is a terminal. */
export class Progress {
  private bar: SingleBar | null = null;
  private done = 0;
  private failed = 0;
  private started = performance.now();

  constructor(enabled: boolean, unit: string) {
    if (enabled && process.stderr.isTTY) {
      this.bar = new SingleBar({
        stream: process.stderr,
        format: ` {bar} {value}/{total} ${unit} | {rate}/s | ETA {eta_formatted} | {failed} failed`,
        barsize: 30,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
        fps: 10,
      });
    }
  }

  start(total: number): void {
    this.started = performance.now();
    this.bar?.start(total, 0, { rate: '0.0', failed: 0 });
  }

  tick(failed: boolean): void {
    this.done += 1;
    if (failed) this.failed += 1;
    const secs = (performance.now() - this.started) / 1000;
    this.bar?.update(this.done, {
      rate: (this.done / Math.max(secs, 0.001)).toFixed(1),
      failed: this.failed,
    });
  }

  stop(): void {
    this.bar?.stop();
  }
}
