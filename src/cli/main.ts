import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { uploadSizeProblems } from '../adapters/decode';
import { isDataPackFile, loadDataFolder, readPackObservations, type ReadText } from '../adapters/load-dataset';
import { readUpload } from '../adapters/read-upload';
import { areaCode as toAreaCode } from '../domain/areas/area-code';
import type { StatNeighbourMethod } from '../domain/comparison/neighbours';
import { withBreakdowns, withObservations, type Dataset } from '../domain/dataset/dataset';
import { headlineFrom } from '../domain/breakdowns/breakdown-checks';
import { applyIncomingBreakdowns } from '../domain/breakdowns/breakdown-diff';
import type { BreakdownFigure } from '../domain/breakdowns/breakdown-figure';
import { BREAKDOWN_USAGE, breakdown } from './breakdown';
import { comparatorName } from '../domain/text/comparators';
import { todayIso } from '../domain/text/dates';
import { DIRECTION_LABEL } from '../domain/text/direction';
import { countOf } from '../domain/text/plural';
import { RATING_LABEL } from '../domain/text/ratings';
import { formatFigure } from '../domain/text/figures';
import { readImport, type ImportContext } from '../domain/readers/read-import';
import type { Observation } from '../domain/observations/observation';
import { combineObservations } from '../domain/observations/merge';
import { periodLabel } from '../domain/periods/period-label';
import { scorecardReport } from '../domain/scorecard/report';
import { hasErrors, type Problem } from '../domain/readers/result';
import { buildScorecard, type Scorecard } from '../domain/scorecard/scorecard';
import { NO_VIEW_CHOICE, neighbourStatisticFrom } from '../domain/view/view-choice';
import { resolveView, type ViewNotice } from '../domain/view/view-context';
import { HOMES_USAGE, homes } from './homes';
import { SPC_USAGE, spc } from './spc';
import { from903, validate903 } from './from-903';

const USAGE = `Usage:
  scorecard report [<file>...] [--area CODE] [--period PERIOD] [--model YEAR] [--statistic mean|median] [--json] [--data DIR]
  scorecard validate <file>... [--area CODE] [--data DIR]
  ${SPC_USAGE}
  ${HOMES_USAGE}
  ${BREAKDOWN_USAGE}
  scorecard from-903 <file>... --area CODE --as-at YYYY-MM-DD [--json] [--series]   (scorecard from-903 --help)

Files are CSV or .xlsx (first sheet), in the observations layout or the scorecard layout
(docs/data-format.md, "Uploads"). A scorecard-layout file does not say which local authority it is
for: --area names it (an ONS code such as E06000001). For report, --area also chooses the LA shown.
The measure catalogue and the areas are read from the data folder (default: the app's data/).
With no files, report reads the observations the data folder's manifest.json lists.

DfE open-data CSVs (Explore Education Statistics format) are read as published: give any LA with
--area to see it against England, its region and its statistical neighbours. Where the files give
no statistical-neighbour figure (area SN:<code>), it is worked out from the neighbours' figures:
--model chooses the DfE model (2021 or 2025, default the newest) and --statistic the mean
(default, as LAIT) or the median (as DfE's children's social care dashboard).`;

const DEFAULT_DATA_DIR = path.resolve(import.meta.dirname, '../../data');

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The data folder's files from disk, for the loader the app uses (loadDataFolder). */
function readFromFolder(folder: string): ReadText {
  return async (file) => {
    try {
      return await readFile(path.join(folder, file), 'utf8');
    } catch (error) {
      const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
      throw new Error(missing ? `no such file in ${folder}` : `it cannot be read from ${folder}`);
    }
  };
}

/**
 * Reads an uploaded file the way the upload page does (readUpload, then readImport): CSV or .xlsx,
 * either layout. A file over the size limit is refused from its size, before it is read into memory.
 */
