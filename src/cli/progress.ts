import type { OutputStream } from './io.js';

/** Wall-clock time a run must last before a progress bar appears, in milliseconds. */
export const PROGRESS_AFTER_MS = 1000;

/** Width of the bar in characters. */
const BAR_WIDTH = 30;

/** A progress bar on standard error: updates through `update`, erased by `done`. */
export interface Progress {
  update(fraction: number): void;
  done(): void;
}

/**
 * Returns a progress bar for long runs, or undefined when `stream` is not a terminal (a bar in a
 * CI log or a pipe is noise). It stays hidden until the run has lasted a second, so quick runs
 * never flash one. `now` reads the wall clock (milliseconds).
 */
export function createProgress(stream: OutputStream, label: string, now: () => number): Progress | undefined {
  if (!stream.isTTY) return undefined;
  const started = now();
  let shown = false;
  let lastPercent = -1;
  return {
    update(fraction) {
      if (!shown && now() - started < PROGRESS_AFTER_MS) return;
      const percent = Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
      if (percent === lastPercent) return;
      shown = true;
      lastPercent = percent;
      const filled = Math.round((percent / 100) * BAR_WIDTH);
      stream.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${String(percent).padStart(3)}%`);
    },
    done() {
      if (shown) stream.write(`\r${' '.repeat(label.length + BAR_WIDTH + 8)}\r`);
    },
  };
}
