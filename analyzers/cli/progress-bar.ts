/** Projects smaller than this scan too fast for a progress bar to help. */
export const progressThreshold = 300;

/** A stream a progress bar can draw on. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/**
 * A one-line progress bar on a terminal (`\r`-redrawn), silent when the stream is not a TTY
 * (CI, pipes) or the project is small. Returns the per-file callback and a `done` that clears it.
 */
export function progressBar(
  stream: ProgressStream,
  total: number,
): { tick: (done: number) => void; done: () => void } {
  if (!stream.isTTY || total < progressThreshold) return { tick: () => {}, done: () => {} };
  const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 30));
  let last = -1;
  return {
    tick(done) {
      const filled = Math.round((done / total) * width);
      if (filled === last && done !== total) return;
      last = filled;
      stream.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} files`);
    },
    done() {
      stream.write(`\r${" ".repeat(width + 24)}\r`);
    },
  };
}
