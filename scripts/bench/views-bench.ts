/**
 * Items 1 to 3 of the performance issue, in Chromium against the built app: the time from
 * navigation to a view being painted, as a ratio to the 404 page (the same app, its code and its
 * start-up, no data) measured alternately in the same browser context. Each context holds what the
 * view needs, saved through the upload page as an officer saves it; the sample data is always there.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import type { BenchFigure } from './figures';
import { log, navigate, newContext, NOT_FOUND, SCORECARD, type PaintedWhen } from './page-record';
import { uploadFile, uploadOrStop } from './upload-page';
import { append } from '../../src/domain/lists/append';

export interface ViewsBenchInput {
  browser: Browser;
  baseUrl: string;
  runs: number;
  /** An observations CSV giving the home LA, England, its region and its neighbours ten years of `measureId`. */
  tenYearFile: string;
  measureId: string;
  /** test/fixtures/regional/cla_rate_all_las.csv. */
  allCouncilsFile: string;
  /** test/fixtures/spc/county-durham-monthly-placements.csv, and the measure it gives. */
  spcFile: string;
  spcMeasureId: string;
  /** Every DfE open-data CSV the upload reads (../shared/dfe-open-data); empty when the folder is not there. */
  dfeFiles: readonly string[];
  homeArea: string;
  /** Which views to measure (BENCH_ONLY in main.ts); every view when not given. */
  only?: (view: BenchView) => boolean;
}

/** The views of items 1 to 3 by the names BENCH_ONLY takes. */
export type BenchView = 'scorecard' | 'breakdown' | 'measure' | 'all-council' | 'spc' | 'dfe';

interface ViewTarget {
  issueItem: number;
  name: string;
  path: string;
  awaited: PaintedWhen[];
  /** The target: painted within this many times the 404 page. */
  ratio: number;
  /** Also report the longest task after the first paint, with a 50 ms target. */
  longTaskBudget?: boolean;
}

