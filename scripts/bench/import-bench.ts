/**
 * Item 4 of the performance issue, in node: a generated 300,000-row DfE file through the app's
 * whole import path (readUpload → readImport → ObservationIndex, as the upload worker runs it)
 * against a plain line-and-comma split of the same text and against papaparse alone, and the heap
 * the import's result keeps. Run with --expose-gc (scripts/bench/main.ts does); prints its figures
 * as JSON on stdout for main.ts, and a line per run on stderr.
 */
import Papa from 'papaparse';
import { readUpload } from '../../src/adapters/read-upload';
import { readImport, type ImportedFile } from '../../src/domain/readers/read-import';
import type { ParseResult } from '../../src/domain/readers/result';
import { ObservationIndex } from '../../src/domain/observations/series';
import { todayIso } from '../../src/domain/text/dates';
import { loadSampleDataset } from '../../test/unit/sample-dataset';
import { generateDfeFile, type GeneratedArea } from './dfe-file';
import type { BenchFigure } from './figures';

const ROWS = 300_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FILE_NAME = 'cla_number_and_rate_per_10k_children_generated.csv';
const MEGABYTE = 1024 * 1024;

const collectGarbage = (globalThis as { gc?: () => void }).gc;
if (!collectGarbage) throw new Error('Run the import benchmark with node --expose-gc (npm run bench does).');
const gc: () => void = collectGarbage;

const dataset = loadSampleDataset();
if (!dataset.dfeMeasureMap) throw new Error('data/manifest.json names no DfE measure map');
const dfeMeasureMap = dataset.dfeMeasureMap;
// England, the nine regions and every LA, in areas.csv's order (England first).
const areas = dataset.areas.areas.filter(
  (area): area is GeneratedArea & typeof area => area.type !== 'stat_neighbours',
);
const text = generateDfeFile(ROWS, areas);
const bytes = new TextEncoder().encode(text);

/** What the UI reads after an import: the figures and their index (the report's problems too). */
interface Imported {
  file: ParseResult<ImportedFile>;
  index: ObservationIndex;
}

/** The app's whole import path, as import-pipeline.ts runs it in the upload worker (less the diff with the figures held). */
async function importFile(): Promise<Imported> {
  const upload = await readUpload(bytes, FILE_NAME);
  if (!upload.value) throw new Error(`the generated file was refused: ${upload.problems[0]?.message ?? ''}`);
  const file = readImport(upload.value, {
    measures: dataset.measuresById,
    areas: dataset.areas,
    today: todayIso(),
    dfeMeasureMap,
  });
  return { file, index: new ObservationIndex(file.value.observations) };
}

/** The least any reader must do: cut the text into lines and the lines into cells. Returns the cell count so the work is not optimised away. */
function plainSplit(): number {
  let cells = 0;
  for (const line of text.split('\n')) cells += line.split(',').length;
  return cells;
}

function papaparseAlone(): number {
  return Papa.parse<Record<string, string>>(text, { header: true }).data.length;
}

async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

// A first import, untimed: checks the file gives figures and lets V8 compile the path before timing.
// Only its counts are kept: holding the import itself would carry 40 MB of live heap through the timed runs.
const firstFigureCount = await (async () => {
  const first = await importFile();
  const counts = first.file.value.openDataRows;
  const errors = first.file.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0 || !counts || first.file.value.observations.length === 0) {
    throw new Error(`the generated file did not import cleanly: ${errors[0]?.message ?? 'no figures'}`);
  }
  process.stderr.write(
    `import: ${ROWS.toLocaleString('en-GB')} rows, ${(bytes.length / MEGABYTE).toFixed(1)} MB; ${first.file.value.observations.length.toLocaleString('en-GB')} figures ` +
      `(${counts.usedRows} rows used, ${counts.unmatchedRows} unmatched, ${counts.rejectedRows} rejected), ${first.file.problems.length} warnings\n`,
  );
  return first.file.value.observations.length;
})();

const whole: number[] = [];
const split: number[] = [];
const papaparse: number[] = [];
const kept: number[] = [];
let held: Imported | null = null;

for (let run = 1; run <= RUNS; run += 1) {
  // The three are interleaved, so a slower moment of a shared machine falls on all of them alike.
  held = null;
  gc();
  split.push(await timed(plainSplit));
  gc();
  papaparse.push(await timed(papaparseAlone));
  gc();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  held = await importFile();
  whole.push(performance.now() - started);
  gc();
  // The text and bytes are alive before and after, so the difference is what the result keeps.
  kept.push((process.memoryUsage().heapUsed - before) / MEGABYTE);
  process.stderr.write(
    `import run ${run}/${RUNS}: whole path ${whole.at(-1)?.toFixed(0)} ms, split ${split.at(-1)?.toFixed(0)} ms, papaparse ${papaparse.at(-1)?.toFixed(0)} ms, kept ${kept.at(-1)?.toFixed(1)} MB\n`,
  );
}
if (!held || held.index.areaCodes().length === 0) throw new Error('the import indexed no area');

const fileMegabytes = bytes.length / MEGABYTE;
const splitName = 'plain split (lines, commas)';
const figures: BenchFigure[] = [
  {
    issueItem: 4,
    name: 'Import, node: whole path',
    unit: 'ms',
    runs: whole,
    baselineName: splitName,
    baselineRuns: split,
    target: { kind: 'ratio_at_most', value: 2.5 },
    method: `readUpload (decode, papaparse, records) → readImport (DfE file through data/dfe-measure-map.csv) → new ObservationIndex, on ${ROWS.toLocaleString('en-GB')} generated rows (${fileMegabytes.toFixed(1)} MB); baseline text.split('\\n') then line.split(',') of the same text.`,
  },
  {
    issueItem: 4,
    name: 'Import, node: papaparse alone',
    unit: 'ms',
    runs: papaparse,
    baselineName: splitName,
    baselineRuns: split,
    target: null,
    method: "Papa.parse(text, { header: true }) of the same text: what the parser costs before the app's checks.",
  },
  {
    issueItem: 4,
    name: 'Import, node: memory kept',
    unit: 'MB',
    runs: kept,
    baselineName: 'the file’s size',
    baselineRuns: kept.map(() => fileMegabytes),
    target: { kind: 'ratio_at_most', value: 1.5 },
    method:
      'heapUsed after the import minus before it, each after global.gc(), holding the import result (figures, problems, counts) and its ObservationIndex.',
  },
];
process.stdout.write(
  `${JSON.stringify({ figures, file: { rows: ROWS, bytes: bytes.length, observations: firstFigureCount } })}\n`,
);
