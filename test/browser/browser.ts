/**
 * Helpers for browser tests: Debian's Chromium driven by playwright-core, pages that record their
 * errors, and axe-core accessibility checks.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, Result, run } from 'axe-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export { CHROMIUM_PATH, launchBrowser } from './chromium';

/** A page that records console errors and uncaught exceptions; tests expect `errors` to be empty. */
export type TestPage = Page & { errors: string[] };

/** A screen size: panel members' laptops (1440×900, 1280×720), a phone (390×844), a projector (1920×1080). */
export interface Viewport {
  width: number;
  height: number;
}

/**
 * Opens `path` (relative to the served dist/, e.g. `/` or `/?la=E06000047`) in a new context
 * (1280×900 unless a viewport is given, en-GB) and waits for the load event. Close it with
 * `page.context().close()`.
 */
export async function openPage(
  browser: Browser,
  path = '/',
  viewport: Viewport = { width: 1280, height: 900 },
  /** Runs in the page before any of the app's scripts, e.g. to record what the app does from its start. */
  beforeApp?: () => void,
): Promise<TestPage> {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  const errors: string[] = [];
  const page = Object.assign(await context.newPage(), { errors });
  if (beforeApp) await page.addInitScript(beforeApp);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    // Chromium asks for /favicon.ico by itself when index.html names no icon; that 404 is not the app's doing.
    if (url.endsWith('/favicon.ico')) return;
    errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber + 1})` : ''}`);
  });
  page.on('pageerror', (error) => {
    errors.push(`uncaught: ${error.stack ?? error.message}`);
  });
  const url = new URL(path.replace(/^\/+/, ''), inject('baseUrl')).href;
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) {
    throw new Error(`GET ${url} answered ${response ? String(response.status()) : 'nothing'}`);
  }
  return page;
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
let axeSource: string | undefined;

function readAxeSource(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export interface AccessibilityOptions {
  /** CSS selectors to leave out of the check, e.g. a third-party widget. Use sparingly. */
  exclude?: string[];
}

/**
 * Runs axe-core on the page (WCAG 2.0/2.1/2.2 A and AA, and best practice) and returns one
 * readable entry per violation, naming the elements to fix: `expect(await checkAccessibility(page)).toEqual([])`.
 */
export async function checkAccessibility(page: Page, options: AccessibilityOptions = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated through the browser's debugging protocol, as a script tag of its text would break the
    // app's Content-Security-Policy (no inline script), which the tests run under.
    await page.evaluate(readAxeSource());
  }
  const violations = await page.evaluate(
    async ({ tags, exclude }) => {
      const { axe } = window as unknown as { axe: { run: typeof run } };
      const context = exclude.length > 0 ? { exclude: exclude.map((selector) => [selector]) } : document;
      const results: AxeResults = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map((violation: Result) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({
          target: node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' '),
          summary: node.failureSummary ?? '',
        })),
      }));
    },
    { tags: AXE_TAGS, exclude: options.exclude ?? [] },
  );
  return violations.map(({ id, impact, help, helpUrl, nodes }) => {
    const where = nodes.map(
      ({ target, summary }) => `  - ${target}${summary ? `\n      ${summary.replace(/\n\s*/g, '\n      ')}` : ''}`,
    );
    return `[${(impact ?? 'unknown') satisfies ImpactValue | 'unknown'}] ${id}: ${help} (${helpUrl})\n${where.join('\n')}`;
  });
}

/**
 * Presses Tab until the element has focus, as a keyboard user would reach it; fails when it takes
 * more than `limit` presses, which would mean the element is not in the tab order.
 */