async function readUploadFile(
  file: string,
  context: ImportContext,
  problems: Problem[],
  breakdowns: BreakdownFigure[],
): Promise<Observation[]> {
  const fileName = path.basename(file);
  if (isDataPackFile(file)) {
    // A data pack exported from Saved versions, read as the app reads one listed in manifest.json.
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      problems.push({ severity: 'error', rule: 'missing_file', message: `${file} cannot be read. Check the path.` });
      return [];
    }
    const pack = readPackObservations(text, fileName, { measuresById: context.measures, areas: context.areas });
    problems.push(...pack.problems);
    return pack.value;
  }
  let bytes: Uint8Array;
  try {
    const tooLarge = uploadSizeProblems((await stat(file)).size, fileName);
    if (tooLarge.length > 0) {
      problems.push(...tooLarge);
      return [];
    }
    bytes = await readFile(file);
  } catch {
    problems.push({ severity: 'error', rule: 'missing_file', message: `${file} cannot be read. Check the path.` });
    return [];
  }
  const upload = await readUpload(bytes, fileName);
  problems.push(...upload.problems);
  if (!upload.value) return [];
  const imported = readImport(upload.value, context);
  problems.push(...imported.problems);
  for (const figure of imported.value.breakdowns ?? []) breakdowns.push(figure);
  return imported.value.observations;
}

interface LoadOptions {
  data: string;
  area: string | undefined;
  today: string;
}

/**
 * Why --area cannot be used, in the view context's words (the same notice a page shows for a link,
 * as an error instead of a fallback), or null when it names a local authority of the folder. A
 * former code is refused too, naming the code that replaced it, so the command never guesses.
 */
function areaRefused(reference: Dataset, area: string): string | null {
  const homeArea = reference.manifest.homeArea || (reference.areas.localAuthorities()[0]?.code ?? '');
  const view = resolveView(
    { ...reference, manifest: { homeArea, defaultPeriod: '' } },
    { ...NO_VIEW_CHOICE, area: toAreaCode(area) },
    'area',
  );
  const notice = view?.notices.find((found) => found.choice === 'area');
  if (view && !notice) return null;
  return notice ? noticeAsError(notice) : `--area ${area}: the data folder has no local authority.`;
}

/** A notice of the view context as the command's error: the option, what is wrong, what to use. */
function noticeAsError(notice: ViewNotice): string {
  return `${OPTION_OF[notice.choice]} ${notice.reason}.${notice.hint ? ` ${notice.hint}` : ''}`;
}

/** What a command works on: the dataset, every problem found reading it, and whether it could be read at all. */
type Loaded = { dataset: Dataset | null; problems: Problem[] } | { usageError: string };

/**
 * The data folder (catalogue, areas, DfE map, neighbour models) read as the app reads it, with every
 * problem in it, and the observations of the files given or, with none, those its manifest lists.
 * An --area that is not a local authority of the folder is a usage mistake, said once before any
 * file is read rather than as a problem in every scorecard-layout file.
 */
async function load(files: readonly string[], options: LoadOptions): Promise<Loaded> {
  const folder = await loadDataFolder(readFromFolder(options.data), { observations: files.length === 0 });
  const problems = [...folder.problems];
  const reference = folder.value;
  if (!reference) return { dataset: null, problems };
  if (options.area !== undefined) {
    const refused = areaRefused(reference, options.area);
    if (refused) return { usageError: refused };
  }
  if (files.length === 0) return { dataset: reference, problems };

  const context: ImportContext = {
    measures: reference.measuresById,
    areas: reference.areas,
    areaCode: options.area,
    today: options.today,
    ...(reference.dfeMeasureMap ? { dfeMeasureMap: reference.dfeMeasureMap } : {}),
    ...(reference.dfeBreakdownMap ? { dfeBreakdownMap: reference.dfeBreakdownMap } : {}),
    breakdownCatalogue: reference.breakdownCatalogue,
    headline: headlineFrom(
      (measureId, areaCode) => reference.index.seriesOf(measureId, areaCode),
      (measureId) => reference.measuresById.get(measureId)?.unit,
    ),
  };
  const perFile: Observation[][] = [];
  const breakdowns: BreakdownFigure[] = [];
  for (const file of files) perFile.push(await readUploadFile(file, context, problems, breakdowns));
  // Each file is already free of repeats; this finds the same figure given by two files.
  const merged = combineObservations(perFile.flat());
  problems.push(...merged.problems);
  const dataset = withObservations(reference, merged.value);
  return { dataset: withBreakdowns(dataset, applyIncomingBreakdowns([], breakdowns)), problems };
}

