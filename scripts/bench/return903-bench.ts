/**
 * Figure 6 (issue 16), in Chromium against the built app: a large council's five-year 903 return
 * (the generator's 4,000 children, about 26,000 episodes and the other tables) chosen on
 * `#/903-return` and worked out in the page's worker, every measure at 20 quarter ends and 60 month
 * ends. The time from the click on "Work out the figures" to the report's heading, as a ratio to
 * the page reading the same files' text, and the longest main-thread task meanwhile.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generateReturn } from '../../test/ssda903/generate';
import type { BenchFigure } from './figures';

interface LongTasks {
  tasks: { start: number; duration: number }[];
}

/** Runs in the page before the app: every long task from navigation on. */
function recordLongTasks(): void {
  const record: LongTasks = { tasks: [] };
  (window as unknown as { __longTasks: LongTasks }).__longTasks = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

const longestSince = (page: Page, since: number) =>
  page.evaluate(
    (from) =>
      // Runs in the page, where the lists module is not loaded: a fold, not a spread.
      (window as unknown as { __longTasks: LongTasks }).__longTasks.tasks
        .filter((task) => task.start >= from)
        .reduce((most, task) => Math.max(most, task.duration), 0),
    since,
  );

/** Writes the generated return to `folder`, one CSV per table; returns the paths and a line about it. */
export function writeLargeReturn(folder: string): { files: string[]; description: string } {
  const generated = generateReturn({ seed: 16, children: 4000, years: 5, lastYear: 2024 });
  mkdirSync(folder, { recursive: true });
  const files = generated.files.map((file) => {
    const where = path.join(folder, file.name);
    writeFileSync(where, file.text);
    return where;
  });
  const megabytes = generated.files.reduce((total, file) => total + file.text.length, 0) / 1024 / 1024;
  return {
    files,
    description: `${generated.children.toLocaleString('en-GB')} children, ${generated.episodes.toLocaleString('en-GB')} episodes, ${files.length} files, ${megabytes.toFixed(1)} MB`,
  };
}

export async function return903Figures(input: {
  browser: Browser;
  baseUrl: string;
  runs: number;
  files: string[];
  description: string;
}): Promise<BenchFigure[]> {
  const workedOut: number[] = [];
  const readText: number[] = [];
  const longest: number[] = [];
  const openingLongest: number[] = [];
  for (let run = 1; run <= input.runs; run += 1) {
    const context = await input.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    // tsx compiles with esbuild's keepNames, which wraps named functions in __name(): the page has none.
    await page.addInitScript({ content: `var __name = (target) => target;\n(${recordLongTasks.toString()})()` });
    await page.goto(new URL('#/903-return', input.baseUrl).href);
    await page.getByRole('heading', { level: 1, name: 'Figures from the 903 return' }).waitFor();
    openingLongest.push(await longestSince(page, 0));
    await page.getByLabel('Choose the files of the return').setInputFiles(input.files);
    await page.getByRole('textbox', { name: 'Date of the figures' }).fill('31/03/2024');
    // The baseline: the page reading the same files' text, the least any reading of them costs.
    readText.push(
      await page.evaluate(async () => {
        const chosen = [...(document.querySelector<HTMLInputElement>('input[type="file"]')?.files ?? [])];
        const started = performance.now();
        await Promise.all(chosen.map((file) => file.text()));
        return performance.now() - started;
      }),
    );
    const clickedAt = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Work out the figures' }).click();
    await page.getByRole('heading', { name: 'Check the figures before saving' }).waitFor({ timeout: 240_000 });
    workedOut.push((await page.evaluate(() => performance.now())) - clickedAt);
    // Long tasks are reported a little after they end.
    await page.waitForTimeout(500);
    longest.push(await longestSince(page, clickedAt));
    process.stderr.write(
      `903 return run ${run}/${input.runs}: worked out in ${workedOut.at(-1)?.toFixed(0)} ms (files' text ${readText.at(-1)?.toFixed(0)} ms), longest task ${longest.at(-1)?.toFixed(0)} ms\n`,
    );
    await context.close();
  }
  return [
    {
      issueItem: 6,
      name: '903 return, browser: files to figures',
      unit: 'ms',
      runs: workedOut,
      baselineName: "reading the files' text",
      baselineRuns: readText,
      target: null,
      method: `performance.now() in the page from the click on Work out the figures to the report's heading, for a generated return (${input.description}) at 31/03/2024: reading, data quality, every measure at 20 quarter ends and 60 month ends, breakdowns, preview; baseline: await Promise.all(files.map((file) => file.text())) on the same chosen Files.`,
    },
    {
      issueItem: 6,
      name: '903 return, browser: longest main-thread task',
      unit: 'ms',
      runs: longest,
      baselineName: 'longest task opening #/903-return',
      baselineRuns: openingLongest,
      target: { kind: 'at_most', value: 50 },
      method:
        "PerformanceObserver 'longtask' from the click on Work out the figures until the report's heading is shown (+500 ms); baseline: the longest task from navigation to the page's heading, in the same page.",
    },
  ];
}
