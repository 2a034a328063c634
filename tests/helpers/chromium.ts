// Debian's Chromium, driven by playwright-core: never a downloaded browser.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";

/** Headless, and quiet: no first-run UI, no background traffic that would show up as requests. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Whether the browser tests can run. Without Chromium they are skipped with one line of
 * explanation, except in CI (`CI=true`), where a missing browser must fail the build.
 */
export function chromiumOrSkip(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const why = `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROME_PATH)`;
  if (process.env.CI === "true") throw new Error(`Browser tests cannot run in CI: ${why}.`);
  console.warn(`Browser tests skipped: ${why}.`);
  return false;
}

/** Each launch gets a fresh, temporary user-data directory from Playwright, removed on close. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
