import { describe, expect, it } from "vitest";
import { terminalProgress } from "../../src/cli/progress.ts";

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, writes, write: (text: string) => writes.push(text) };
}

describe("terminalProgress", () => {
  it("terminalProgress(not a TTY) writes nothing at all", () => {
    const out = stream(false);
    const progress = terminalProgress(out, () => 0);
    progress.articles(1, 2);
    progress.articles(2, 2);
    progress.pages(10);
    progress.finish();
    expect(out.writes).toEqual([]);
  });

  it("terminalProgress(TTY) redraws one line at most every 100 ms, always the last article, and clears it at the end", () => {
    const out = stream(true);
    let now = 0;
    const progress = terminalProgress(out, () => now);
    progress.articles(1, 3);
    now = 50;
    progress.articles(2, 3);
    progress.articles(3, 3);
    now = 120;
    progress.pages(1);
    now = 180;
    progress.pages(2);
    now = 221;
    progress.pages(3);
    progress.finish();
    expect(out.writes).toEqual([
      "\r\x1b[2KReading articles: 1 of 3",
      "\r\x1b[2KReading articles: 3 of 3",
      "\r\x1b[2KWriting pages: 2",
      "\r\x1b[2K",
    ]);
  });

  it("terminalProgress(TTY).finish() without progress shown writes nothing", () => {
    const out = stream(true);
    terminalProgress(out, () => 0).finish();
    expect(out.writes).toEqual([]);
  });
});
