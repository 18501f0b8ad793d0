import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCsvText } from '../adapters/csv';
import { assembleDataset, readManifest, type Manifest } from '../domain/dataset';
import { DIRECTION_LABEL, RATING_LABEL, formatFigure } from '../domain/format';
import { parsePeriod } from '../domain/period';
import { scorecardReport } from '../domain/report';
import { hasErrors, type Problem, type SourceTable } from '../domain/result';
import { buildScorecard, scorecardPeriods, type Scorecard } from '../domain/scorecard';

const USAGE = `Usage:
  scorecard report [<observations.csv>...] [--area CODE] [--period PERIOD] [--json] [--data DIR]
  scorecard validate <observations.csv> [--data DIR]

The measure catalogue and the areas are read from the data folder (default: the app's data/).
With no files, report reads the observations the data folder's manifest.json lists.`;

const DEFAULT_DATA_DIR = path.resolve(import.meta.dirname, '../../data');

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Reads a CSV file; null when it cannot be read as CSV at all, with the reason already in `problems`. */
async function readTable(file: string, problems: Problem[]): Promise<SourceTable | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    problems.push({ severity: 'error', rule: 'missing_file', message: `${file} cannot be read. Check the path.` });
    return null;
  }
  const read = readCsvText(path.basename(file), text);
  problems.push(...read.problems);
  // A file that is not comma-separated would only add "missing column" noise below the real reason.
  return read.problems.some((problem) => problem.rule === 'wrong_delimiter' || problem.rule === 'empty_file') ? null : read.value;
}

async function loadDataset(dataDir: string, files: readonly string[], problems: Problem[]) {
  let manifest: Manifest | null = null;
  try {
    manifest = readManifest(JSON.parse(await readFile(path.join(dataDir, 'manifest.json'), 'utf8'))).value;
  } catch {
    manifest = null;
  }
  const observationFiles = files.length > 0 ? files : (manifest?.observations ?? []).map((file) => path.join(dataDir, file));
  const [keyQuestions, measures, areas, ...observations] = await Promise.all(
    [path.join(dataDir, 'key-questions.csv'), path.join(dataDir, 'measures.csv'), path.join(dataDir, 'areas.csv'), ...observationFiles].map((file) => readTable(file, problems)),
  );
  if (!keyQuestions || !measures || !areas) return null;
  const readable = observations.filter((table): table is SourceTable => table !== null);
  const dataset = assembleDataset({ manifest: manifest ?? { title: '', homeArea: '', defaultPeriod: '', observations: [], source: '' }, keyQuestions, measures, areas, observations: readable });
  problems.push(...dataset.problems);
  return dataset.value;
}

function formatProblem(problem: Problem): string {
  return `${problem.severity === 'error' ? 'Error' : 'Warning'}: ${problem.message}`;
}