function formatProblem(problem: Problem): string {
  return `${problem.severity === 'error' ? 'Error' : 'Warning'}: ${problem.message}`;
}

function printScorecard(scorecard: Scorecard, io: Output): void {
  const comparatorHeadings = scorecard.comparatorAreas.map((comparator) => comparatorName(comparator, 'short'));
  const header = ['Measure', 'Latest', 'Previous', 'Direction', ...comparatorHeadings];
  const lines: string[][] = [];
  for (const section of scorecard.sections) {
    for (const row of section.rows) {
      const latest = row.latest
        ? `${formatFigure(row.measure, row.latest)} ${row.latest.period.label}`
        : row.laterStatus
          ? formatFigure(row.measure, row.laterStatus)
          : '-';
      const previous = row.previous ? `${formatFigure(row.measure, row.previous)} ${row.previous.period.label}` : '-';
      const comparators = row.comparators.map((comparator) => {
        if (!comparator.observation) return '-';
        const value = formatFigure(row.measure, comparator.observation);
        return comparator.rating === 'not_rated'
          ? `${value} (${comparator.observation.period.label})`
          : `${value} (${comparator.observation.period.label}) ${RATING_LABEL[comparator.rating]}`;
      });
      lines.push([
        row.measure.shortTitle,
        latest,
        previous,
        row.direction ? DIRECTION_LABEL[row.direction] : '-',
        ...comparators,
      ]);
    }
  }
  const widths = header.map((heading, column) =>
    Math.max(heading.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const render = (cells: readonly string[]) =>
    cells
      .map((text, column) => text.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  io.out(`${scorecard.area.name} (${scorecard.area.code}): performance scorecard at ${scorecard.period.label}`);
  io.out(render(header));
  io.out(render(widths.map((width) => '-'.repeat(width))));
  for (const line of lines) io.out(render(line));
}

/** The option that made each choice, to name it when the choice is refused. */
const OPTION_OF: Readonly<Record<ViewNotice['choice'], string>> = {
  area: '--area',
  period: '--period',
  neighbourModel: '--model',
};

/** The LA to report on without --area: the only one in the files, or the data folder's home LA when reading its own files. */
function defaultArea(localAuthorities: readonly string[], homeArea: string): string | undefined {
  if (localAuthorities.length === 1) return localAuthorities[0];
  return localAuthorities.includes(homeArea) ? homeArea : undefined;
}

async function report(
  files: readonly string[],
  options: LoadOptions & { period?: string; json: boolean; model?: string; statistic: StatNeighbourMethod },
  io: Output,
): Promise<number> {
  const loaded = await load(files, options);
  if ('usageError' in loaded) {
    io.err(loaded.usageError);
    return 2;
  }
  const { dataset, problems } = loaded;
  if (!dataset || hasErrors(problems)) {
    problems.forEach((problem) => io.err(formatProblem(problem)));
    io.err(
      'The scorecard was not produced because the files have errors. Run `scorecard validate <file>` for the full report.',
    );
    return 1;
  }
  const localAuthorities = dataset.index
    .areaCodes()
    .filter((code) => dataset.areas.find(code)?.type === 'local_authority');
  const areaCode = options.area ?? defaultArea(localAuthorities, files.length === 0 ? dataset.manifest.homeArea : '');
  if (!areaCode) {
    io.err(
      `The files hold figures for ${localAuthorities.length === 0 ? 'no local authority' : `several local authorities (${localAuthorities.join(', ')})`}. Say which with --area CODE.`,
    );
    return 2;
  }
  // The same choice as every page of the app makes, but nothing falls back: the command says what is wrong instead.
  const view = resolveView(
    { ...dataset, manifest: { homeArea: areaCode, defaultPeriod: '' } },
    {
      area: toAreaCode(areaCode),
      period: options.period ? periodLabel(options.period) : null,
      neighbourModel: options.model ?? null,
      neighbourStatistic: options.statistic,
      rankScope: 'region',
    },
    'figures',
  );
  const refused = view?.notices ?? [];
  const noFigures = !view || refused.some((notice) => notice.rule === 'area_without_figures');
  if (noFigures || refused.length > 0) {
    if (noFigures) {
      const area = dataset.areas.find(areaCode);
      io.err(`There are no figures for ${area ? `${area.name} (${area.code})` : areaCode} in the files.`);
      return 1;
    }
    for (const notice of refused) io.err(noticeAsError(notice));
    return 2;
  }
  const scorecard = buildScorecard({
    catalogue: dataset.catalogue,
    areas: dataset.areas,
    index: dataset.index,
    area: view.area,
    period: view.period,
    neighbours: view.neighbours,
  });
  problems.forEach((problem) => io.err(formatProblem(problem)));
  if (options.json) io.out(JSON.stringify(scorecardReport(scorecard), null, 2));
  else printScorecard(scorecard, io);
  return 0;
}

async function validate(files: readonly string[], options: LoadOptions, io: Output): Promise<number> {
  if (files.length === 0) {
    io.err(USAGE);
    return 2;
  }
  const ssda903 = await validate903(files, io);
  if (ssda903 !== null) return ssda903;
  const loaded = await load(files, options);
  if ('usageError' in loaded) {
    io.err(loaded.usageError);
    return 2;
  }
  const { dataset, problems } = loaded;
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  problems.forEach((problem) => io.out(formatProblem(problem)));
  if (errors.length > 0) {
    io.out(
      `There is a problem with the file: ${countOf(errors.length, 'error')}, ${countOf(warnings.length, 'warning')}. Nothing was loaded.`,
    );
    return 1;
  }
  const breakdownCount = dataset?.breakdowns.length ?? 0;
  const andBreakdowns = breakdownCount > 0 ? `, ${countOf(breakdownCount, 'breakdown figure')}` : '';
  io.out(
    `${files.join(', ')}: ${dataset?.observations.length ?? 0} observations${andBreakdowns}, no errors, ${countOf(warnings.length, 'warning')}.`,
  );
  return 0;
}

/**
 * Runs the command. `today` (an ISO date) is the date periods are checked against ("a period after
 * today"); tests pass a fixed one.
 */
export async function main(
  argv: readonly string[],
  io: Output = { out: (line) => console.log(line), err: (line) => console.error(line) },
  today: string = todayIso(),
): Promise<number> {
  if (argv[0] === 'from-903') return from903(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        area: { type: 'string' },
        period: { type: 'string' },
        model: { type: 'string' },
        statistic: { type: 'string', default: 'mean' },
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
  if (command === 'spc') return spc(files, values.json, io);
  const options: LoadOptions = { data: path.resolve(values.data), area: values.area, today };
  if (command === 'homes') return homes(files, { ...options, json: values.json }, io, load);
  if (command === 'breakdown')
    return breakdown(files, { ...options, period: values.period, json: values.json }, io, load);
  const statistic = neighbourStatisticFrom(values.statistic);
  if (!statistic) {
    io.err(`--statistic ${values.statistic} is not one of mean or median.`);
    return 2;
  }
  if (command === 'report')
    return report(files, { ...options, period: values.period, json: values.json, model: values.model, statistic }, io);
  if (command === 'validate') return validate(files, options, io);
  io.err(`Unknown command '${command}'.\n\n${USAGE}`);
  return 2;
}
