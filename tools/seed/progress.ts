/**
 * A text progress bar on stderr, one line per phase: bar, counts, rate, elapsed time. On a
 * terminal the line is redrawn in place; otherwise (CI, a pipe) only the finished line is printed.
 */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

const WIDTH = 24;
const number = (n: number) => Math.round(n).toLocaleString('en-US');

export function formatProgress(label: string, done: number, total: number, seconds: number, unit = 'rows'): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(fraction * WIDTH);
  const rate = seconds > 0 ? done / seconds : 0;
  return (
    `${label.padEnd(24)} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ` +
    `${number(done).padStart(11)} / ${number(total)} ${unit}  ${String(Math.round(fraction * 100)).padStart(3)}%  ` +
    `${number(rate)} ${unit}/s  ${seconds.toFixed(1)} s`
  );
}

export class Progress {
  private done = 0;
  private readonly started = process.hrtime.bigint();
  private lastDraw = 0;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly stream: ProgressStream = process.stderr,
    private readonly unit = 'rows',
  ) {
    this.draw(true);
  }

  seconds(): number {
    return Number(process.hrtime.bigint() - this.started) / 1e9;
  }

  add(count: number): void {
    this.done += count;
    this.draw(false);
  }

  /** Prints the final line and returns the phase's duration in seconds. */
  finish(): number {
    const seconds = this.seconds();
    const line = formatProgress(this.label, this.done, Math.max(this.total, this.done), seconds, this.unit);
    this.stream.write(this.stream.isTTY ? `\r${line}\n` : `${line}\n`);
    return seconds;
  }

  private draw(force: boolean): void {
    if (!this.stream.isTTY) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.stream.write(`\r${formatProgress(this.label, this.done, this.total, this.seconds(), this.unit)}`);
  }
}