function printScorecard(scorecard: Scorecard, io: Output): void {
  const comparatorHeadings = scorecard.comparatorAreas.map((comparator) => comparator.area.name.replace(/^Statistical neighbours of .*/, 'Stat neighbours'));
  const header = ['Measure', 'Latest', 'Previous', 'Direction', ...comparatorHeadings];
  const lines: string[][] = [];
  for (const section of scorecard.sections) {
    for (const row of section.rows) {
      const latest = row.latest ? `${formatFigure(row.measure, row.latest)} ${row.latest.period.label}` : row.laterStatus ? formatFigure(row.measure, row.laterStatus) : '-';
      const previous = row.previous ? `${formatFigure(row.measure, row.previous)} ${row.previous.period.label}` : '-';
      const comparators = row.comparators.map((comparator) => {
        if (!comparator.observation) return '-';
        const value = formatFigure(row.measure, comparator.observation);
        return comparator.rating === 'not_rated' ? `${value} (${comparator.observation.period.label})` : `${value} (${comparator.observation.period.label}) ${RATING_LABEL[comparator.rating]}`;
      });
      lines.push([row.measure.shortTitle, latest, previous, row.direction ? DIRECTION_LABEL[row.direction] : '-', ...comparators]);
    }
  }
  const widths = header.map((heading, column) => Math.max(heading.length, ...lines.map((line) => (line[column] ?? '').length)));
  const render = (cells: readonly string[]) => cells.map((text, column) => text.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  io.out(`${scorecard.area.name} (${scorecard.area.code}): performance scorecard at ${scorecard.period.label}`);
  io.out(render(header));
  io.out(render(widths.map((width) => '-'.repeat(width))));
  for (const line of lines) io.out(render(line));
}

/** The LA to report on without --area: the only one in the files, or the data folder's home LA when reading its own files. */
function defaultArea(localAuthorities: readonly string[], homeArea: string): string | undefined {
  if (localAuthorities.length === 1) return localAuthorities[0];
  return localAuthorities.includes(homeArea) ? homeArea : undefined;
}

async function report(files: readonly string[], options: { area?: string; period?: string; json: boolean; data: string }, io: Output): Promise<number> {
  const problems: Problem[] = [];
  const dataset = await loadDataset(options.data, files, problems);
  if (!dataset || hasErrors(problems)) {
    problems.forEach((problem) => io.err(formatProblem(problem)));
    io.err('The scorecard was not produced because the files have errors. Run `scorecard validate <file>` for the full report.');
    return 1;
  }
  const localAuthorities = dataset.index.areaCodes().filter((code) => dataset.areas.find(code)?.type === 'local_authority');
  const areaCode = options.area ?? defaultArea(localAuthorities, files.length === 0 ? dataset.manifest.homeArea : '');
  if (!areaCode) {
    io.err(`The files hold figures for ${localAuthorities.length === 0 ? 'no local authority' : `several local authorities (${localAuthorities.join(', ')})`}. Say which with --area CODE.`);
    return 2;
  }
  const area = dataset.areas.find(areaCode);
  if (!area) {
    io.err(`--area ${areaCode} is not a known area code. Use an ONS code such as E06000047.`);
    return 2;
  }
  let period = scorecardPeriods(dataset.index, area.code)[0];
  if (options.period) {
    const parsed = parsePeriod(options.period);
    if (!parsed.ok) {
      io.err(`--period: ${parsed.reason}.`);
      return 2;
    }
    period = parsed.period;
  }
  if (!period) {
    io.err(`There are no figures for ${area.name} (${area.code}) in the files.`);
    return 1;
  }
  const scorecard = buildScorecard({ catalogue: dataset.catalogue, areas: dataset.areas, index: dataset.index, area, period });
  problems.forEach((problem) => io.err(formatProblem(problem)));
  if (options.json) io.out(JSON.stringify(scorecardReport(scorecard), null, 2));
  else printScorecard(scorecard, io);
  return 0;
}

async function validate(files: readonly string[], data: string, io: Output): Promise<number> {
  if (files.length === 0) {
    io.err(USAGE);
    return 2;
  }
  const problems: Problem[] = [];
  const dataset = await loadDataset(data, files, problems);
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  problems.forEach((problem) => io.out(formatProblem(problem)));
  if (errors.length > 0) {
    io.out(`There is a problem with the file: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}. Nothing was loaded.`);
    return 1;
  }
  io.out(`${files.join(', ')}: ${dataset?.observations.length ?? 0} observations, no errors, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}.`);
  return 0;
}

export async function main(argv: readonly string[], io: Output = { out: (line) => console.log(line), err: (line) => console.error(line) }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        area: { type: 'string' },
        period: { type: 'string' },
        json: { type: 'boolean', default: false },
        data: { type: 'string', default: DEFAULT_DATA_DIR },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...files] = parsed.positionals;
  const { values } = parsed;
  if (values.help || !command) {
    io.out(USAGE);
    return values.help ? 0 : 2;
  }
  const data = path.resolve(values.data);
  if (command === 'report') return report(files, { area: values.area, period: values.period, json: values.json, data }, io);
  if (command === 'validate') return validate(files, data, io);
  io.err(`Unknown command '${command}'.\n\n${USAGE}`);
  return 2;
}
