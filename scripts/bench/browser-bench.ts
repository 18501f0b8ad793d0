/**
 * Figures 2 to 5 of the performance issue, in Debian's headless Chromium against the built app
 * (dist/, served by test/browser/static-server.ts): the main thread while a 300,000-row DfE file is
 * imported on the upload page, and the time from navigation to the scorecard, a measure page's
 * 10-year chart and the all-council comparison being painted, each beside a baseline measured in
 * the same run.
 *
 * How "painted" is measured: a script added before the app's own (page.addInitScript) watches the
 * DOM with a MutationObserver from navigation on; when the awaited elements are all there it asks for
 * an animation frame and, from that frame, posts a message; the message arrives after the frame has
 * been painted, and its performance.now() (milliseconds since navigation began) is the figure. The
 * same script records every long task (PerformanceObserver 'longtask', buffered) and the first paint.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { BenchFigure } from './figures';
import { append } from '../../src/domain/lists/append';
import { largest } from '../../src/domain/lists/extent';

/** What the page waits for: every selector matched at least `min` times (and containing `text`, if given). */
export interface PaintedWhen {
  selector: string;
  min: number;
  text?: string;
}

interface PageRecord {
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

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
}

function readRecord(page: Page): Promise<PageRecord> {
  return page.evaluate(() => (window as unknown as { __bench: PageRecord }).__bench);
}

/** Long tasks arrive a little after they end: this long after the paint, the record is taken as complete. */
const SETTLE_MS = 500;

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
async function navigate(
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
    longestTaskMs: largest(
      record.longTasks.map((task) => task.duration),
      0,
    ),
    longestAfterFirstPaintMs: largest(
      record.longTasks.filter((task) => task.start >= firstPaint).map((task) => task.duration),
      0,
    ),
  };
}

export interface BrowserBenchInput {
  browser: Browser;
  baseUrl: string;
  runs: number;
  /** The generated 300,000-row DfE file, on disk: Playwright hands a file this size to the page by path. */
  dfeFile: string;
  /** An observations CSV giving the home LA, England, its region and its neighbours ten years of `measureId`. */
  tenYearFile: string;
  measureId: string;
  /** test/fixtures/regional/cla_rate_all_las.csv. */
  allCouncilsFile: string;
  homeArea: string;
}

const NOT_FOUND: PaintedWhen[] = [{ selector: 'main h1', min: 1, text: 'Page not found' }];
const SCORECARD: PaintedWhen[] = [{ selector: 'table:has(> caption#scorecard-caption) tbody tr', min: 1 }];

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Uploads a file through the upload page as an officer would, and saves it as a version. */
async function upload(page: Page, baseUrl: string, file: string, area: string, name: string): Promise<void> {
  await page.goto(new URL('#/upload', baseUrl).href);
  await page.getByRole('heading', { level: 1, name: 'Upload figures' }).waitFor();
  await page.getByLabel('Choose the file').setInputFiles(file);
  await page.getByRole('combobox', { name: 'Local authority the file is for' }).selectOption(area);
  await page.getByRole('button', { name: 'Check the file' }).click();
  const preview = page.getByRole('heading', { name: 'Check the changes before saving' });
  const problem = page.getByRole('heading', { name: 'There is a problem with the file' });
  await preview.or(problem).waitFor({ timeout: 120_000 });
  if ((await problem.count()) > 0)
    throw new Error(`${path.basename(file)} was refused: ${(await page.locator('#main').innerText()).slice(0, 800)}`);
  const acknowledge = page.getByRole('checkbox', { name: /I have checked the warnings/ });
  if ((await acknowledge.count()) > 0) await acknowledge.check();
  await page.getByRole('textbox', { name: 'Name this version' }).fill(name);
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await page.getByRole('heading', { name: 'Figures saved' }).waitFor({ timeout: 120_000 });
}

