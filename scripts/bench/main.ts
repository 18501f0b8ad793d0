/**
 * `npm run bench`: builds the app when dist/ is missing or older than its sources, runs the node
 * import benchmark (item 4 of the performance issue; a child process, for --expose-gc) and the
 * browser benchmarks (items 1 to 3: views-bench.ts; 5: browser-bench.ts; 6: the 903 return page,
 * return903-bench.ts), prints one table
 * of every figure beside its baseline, and writes the figures with every run to
 * bench-results/results.json. BENCH_RUNS (default 5) sets the runs per figure; BENCH_ONLY (a
 * comma-separated list of BENCH_PARTS) measures only those parts, for working on one view.
 * Wall-clock budgets live here, never in tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { todayIso } from '../../src/domain/text/dates';
import { loadSampleDataset } from '../../test/unit/sample-dataset';
import { launchBrowser } from '../../test/browser/chromium';
import { serveDist } from '../../test/browser/static-server';
import { importFigures as browserImportFigures, tenYearObservations } from './browser-bench';
import { viewFigures } from './views-bench';
import { generateDfeFile, type GeneratedArea } from './dfe-file';
import { formatTable, summarise, type BenchFigure } from './figures';
import { return903Figures, writeLargeReturn } from './return903-bench';
import { append } from '../../src/domain/lists/append';
import { largest } from '../../src/domain/lists/extent';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RESULTS = path.join(ROOT, 'bench-results', 'results.json');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROWS = 300_000;
const SOURCES = ['src', 'data', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

/** The parts BENCH_ONLY can name: item 4, the views of items 1 to 3 (views-bench.ts), item 5 and item 6. */
const BENCH_PARTS = [
  'import',
  'scorecard',
  'breakdown',
  'measure',
  'all-council',
  'spc',
  'dfe',
  'browser-import',
  'return903',
] as const;
type BenchPart = (typeof BENCH_PARTS)[number];

function chosenParts(): (part: BenchPart) => boolean {
  const only = process.env.BENCH_ONLY?.split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (!only || only.length === 0) return () => true;
  const unknown = only.filter((name) => !(BENCH_PARTS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`BENCH_ONLY names no such part: ${unknown.join(', ')} (parts: ${BENCH_PARTS.join(', ')})`);
  return (part) => only.includes(part);
}

function newestChange(file: string): number {
  const info = statSync(file);
  if (!info.isDirectory()) return info.mtimeMs;
  return largest(
    readdirSync(file).map((name) => newestChange(path.join(file, name))),
    info.mtimeMs,
  );
}

/**
 * Every DfE open-data CSV beside the repository (../shared/dfe-open-data, PROVENANCE.md there; or
 * the folder BENCH_DFE_DIR names, for a checkout elsewhere), for item 3; none on a machine without
 * that folder, and item 3 is then left out and said.
 */
function sharedDfeFiles(): string[] {
  const folder = path.resolve(ROOT, process.env.BENCH_DFE_DIR ?? '../shared/dfe-open-data');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => path.join(folder, name));
}

function buildIfNeeded(): void {
  const index = path.join(ROOT, 'dist', 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const changed = largest(
    SOURCES.map((name) => path.join(ROOT, name))
      .filter(existsSync)
      .map(newestChange),
  );
  if (built >= changed) {
    console.error('bench: using the existing build (dist/ is newer than the sources).');
    return;
  }
  console.error('bench: building the app (vite build)…');
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

function nodeImportFigures(): BenchFigure[] {
  console.error('bench: import in node (item 4)…');
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join(import.meta.dirname, 'import-bench.ts')],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      env: { ...process.env, BENCH_RUNS: String(RUNS) },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (result.status !== 0) throw new Error(`the import benchmark failed (exit status ${String(result.status)})`);
  const parsed = JSON.parse(result.stdout) as { figures: BenchFigure[] };
  return parsed.figures;
}

async function main(): Promise<void> {
  const started = Date.now();
  const wanted = chosenParts();
  buildIfNeeded();
  // BENCH_SKIP_IMPORT=1 leaves out item 4, for working on the browser figures alone.
  const figures = process.env.BENCH_SKIP_IMPORT === '1' || !wanted('import') ? [] : nodeImportFigures();

  console.error('bench: Chromium (items 1 to 3 and 5)…');
  const dataset = loadSampleDataset();
  const home = dataset.areas.find(dataset.manifest.homeArea);
  if (!home) throw new Error('the sample data has no home area');
  const scratch = mkdtempSync(path.join(tmpdir(), 'scorecard-bench-'));
  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    const tenYearFile = path.join(scratch, 'cla-rate-ten-years.csv');
    writeFileSync(tenYearFile, tenYearObservations('cla_rate', home.code, home.regionCode, 'E92000001'));
    if (wanted('browser-import')) {
      const dfeFile = path.join(scratch, 'cla_number_and_rate_per_10k_children_generated.csv');
      const areas = dataset.areas.areas.filter(
        (area): area is GeneratedArea & typeof area => area.type !== 'stat_neighbours',
      );
      writeFileSync(dfeFile, generateDfeFile(ROWS, areas));
      append(figures, await browserImportFigures({ browser, baseUrl: server.baseUrl, runs: RUNS, dfeFile }));
    }
    append(
      figures,
      await viewFigures({
        browser,
        baseUrl: server.baseUrl,
        runs: RUNS,
        tenYearFile,
        measureId: 'cla_rate',
        allCouncilsFile: path.join(ROOT, 'test/fixtures/regional/cla_rate_all_las.csv'),
        spcFile: path.join(ROOT, 'test/fixtures/spc/county-durham-monthly-placements.csv'),
        spcMeasureId: 'cla_3plus_placements',
        dfeFiles: sharedDfeFiles(),
        homeArea: home.code,
        only: wanted,
      }),
    );
    if (wanted('return903')) {
      console.error('bench: Chromium, the 903 return (item 6)…');
      const largeReturn = writeLargeReturn(path.join(scratch, '903-return'));
      append(figures, await return903Figures({ browser, baseUrl: server.baseUrl, runs: RUNS, ...largeReturn }));
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }

  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, node ${process.version}`;
  const minutes = (Date.now() - started) / 60_000;
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(
    RESULTS,
    `${JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, minutes, figures: figures.map((figure) => ({ ...figure, ...summarise(figure) })) }, null, 2)}\n`,
  );
  console.log(`\nBenchmarks, ${todayIso()}, ${machine}; medians of ${RUNS} runs\n`);
  console.log(formatTable(figures));
  console.log(`\nEvery run: ${path.relative(ROOT, RESULTS)}. Took ${minutes.toFixed(1)} minutes.`);
}

await main();
