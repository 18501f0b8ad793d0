/**
 * Times the 903 engine once on a large council's five-year extract (issue 16): the synthetic
 * generator's 4,000 children (about 25,000 episodes and the other tables), read from CSV text as the
 * upload worker would, then figures at 20 quarter ends and a 60-month series. It prints the times and
 * asserts nothing: wall-clock budgets belong to `npm run bench` (docs/performance.md), and this is a
 * one-off check that the engine suits a web worker. Usage: node --import tsx scripts/time-903.ts
 */
import { performance } from 'node:perf_hooks';
import { readCsvText } from '../src/adapters/csv';
import { figuresAt, prepare903 } from '../src/domain/ssda903/compute';
import { dayFromCivil } from '../src/domain/ssda903/days';
import { readReturn } from '../src/domain/ssda903/read-tables';
import { figuresSeries, seriesDates } from '../src/domain/ssda903/series';
import { generateReturn } from '../test/ssda903/generate';

function timed<T>(label: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  process.stdout.write(`${label.padEnd(52)} ${(performance.now() - start).toFixed(0).padStart(6)} ms\n`);
  return result;
}

const generated = timed('generate (not part of the engine)', () =>
  generateReturn({ seed: 16, children: 4000, years: 5, lastYear: 2024 }),
);
const bytes = generated.files.reduce((total, file) => total + file.text.length, 0);
process.stdout.write(
  `${generated.children} children, ${generated.episodes} episodes, ${generated.files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB of CSV\n`,
);
const tables = timed('read CSV text (papaparse)', () =>
  generated.files.map((file) => readCsvText(file.name, file.text).value),
);
const read = timed('recognise and merge the tables', () => readReturn(tables.map((table) => ({ table }))));
const prepared = timed('index episodes and periods, data-quality checks', () => prepare903(read.value));
const quarterEnds = seriesDates(dayFromCivil(2019, 4, 1), dayFromCivil(2024, 3, 31), 'quarter');
const options = { areaCode: 'E06000047', population: null };
timed(`figures and breakdowns at ${quarterEnds.length} quarter ends`, () => {
  for (const day of quarterEnds) figuresAt(prepared, day, options);
});
const series = timed('monthly series over the span', () => figuresSeries(prepared, { ...options, step: 'month' }));
process.stdout.write(`${series.dates.length} month ends, ${series.observations.length} observations\n`);