export async function tabTo(page: Page, locator: Locator, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await locator.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach the element within ${limit} presses`);
}

/** How far the document scrolls sideways: 0 when nothing is wider than the screen. */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Whether the element's box lies wholly inside the viewport (after it has been scrolled into view). */
export async function insideViewport(locator: Locator): Promise<boolean> {
  await locator.scrollIntoViewIfNeeded();
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.left >= 0 &&
      box.top >= 0 &&
      box.right <= document.documentElement.clientWidth &&
      box.bottom <= document.documentElement.clientHeight
    );
  });
}

/**
 * Opens a file input's chooser from the keyboard (Space on the focused input) and picks the file.
 * Chromium drops the key press now and then when the page is busy rendering under load (CI has two
 * cores), so the press is repeated up to three times, each time after making sure the input still
 * has focus; a chooser that never opens fails the test.
 */
export async function chooseFileByKeyboard(page: Page, input: Locator, file: string | string[]): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await tabTo(page, input);
    try {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser', { timeout: 10_000 }),
        page.keyboard.press('Space'),
      ]);
      await chooser.setFiles(file);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** What the page's main thread did while a long piece of work ran (startResponsiveness to takeResponsiveness). */
export interface Responsiveness {
  /** The longest main-thread task, ms; 0 when none passed 50 ms. */
  longest: number;
  longTasks: number;
  /** The longest gap between ticks of a 50 ms timer: how long the page could not respond. */
  longestGap: number;
  /** Each value the page's progress bar showed, in order. */
  progress: number[];
}

/** Starts recording long tasks, a 50 ms timer's ticks and the progress bar's values in the page. */
export function startResponsiveness(page: Page): Promise<void> {
  return page.evaluate(() => {
    const record = { longTasks: [] as number[], progress: [] as number[], ticks: [] as number[] };
    (window as unknown as { __responsiveness: typeof record }).__responsiveness = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    setInterval(() => {
      record.ticks.push(performance.now());
      const bar = document.querySelector('progress');
      if (bar && record.progress.at(-1) !== bar.value) record.progress.push(bar.value);
    }, 50);
  });
}

/** What was recorded since startResponsiveness or the last take; the record starts again from empty. */
export function takeResponsiveness(page: Page): Promise<Responsiveness> {
  return page.evaluate(() => {
    const record = (
      window as unknown as { __responsiveness: { longTasks: number[]; progress: number[]; ticks: number[] } }
    ).__responsiveness;
    const gaps = record.ticks.slice(1).map((tick, index) => tick - (record.ticks[index] ?? tick));
    // Runs in the page, where the lists module is not loaded: folds, not spreads.
    const taken = {
      longest: record.longTasks.reduce((most, task) => Math.max(most, task), 0),
      longTasks: record.longTasks.length,
      longestGap: gaps.reduce((most, gap) => Math.max(most, gap), 0),
      progress: [...record.progress],
    };
    record.longTasks = [];
    record.ticks = [];
    record.progress = [];
    return taken;
  });
}

/**
 * From a page with a link to the measure, by keyboard: the measure page, then its SPC chart (the
 * chart choice's third option), waited for by its heading.
 */
export async function openSpcByKeyboard(page: Page, link: Locator, title: string, tabLimit = 200): Promise<void> {
  await tabTo(page, link, tabLimit);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: new RegExp(title.replace(/[()]/g, '\\$&')) }).waitFor();
  await tabTo(page, page.getByRole('radio', { name: 'Chart', exact: true }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('spc');
  await page.getByRole('heading', { name: 'Statistical process control (SPC) chart' }).waitFor();
}

/**
 * The texts under `locator` drawn smaller than `px` (an SVG's text at its font size times the SVG's
 * scale on screen), as "TAG: text (size)"; text hidden from assistive technology is left out.
 */
export function textsSmallerThan(locator: Locator, px: number): Promise<string[]> {
  return locator.evaluate(
    (element, least) =>
      [...element.querySelectorAll('*')].flatMap((node) => {
        const owned = [...node.childNodes].some(
          (child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim() !== '',
        );
        if (!owned || node.closest('[aria-hidden="true"]')) return [];
        const svg = node instanceof SVGTextElement ? node.ownerSVGElement : null;
        const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
        const size = parseFloat(getComputedStyle(node).fontSize) * scale;
        return size < least ? [`${node.tagName}: ${(node.textContent ?? '').trim()} (${size.toFixed(1)}px)`] : [];
      }),
    px,
  );
}