/** Figure 2: the upload page importing the 300,000-row file. */
async function browserImport(input: BrowserBenchInput): Promise<BenchFigure[]> {
  const longest: number[] = [];
  const openingLongest: number[] = [];
  const checked: number[] = [];
  const readBytes: number[] = [];
  for (let run = 1; run <= input.runs; run += 1) {
    const context = await newContext(input.browser);
    const opening = await navigate(
      context,
      new URL('#/upload', input.baseUrl).href,
      [
        { selector: 'main h1', min: 1, text: 'Upload figures' },
        { selector: 'input[type="file"]', min: 1 },
      ],
      true,
    );
    const { page } = opening;
    await page.getByLabel('Choose the file').setInputFiles(input.dfeFile);
    // The baseline: the page reading the same file's bytes, the first thing an import does. Read
    // before the check (the preview replaces the file input), so the import reads it second.
    const bytesMs = await page.evaluate(async () => {
      const file = document.querySelector<HTMLInputElement>('input[type="file"]')?.files?.[0];
      if (!file) throw new Error('the file input holds no file');
      const started = performance.now();
      await file.arrayBuffer();
      return performance.now() - started;
    });
    // Tasks before this moment belong to opening the page; the import's are those after it.
    const clickedAt = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'Check the changes before saving' }).waitFor({ timeout: 240_000 });
    const previewAt = await page.evaluate(() => performance.now());
    await page.waitForTimeout(SETTLE_MS);
    const record = await readRecord(page);
    const importTasks = record.longTasks.filter((task) => task.start >= clickedAt);
    longest.push(
      largest(
        importTasks.map((task) => task.duration),
        0,
      ),
    );
    openingLongest.push(opening.longestTaskMs);
    checked.push(previewAt - clickedAt);
    readBytes.push(bytesMs);
    log(
      `browser import run ${run}/${input.runs}: longest task ${longest.at(-1)?.toFixed(0)} ms (${importTasks.length} long tasks; opening the page ${opening.longestTaskMs.toFixed(0)} ms), checked in ${checked.at(-1)?.toFixed(0)} ms, file.arrayBuffer() ${bytesMs.toFixed(0)} ms`,
    );
    await context.close();
  }
  return [
    {
      issueItem: 2,
      name: 'Import, browser: longest main-thread task',
      unit: 'ms',
      runs: longest,
      baselineName: 'longest task opening #/upload',
      baselineRuns: openingLongest,
      target: { kind: 'at_most', value: 50 },
      method:
        "PerformanceObserver 'longtask' from the click on Check the file until the preview is shown (+500 ms); baseline: the longest task from navigation to the upload form painted, in the same page.",
    },
    {
      issueItem: 2,
      name: 'Import, browser: check to preview',
      unit: 'ms',
      runs: checked,
      baselineName: 'file.arrayBuffer() of the file',
      baselineRuns: readBytes,
      target: null,
      method:
        "performance.now() in the page from the click on Check the file to the preview's heading found by Playwright; baseline: the page reading the same File's bytes (await file.arrayBuffer()).",
    },
  ];
}

