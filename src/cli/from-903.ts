/**
 * `scorecard from-903`: the council's own SSDA903 return (one CSV or .xlsx per table) to the
 * scorecard's figures, on the command line. It prints only aggregates: child-level records stay in
 * this process's memory and are never written anywhere.
 */
import { countOf } from '../domain/text/plural';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { observationsToCsv } from '../adapters/export';
import { loadPopulation, POPULATION_FILE } from '../adapters/load-dataset';
import { readUpload } from '../adapters/read-upload';
import type { BreakdownFigure } from '../domain/breakdowns/breakdown-figure';
import type { Observation } from '../domain/observations/observation';
import { toStoredRow } from '../domain/observations/stored-rows';
import type { Problem, SourceTable } from '../domain/readers/result';
import { availabilityOf, figuresAt, prepare903, type Prepared903 } from '../domain/ssda903/compute';
import { parseIsoDate } from '../domain/ssda903/days';
import type { PopulationTable } from '../domain/ssda903/population';
import { readReturn } from '../domain/ssda903/read-tables';
import { figuresSeries } from '../domain/ssda903/series';
import { recogniseHeader } from '../domain/ssda903/tables';
import { append } from '../domain/lists/append';
import { uploadSizeProblems } from '../adapters/decode';
import { readFileWithin, readFromFolder } from './read-file';

const USAGE = `Usage:
  scorecard from-903 <file>... --area CODE --as-at YYYY-MM-DD [--json] [--series] [--data DIR]

The files are the council's SSDA903 tables as it exports them, one CSV (or .xlsx) per table, each
recognised by its header: header, episodes, uasc, ad1, missing, oc2, oc3 and the rest. Several
years' returns can be given together; OC2 and OC3 take their year from the file name
(oc2_2021-22.csv). A CSV with the columns postcode,easting,northing is read as the postcode lookup
that gives placement distance.

--area names the council (an ONS code such as E06000047), whose population (data/population-0-17.csv)
gives the rates per 10,000. --as-at is the date of the figures: 31 March gives the year, a quarter
end the quarter. The figures are printed as an observations CSV (docs/data-format.md); --json prints
them with the breakdowns, what could not be computed and the data-quality problems; --series adds
the figures at every month end over the span of the return.`;

