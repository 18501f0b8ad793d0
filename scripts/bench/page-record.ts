/**
 * The bench's measuring harness in Chromium, shared by every browser figure: a script added before
 * the app's own (page.addInitScript) watches the DOM with a MutationObserver from navigation on;
 * when the awaited elements are all there it asks for an animation frame and, from that frame,
 * posts a message; the message arrives after the frame has been painted, and its performance.now()
 * (milliseconds since navigation began) is the figure. The same script records every long task
 * (PerformanceObserver 'longtask', buffered) and the first paint.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { largest } from '../../src/domain/lists/extent';

/** What the page waits for: every selector matched at least `min` times (and containing `text`, if given). */
export interface PaintedWhen {
  selector: string;
  min: number;
  text?: string;
}

export interface PageRecord {
  paintedAt: number | null;
  firstPaint: number | null;
  longTasks: { start: number; duration: number }[];
}

/** Runs in the page before the app (addInitScript): records long tasks, first paint, and when `awaited` is painted. */
function instrument(awaited: readonly PaintedWhen[]): void {
  const record: PageRecord = { paintedAt: null, firstPaint: null, longTasks: [] };
  (window as unknown as { __bench: PageRecord }).__bench = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-paint') record.firstPaint = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  if (awaited.length === 0) return;
  const present = () =>
    awaited.every(({ selector, min, text }) => {
      const found = [...document.querySelectorAll(selector)];
      return (
        (text === undefined ? found : found.filter((element) => (element.textContent ?? '').includes(text))).length >=
        min
      );
    });
  const observer = new MutationObserver(() => {
    if (!present()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        record.paintedAt = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  const start = () =>
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
}

export function readRecord(page: Page): Promise<PageRecord> {
  return page.evaluate(() => (window as unknown as { __bench: PageRecord }).__bench);
}

/** Long tasks arrive a little after they end: this long after the paint, the record is taken as complete. */
export const SETTLE_MS = 500;

export interface Navigation {
  /** From navigation start to the awaited elements painted. */
  paintedMs: number;
  /** The longest main-thread task from navigation to the record's end (SETTLE_MS after the paint). */
  longestTaskMs: number;
  /** The longest task that began after the first paint. */
  longestAfterFirstPaintMs: number;
}

/**
 * Loads `url` in a new page of `context` (so the app starts from nothing, reading its saved data
 * from IndexedDB as a panel member's browser would) and measures it. A new page per navigation,
 * because an init script stays with its page: reusing one would stack a watcher per run.
 */
export async function navigate(
  context: BrowserContext,
  url: string,
  awaited: readonly PaintedWhen[],
  keepOpen = false,
): Promise<Navigation & { page: Page }> {
  const page = await context.newPage();
  page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
  // tsx compiles this file with esbuild's keepNames, which wraps named inner functions in __name();
  // the page has no such helper, so the script brings an identity one.
  await page.addInitScript({
    content: `var __name = (target) => target;\n(${instrument.toString()})(${JSON.stringify(awaited)})`,
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => (window as unknown as { __bench?: PageRecord }).__bench?.paintedAt != null,
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  await page.waitForTimeout(SETTLE_MS);
  const record = await readRecord(page);
  if (!keepOpen) await page.close();
  const painted = record.paintedAt ?? 0;
  const firstPaint = record.firstPaint ?? painted;
  return {
    page,
    paintedMs: painted,
    longestTaskMs: longestSince(record, 0),
    longestAfterFirstPaintMs: longestSince(record, firstPaint),
  };
}

/** The 404 route's heading: the baseline view, the app's own start-up with no data to show. */
export const NOT_FOUND: PaintedWhen[] = [{ selector: 'main h1', min: 1, text: 'Page not found' }];

/** The scorecard's table with at least one row. */
export const SCORECARD: PaintedWhen[] = [{ selector: 'table:has(> caption#scorecard-caption) tbody tr', min: 1 }];

export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** The longest of the page's long tasks that began at or after `since` (ms since navigation). */
export function longestSince(record: PageRecord, since: number): number {
  return largest(
    record.longTasks.filter((task) => task.start >= since).map((task) => task.duration),
    0,
  );
}