/** A view painted, against the 404 page in the same browser context, alternating run by run. */
async function navigationFigures(
  context: BrowserContext,
  input: ViewsBenchInput,
  target: ViewTarget,
): Promise<BenchFigure[]> {
  const painted: number[] = [];
  const baseline: number[] = [];
  const longestAfterFirstPaint: number[] = [];
  const baselineLongest: number[] = [];
  const notFoundUrl = new URL('#/nope', input.baseUrl).href;
  const viewUrl = new URL(target.path, input.baseUrl).href;
  // One navigation of each, unmeasured, so the first measured run is not also the browser's first use of the data.
  await navigate(context, notFoundUrl, NOT_FOUND);
  await navigate(context, viewUrl, target.awaited);
  for (let run = 1; run <= input.runs; run += 1) {
    const notFound = await navigate(context, notFoundUrl, NOT_FOUND);
    const view = await navigate(context, viewUrl, target.awaited);
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
      target: { kind: 'ratio_at_most', value: target.ratio },
      method: `From navigation start to the frame after ${target.awaited.map((when) => `${when.min} × ${when.selector}`).join(' and ')} appeared, painted (${target.path}); baseline the same for the 404 route's heading, alternating with it in the same context.`,
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

/** A fresh context with `files` saved, one version each, for the home council. */
async function contextWith(input: ViewsBenchInput, files: readonly { file: string; name: string }[]) {
  const context = await newContext(input.browser);
  const page = await context.newPage();
  for (const { file, name } of files) await uploadOrStop(page, input.baseUrl, file, input.homeArea, name);
  await page.close();
  return context;
}

/**
 * What a council that benchmarks itself holds: every DfE file the upload reads saved as its own
 * version beside the sample. A file the upload refuses (a population table, a metadata list) is
 * left out and named, as an officer would leave it out.
 */
async function dfeContext(input: ViewsBenchInput): Promise<BrowserContext> {
  const context = await newContext(input.browser);
  const page = await context.newPage();
  let saved = 0;
  for (const file of input.dfeFiles) {
    const name = file.split('/').at(-1) ?? file;
    const outcome = await uploadFile(page, input.baseUrl, file, input.homeArea, name);
    if (outcome.saved) saved += 1;
    else log(`bench: ${name} left out, the upload refuses it: ${outcome.reason.split('\n').slice(0, 3).join(' ')}`);
  }
  log(`bench: ${saved} of ${input.dfeFiles.length} DfE files saved`);
  await page.close();
  return context;
}

/** Items 1 to 3: the scorecard, the measure page, the all-council view, a breakdown, SPC, and the first two with every DfE file. */
export async function viewFigures(input: ViewsBenchInput): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const measured = async (context: BrowserContext, target: ViewTarget) => {
    append(figures, await navigationFigures(context, input, target));
  };
  const measurePage = (measureId: string) => `?area=${input.homeArea}#/measures/${measureId}`;
  const wanted = input.only ?? (() => true);

  const sample = await newContext(input.browser);
  if (wanted('scorecard'))
    await measured(sample, {
      issueItem: 1,
      name: 'Scorecard',
      path: '#/',
      awaited: SCORECARD,
      ratio: 1.5,
      longTaskBudget: true,
    });
  if (wanted('breakdown'))
    await measured(sample, {
      issueItem: 2,
      name: 'Breakdown page, placement mix',
      path: '#/breakdowns/cla_placement_types',
      awaited: [{ selector: 'table.breakdown-table tbody tr', min: 5 }],
      ratio: 2,
    });
  await sample.close();

  if (wanted('measure')) {
    const tenYears = await contextWith(input, [{ file: input.tenYearFile, name: 'Ten years of four series' }]);
    await measured(tenYears, {
      issueItem: 2,
      name: 'Measure page, 10 years × 4 series',
      // The period is the last of the ten years, so the chart has the four yearly lines and no quarterly one.
      path: `?period=2020%2F21#/measures/${input.measureId}`,
      awaited: [{ selector: '.chart-box .trend-series', min: 4 }],
      ratio: 2,
    });
    await tenYears.close();
  }

  if (wanted('all-council')) {
    const allCouncils = await contextWith(input, [{ file: input.allCouncilsFile, name: 'Every council, 2020/21' }]);
    await measured(allCouncils, {
      issueItem: 2,
      name: 'All-council view, rank=england',
      path: `?area=${input.homeArea}&rank=england#/measures/cla_rate`,
      awaited: [
        // A bar and a row per council with a figure that year (150 for 2020/21), and the table's headings.
        { selector: '.comparison-chart-box .comparison-bar', min: 148 },
        { selector: 'table.comparison-table tr', min: 150 },
      ],
      ratio: 2,
    });
    await allCouncils.close();
  }

  if (wanted('spc')) {
    const spc = await contextWith(input, [{ file: input.spcFile, name: 'Monthly placements' }]);
    await measured(spc, {
      issueItem: 2,
      name: 'SPC view, 24 months',
      path: `?area=${input.homeArea}&view=spc#/measures/${input.spcMeasureId}`,
      awaited: [{ selector: 'table.spc-table tbody tr', min: 24 }],
      ratio: 2,
    });
    await spc.close();
  }

  if (!wanted('dfe')) return figures;
  if (input.dfeFiles.length === 0) {
    log('bench: ../shared/dfe-open-data is not here, so item 3 (every DfE file) is left out');
    return figures;
  }
  const dfe = await dfeContext(input);
  await measured(dfe, {
    issueItem: 3,
    name: 'Scorecard, every DfE file',
    path: '#/',
    awaited: SCORECARD,
    ratio: 1.5,
    longTaskBudget: true,
  });
  await measured(dfe, {
    issueItem: 3,
    name: 'Measure page, every DfE file',
    path: measurePage('cla_rate'),
    awaited: [{ selector: '.chart-box .trend-series', min: 3 }],
    ratio: 2,
  });
  await dfe.close();
  return figures;
}