const DEFAULT_DATA_DIR = path.resolve(import.meta.dirname, '../../data');
const LA_CODE = /^E(06|07|08|09|10)\d{6}$/;

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Reads each file as the upload page does (CSV in any of Excel's encodings, or .xlsx); problems say which file. */
async function readTables(files: readonly string[], problems: Problem[]): Promise<SourceTable[]> {
  const tables: SourceTable[] = [];
  for (const file of files) {
    const bytes = await readFileWithin(file, uploadSizeProblems);
    if ('problems' in bytes) {
      append(problems, bytes.problems);
      continue;
    }
    const read = await readUpload(bytes.bytes, path.basename(file));
    append(problems, read.problems);
    if (read.value) tables.push(read.value);
  }
  return tables;
}

/** The data folder's population table, read as the app reads it (loadPopulation); without it no rate is given. */
async function readPopulationFile(dataDir: string, io: Output): Promise<PopulationTable | null> {
  const read = await loadPopulation(readFromFolder(dataDir));
  for (const problem of read.problems) io.err(`Warning: ${problem.message}`);
  if (!read.value) io.err(`Warning: without ${path.join(dataDir, POPULATION_FILE)} no rate per 10,000 is given.`);
  return read.value;
}

function formatProblem(problem: Problem): string {
  return `${problem.severity === 'error' ? 'Error' : 'Warning'}: ${problem.message}`;
}

/** A figure as the data contract's columns (measure, area, period, value, numerator, denominator, status, note). */
function observationJson(observation: Observation) {
  const { sourceFile: _file, sourceRow: _row, sourcePublisher: _publisher, ...figure } = toStoredRow(observation);
  return figure;
}

function breakdownJson(figure: BreakdownFigure) {
  return {
    breakdown: figure.breakdownId,
    area: figure.areaCode,
    period: figure.period.label,
    categories: figure.categories,
    count: figure.count,
    percent: figure.percent,
    total: figure.total,
    status: figure.status,
    note: figure.note,
  };
}

/** Reading problems and the first findings of each data-quality rule, with no child identifier. */
function problemsJson(readProblems: readonly Problem[], prepared: Prepared903) {
  return [
    ...readProblems.map((problem) => ({
      rule: problem.rule,
      severity: problem.severity,
      table: null,
      row: problem.row ?? null,
      message: problem.message,
    })),
    ...prepared.quality.results.flatMap(({ rule, first }) =>
      first.map((finding) => ({
        rule: rule.id,
        severity: 'warning',
        table: finding.table,
        file: finding.file,
        row: finding.row,
        message: finding.message,
      })),
    ),
  ];
}

/** Reads and checks the files; null (with the reasons printed) when they cannot be used. */
async function prepareFiles(
  files: readonly string[],
  io: Output,
): Promise<{ prepared: Prepared903; problems: Problem[] } | null> {
  const problems: Problem[] = [];
  const tables = await readTables(files, problems);
  const read = readReturn(tables.map((table) => ({ table })));
  append(problems, read.problems);
  if (problems.some((problem) => problem.severity === 'error')) {
    problems.forEach((problem) => io.err(formatProblem(problem)));
    io.err('Nothing was computed: correct the files above and run the command again.');
    return null;
  }
  return { prepared: prepare903(read.value), problems };
}

export async function from903(
  argv: readonly string[],
  io: Output = { out: (line) => console.log(line), err: (line) => console.error(line) },
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        area: { type: 'string' },
        'as-at': { type: 'string' },
        json: { type: 'boolean', default: false },
        series: { type: 'boolean', default: false },
        data: { type: 'string', default: DEFAULT_DATA_DIR },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (files.length === 0 || !values.area || !values['as-at']) {
    io.err(USAGE);
    return 2;
  }
  if (!LA_CODE.test(values.area)) {
    io.err(`--area ${values.area} is not a local authority code. Use an ONS code such as E06000047.`);
    return 2;
  }
  const asAt = parseIsoDate(values['as-at']);
  if (asAt === null) {
    io.err(`--as-at ${values['as-at']} is not a date. Write it as YYYY-MM-DD, e.g. 2022-03-31.`);
    return 2;
  }
  const ready = await prepareFiles(files, io);
  if (!ready) return 1;
  const { prepared, problems } = ready;
  const population = await readPopulationFile(path.resolve(values.data), io);
  if (population && !population.byArea.has(values.area)) {
    io.err(`Warning: the population table has no estimate for ${values.area}, so no rate per 10,000 is given.`);
  }
  const options = { areaCode: values.area, population };
  const figures = figuresAt(prepared, asAt, options);
  const series = values.series ? figuresSeries(prepared, { ...options, step: 'month', to: asAt }) : null;
  problems.forEach((problem) => io.err(formatProblem(problem)));
  const broken = prepared.quality.results.filter((result) => result.records > 0);
  if (broken.length > 0) {
    io.err(
      `Data quality: ${broken.length} of the ${prepared.quality.results.length} checks found records to correct (${broken.map((result) => `rule ${result.rule.number}: ${result.records}`).join(', ')}). Run \`scorecard validate\` on the files for the rows.`,
    );
  }

  if (values.json) {
    io.out(
      JSON.stringify(
        {
          area: values.area,
          asAt: values['as-at'],
          period: figures.asAt.period.label,
          observations: figures.observations.map(observationJson),
          breakdowns: figures.breakdowns.map(breakdownJson),
          availability: availabilityOf(prepared, options).filter((entry) => !entry.computable),
          quality: prepared.quality.results.map(({ rule, records }) => ({
            rule: rule.id,
            number: rule.number,
            title: rule.title,
            codes: rule.codes,
            records,
          })),
          problems: problemsJson(problems, prepared),
          ...(series ? { series: series.observations.map(observationJson) } : {}),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const csv = observationsToCsv([...figures.observations, ...(series?.observations ?? [])]);
  for (const line of csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(0, -1))
    io.out(line);
  return 0;
}

/**
 * `scorecard validate` for 903 files: null when the files are not 903 tables (the ordinary
 * validation runs); otherwise every reading problem and each data-quality rule with its count and
 * first rows, and 1 when a file could not be read as a table.
 */
export async function validate903(files: readonly string[], io: Output): Promise<number | null> {
  const problems: Problem[] = [];
  const tables = await readTables(files, []);
  if (tables.length === 0 || tables.length < files.length) return null;
  if (tables.some((table) => recogniseHeader(table.header).kind === 'unknown')) return null;
  const ready = await prepareFiles(files, io);
  if (!ready) return 1;
  append(problems, ready.problems);
  problems.forEach((problem) => io.out(formatProblem(problem)));
  let findings = 0;
  for (const { rule, records, first } of ready.prepared.quality.results) {
    if (records === 0) continue;
    findings += records;
    io.out(`Rule ${rule.number} (${rule.codes}) ${rule.title}: ${countOf(records, 'record')}.`);
    for (const finding of first) io.out(`  ${finding.file}: ${finding.message}`);
  }
  io.out(
    `${files.join(', ')}: read as a 903 return with episodes for ${ready.prepared.index.children.length} children; ${findings === 0 ? 'no data-quality problems' : `${countOf(findings, 'record')} to check`}.`,
  );
  return 0;
}