/** Figures 3 to 5: navigation to a view painted, against the 404 page in the same browser context. */
async function navigationFigures(
  context: BrowserContext,
  input: BrowserBenchInput,
  target: {
    issueItem: number;
    name: string;
    path: string;
    awaited: PaintedWhen[];
    budgetMs: number;
    longTaskBudget?: boolean;
  },
): Promise<BenchFigure[]> {
  const painted: number[] = [];
  const baseline: number[] = [];
  const longestAfterFirstPaint: number[] = [];
  const baselineLongest: number[] = [];
  // One navigation of each, unmeasured, so the first measured run is not also the browser's first use of the data.
  await navigate(context, new URL('#/nope', input.baseUrl).href, NOT_FOUND);
  await navigate(context, new URL(target.path, input.baseUrl).href, target.awaited);
  for (let run = 1; run <= input.runs; run += 1) {
    const notFound = await navigate(context, new URL('#/nope', input.baseUrl).href, NOT_FOUND);
    const view = await navigate(context, new URL(target.path, input.baseUrl).href, target.awaited);
    baseline.push(notFound.paintedMs);
    baselineLongest.push(notFound.longestTaskMs);
    painted.push(view.paintedMs);
    longestAfterFirstPaint.push(view.longestAfterFirstPaintMs);
    log(
      `${target.name} run ${run}/${input.runs}: painted at ${view.paintedMs.toFixed(0)} ms (404 page ${notFound.paintedMs.toFixed(0)} ms); longest task ${view.longestTaskMs.toFixed(0)} ms, after first paint ${view.longestAfterFirstPaintMs.toFixed(0)} ms`,
    );
  }
  const figures: BenchFigure[] = [
    {
      issueItem: target.issueItem,
      name: `${target.name}: navigation to painted`,
      unit: 'ms',
      runs: painted,
      baselineName: '404 page (#/nope) painted',
      baselineRuns: baseline,
      target: { kind: 'at_most', value: target.budgetMs },
      method: `From navigation start to the frame after ${target.awaited.map((when) => `${when.min} × ${when.selector}`).join(' and ')} appeared, painted; baseline the same for the 404 route's heading, alternating with it in the same context.`,
    },
  ];
  if (target.longTaskBudget) {
    figures.push({
      issueItem: target.issueItem,
      name: `${target.name}: longest task after first paint`,
      unit: 'ms',
      runs: longestAfterFirstPaint,
      baselineName: 'longest task, 404 page',
      baselineRuns: baselineLongest,
      target: { kind: 'at_most', value: 50 },
      method:
        "PerformanceObserver 'longtask' entries that start after the 'first-paint' entry, to 500 ms after the view is painted; baseline the longest task of any kind while the 404 page loads.",
    });
  }
  return figures;
}

export async function browserFigures(input: BrowserBenchInput): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  append(figures, await browserImport(input));

  const scorecardContext = await newContext(input.browser);
  append(
    figures,
    await navigationFigures(scorecardContext, input, {
      issueItem: 3,
      name: 'Scorecard',
      path: '#/',
      awaited: SCORECARD,
      budgetMs: 200,
      longTaskBudget: true,
    }),
  );
  await scorecardContext.close();

  const measureContext = await newContext(input.browser);
  await upload(
    await measureContext.newPage(),
    input.baseUrl,
    input.tenYearFile,
    input.homeArea,
    'Ten years of four series',
  );
  append(
    figures,
    await navigationFigures(measureContext, input, {
      issueItem: 4,
      name: 'Measure page, 10 years × 4 series',
      // The period is the last of the ten years, so the chart has the four yearly lines and no quarterly one.
      path: `?period=2020%2F21#/measures/${input.measureId}`,
      awaited: [{ selector: '.chart-box .recharts-line-curve', min: 4 }],
      budgetMs: 300,
    }),
  );
  await measureContext.close();

  const regionalContext = await newContext(input.browser);
  await upload(
    await regionalContext.newPage(),
    input.baseUrl,
    input.allCouncilsFile,
    input.homeArea,
    'Every council, 2020/21',
  );
  append(
    figures,
    await navigationFigures(regionalContext, input, {
      issueItem: 5,
      name: 'All-council view, rank=england',
      path: `?area=${input.homeArea}&rank=england#/measures/cla_rate`,
      awaited: [
        { selector: '.comparison-chart-box .recharts-bar-rectangle', min: 148 },
        { selector: 'table.comparison-table tr', min: 154 },
      ],
      budgetMs: 500,
    }),
  );
  await regionalContext.close();
  return figures;
}

/** Ten yearly figures for each of the four lines of a measure page's chart, as an observations file. */
export function tenYearObservations(
  measureId: string,
  homeArea: string,
  regionCode: string,
  englandCode: string,
): string {
  const lines = ['measure,area,period,value,numerator,denominator,status,note'];
  const areas = [homeArea, englandCode, regionCode, `SN:${homeArea}`];
  for (const [areaIndex, area] of areas.entries()) {
    for (let year = 2011; year <= 2020; year += 1) {
      const label = `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
      // Steady figures near each other, so the upload raises no "large change" warning.
      lines.push(`${measureId},${area},${label},${(80 + areaIndex * 6 + (year % 3)).toFixed(1)},,,,`);
    }
  }
  return `${lines.join('\n')}\n`;
}
