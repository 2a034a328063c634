// Build progress on a terminal (articles read, pages written), redrawn in place; silent when not a TTY, as in CI.

export interface Progress {
  articles(done: number, total: number): void;
  pages(written: number): void;
  /** Clears the progress line so the summary starts on a clean one. */
  finish(): void;
}

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Redraws at most this often: drawing every page of a large site would cost more than writing it. */
const INTERVAL_MS = 100;

export const silentProgress: Progress = { articles() {}, pages() {}, finish() {} };

export function terminalProgress(stream: ProgressStream, now: () => number = () => performance.now()): Progress {
  if (!stream.isTTY) return silentProgress;
  let last = -Infinity;
  let shown = false;
  const draw = (text: string, force: boolean) => {
    const t = now();
    if (!force && t - last < INTERVAL_MS) return;
    last = t;
    shown = true;
    stream.write(`\r\x1b[2K${text}`);
  };
  return {
    articles: (done, total) => draw(`Reading articles: ${done} of ${total}`, done === total),
    pages: (written) => draw(`Writing pages: ${written}`, false),
    finish() {
      if (shown) stream.write("\r\x1b[2K");
      shown = false;
    },
  };
}
