/**
 * Item 5 of the performance issue, in Debian's headless Chromium against the built app (dist/,
 * served by test/browser/static-server.ts): the main thread while a 300,000-row DfE file is
 * imported on the upload page, and then while the app reloads that version once saved. The
 * measuring harness is page-record.ts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { BenchFigure } from './figures';
import { log, longestSince, navigate, newContext, NOT_FOUND, readRecord, SCORECARD, SETTLE_MS } from './page-record';
import { savePreviewed } from './upload-page';

export interface ImportBenchInput {
  browser: Browser;
  baseUrl: string;
  runs: number;
  /** The generated 300,000-row DfE file, on disk: Playwright hands a file this size to the page by path. */
  dfeFile: string;
}

/**
 * Saves the previewed import as a version, then opens the scorecard in a new page of the same
 * context, as the app's next start reads it back: the longest main-thread task of that start, and
 * of the 404 page's start in the same context for the baseline.
 */
async function saveAndReload(context: BrowserContext, page: Page, baseUrl: string): Promise<[number, number]> {
  await savePreviewed(page, '300,000 generated rows');
  await page.close();
  const notFound = await navigate(context, new URL('#/nope', baseUrl).href, NOT_FOUND);
  const reload = await navigate(context, new URL('#/', baseUrl).href, SCORECARD);
  return [reload.longestTaskMs, notFound.longestTaskMs];
}

/** Item 5: the upload page importing the 300,000-row file, and the app reloading it once saved. */
export async function importFigures(input: ImportBenchInput): Promise<BenchFigure[]> {
  const reloadLongest: number[] = [];
  const notFoundLongest: number[] = [];
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
    longest.push(longestSince(record, clickedAt));
    openingLongest.push(opening.longestTaskMs);
    checked.push(previewAt - clickedAt);
    readBytes.push(bytesMs);
    log(
      `browser import run ${run}/${input.runs}: longest task ${longest.at(-1)?.toFixed(0)} ms (${importTasks.length} long tasks; opening the page ${opening.longestTaskMs.toFixed(0)} ms), checked in ${checked.at(-1)?.toFixed(0)} ms, file.arrayBuffer() ${bytesMs.toFixed(0)} ms`,
    );
    const [reloaded, baseline] = await saveAndReload(context, page, input.baseUrl);
    reloadLongest.push(reloaded);
    notFoundLongest.push(baseline);
    log(
      `browser reload run ${run}/${input.runs}: longest task ${reloaded.toFixed(0)} ms (404 page ${baseline.toFixed(0)} ms)`,
    );
    await context.close();
  }
  return [
    {
      issueItem: 5,
      name: 'Reload of the saved 300,000-figure version: longest main-thread task',
      unit: 'ms',
      runs: reloadLongest,
      baselineName: 'longest task, 404 page',
      baselineRuns: notFoundLongest,
      target: { kind: 'at_most', value: 50 },
      method:
        "After saving the import as a version: PerformanceObserver 'longtask' from navigation to #/ until the scorecard is painted (+500 ms), in a new page of the same context; baseline the 404 page's start in that context.",
    },
    {
      issueItem: 5,
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
      issueItem: 5,
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
