import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataFolder, loadPopulation } from '../adapters/load-dataset';
import { areaCode as toAreaCode } from '../domain/areas/area-code';
import type { StatNeighbourMethod } from '../domain/comparison/neighbours';
import { withBreakdowns, withObservations, type Dataset } from '../domain/dataset/dataset';
import { headlineFrom } from '../domain/breakdowns/breakdown-checks';
import { applyIncomingBreakdowns } from '../domain/breakdowns/breakdown-diff';
import type { BreakdownFigure } from '../domain/breakdowns/breakdown-figure';
import { BREAKDOWN_USAGE, breakdown } from './breakdown';
import { todayIso } from '../domain/text/dates';
import { countOf } from '../domain/text/plural';
import type { ImportContext } from '../domain/readers/read-import';
import { parsePeriod } from '../domain/periods/period';
import type { Observation } from '../domain/observations/observation';
import { combineObservations } from '../domain/observations/merge';
import { periodLabel } from '../domain/periods/period-label';
import { scorecardReport } from '../domain/scorecard/report';
import { hasErrors, type Problem } from '../domain/readers/result';
import { buildScorecard } from '../domain/scorecard/scorecard';
import { printScorecard } from './print-scorecard';
import { NO_VIEW_CHOICE, neighbourStatisticFrom } from '../domain/view/view-choice';
import { resolveView, type ViewNotice } from '../domain/view/view-context';
import { HOMES_USAGE, homes } from './homes';
import { SPC_USAGE, spc } from './spc';
import { from903, validate903 } from './from-903';
import { FAULT, faultLines } from './fault';
import { readUploadFile } from './read-upload-file';
import { readFromFolder } from './read-file';
import { append } from '../domain/lists/append';

const USAGE = `Usage:
  scorecard report [<file>...] [--area CODE] [--period PERIOD] [--model YEAR] [--statistic mean|median]
                   [--framework national] [--json] [--data DIR]
  scorecard validate <file>... [--area CODE] [--comparator-period PERIOD] [--data DIR]
  ${SPC_USAGE}
  ${HOMES_USAGE}
  ${BREAKDOWN_USAGE}
  scorecard from-903 <file>... --area CODE --as-at YYYY-MM-DD [--json] [--series]   (scorecard from-903 --help)

Files are CSV or .xlsx (first sheet), in the observations layout or the scorecard layout
(docs/data-format.md, "Uploads"). A scorecard-layout file does not say which local authority it is
for: --area names it (an ONS code such as E06000001). For report, --area also chooses the LA shown.
Its England, region and Stat Neighbour columns may give figures without a period (67, not 67 (2019/20)):
--comparator-period gives it for all of them (report and validate).
The measure catalogue and the areas are read from the data folder (default: the app's data/).
With no files, report reads the observations the data folder's manifest.json lists.

DfE open-data CSVs (Explore Education Statistics format) are read as published: give any LA with
--area to see it against England, its region and its statistical neighbours. Where the files give
no statistical-neighbour figure (area SN:<code>), it is worked out from the neighbours' figures:
--model chooses the DfE model (2021 or 2025, default the newest) and --statistic the mean
(default, as LAIT) or the median (as DfE's children's social care dashboard).
--framework national groups the measures by the Children's Social Care National Framework's
outcomes, enablers and headings (data/frameworks.csv) instead of the panel's key questions, with
the neighbours' median unless --statistic says otherwise.

Exit status:
  0 done (warnings, if any, are on standard error)
  1 refused: the files have errors (each with its row and column) or hold no figures for the area;
    nothing was loaded
  2 the command was not written right: an unknown command or option, an area that is not a local
    authority, a period the files do not have
  3 a fault in the program itself, not in the files: a plain sentence on standard error (set
    SCORECARD_DEBUG=1 to see where it happened); please report it`;

const DEFAULT_DATA_DIR = path.resolve(import.meta.dirname, '../../data');

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface LoadOptions {
  data: string;
  area: string | undefined;
  today: string;
  /** The period of a scorecard-layout file's undated comparator figures ('2019/20'). */
  comparatorPeriod?: string | undefined;
  /** Whether a table of the council's children's homes is read (validate checks it) or refused as not figures. */
  readsHomes?: boolean;
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

/**
 * What a command works on: the dataset, every problem found reading it, and what became of each
 * row of each DfE file given (rowAccounts, one sentence a line); or why it could not be read at all.
 */
type Loaded =
  | {
      dataset: Dataset | null;
      problems: Problem[];
      rowAccounts: string[];
      /** How many figures the files given hold (the folder's reference figures are not theirs). */
      fromFiles: number;
    }
  | { usageError: string };

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
  const rowAccounts: string[] = [];
  if (!reference) return { dataset: null, problems, rowAccounts, fromFiles: 0 };
  if (options.area !== undefined) {
    const refused = areaRefused(reference, options.area);
    if (refused) return { usageError: refused };
  }
  if (files.length === 0) return { dataset: reference, problems, rowAccounts, fromFiles: 0 };
  const comparatorPeriod = options.comparatorPeriod === undefined ? null : parsePeriod(options.comparatorPeriod);
  if (comparatorPeriod && !comparatorPeriod.ok)
    return { usageError: `--comparator-period ${options.comparatorPeriod}: ${comparatorPeriod.reason}` };

  // The population table makes a DfE file's counts rates (the factors at assessment); read only when a map line asks.
  const needsPopulation = reference.dfeMeasureMap?.mappings.some((mapping) => mapping.perPopulation !== null) ?? false;
  const population = needsPopulation ? await loadPopulation(readFromFolder(options.data)) : null;
  if (population) append(problems, population.problems);
  const context: ImportContext = {
    comparatorPeriod: comparatorPeriod?.period ?? null,
    population: population?.value ?? null,
    measures: reference.measuresById,
    areas: reference.areas,
    areaCode: options.area,
    today: options.today,
    readsHomes: options.readsHomes ?? false,
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
  for (const file of files) perFile.push(await readUploadFile(file, context, problems, rowAccounts, breakdowns));
  // Each file is already free of repeats; this finds the same figure given by two files. The
  // folder's own figures are left out when files are given; its reference figures (Ofsted's
  // leadership judgements, Dataset.reference) stay, like the neighbour models.
  const merged = combineObservations(perFile.flat());
  append(problems, merged.problems);
  const dataset = withObservations(reference, merged.value);
  return {
    dataset: withBreakdowns(dataset, applyIncomingBreakdowns([], breakdowns)),
    problems,
    rowAccounts,
    fromFiles: merged.value.length,
  };
}

function formatProblem(problem: Problem): string {
  return `${problem.severity === 'error' ? 'Error' : 'Warning'}: ${problem.message}`;
}

/** The option that made each choice, to name it when the choice is refused. */
const OPTION_OF: Readonly<Record<ViewNotice['choice'], string>> = {
  area: '--area',
  period: '--period',
  neighbourModel: '--model',
  framework: '--framework',
};

/** The LA to report on without --area: the only one in the files, or the data folder's home LA when reading its own files. */
function defaultArea(localAuthorities: readonly string[], homeArea: string): string | undefined {
  if (localAuthorities.length === 1) return localAuthorities[0];
  return localAuthorities.includes(homeArea) ? homeArea : undefined;
}

async function report(
  files: readonly string[],
  options: LoadOptions & {
    period?: string;
    json: boolean;
    model?: string;
    statistic: StatNeighbourMethod | null;
    framework?: string;
  },
  io: Output,
): Promise<number> {
  const loaded = await load(files, options);
  if ('usageError' in loaded) {
    io.err(loaded.usageError);
    return 2;
  }
  const { dataset, problems, rowAccounts } = loaded;
  if (!dataset || hasErrors(problems)) {
    rowAccounts.forEach((line) => io.err(line));
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
      framework: options.framework ?? null,
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
    framework: view.framework,
  });
  rowAccounts.forEach((line) => io.err(line));
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
  const loaded = await load(files, { ...options, readsHomes: true });
  if ('usageError' in loaded) {
    io.err(loaded.usageError);
    return 2;
  }
  const { dataset, problems, rowAccounts, fromFiles } = loaded;
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  rowAccounts.forEach((line) => io.out(line));
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
    `${files.join(', ')}: ${fromFiles} observations${andBreakdowns}, no errors, ${countOf(warnings.length, 'warning')}.`,
  );
  return 0;
}

/**
 * Runs the command and gives its exit status (listed in USAGE). `today` (an ISO date) is the date
 * periods are checked against ("a period after today"); tests pass a fixed one. Never rejects: a
 * fault in the program is said in a plain sentence and exits FAULT, so a script can tell it from a
 * file that was refused (1) or a command written wrong (2).
 */
export async function main(
  argv: readonly string[],
  io: Output = { out: (line) => console.log(line), err: (line) => console.error(line) },
  today: string = todayIso(),
): Promise<number> {
  try {
    return await command(argv, io, today);
  } catch (error) {
    for (const line of faultLines(error, process.env.SCORECARD_DEBUG === '1')) io.err(line);
    return FAULT;
  }
}

async function command(argv: readonly string[], io: Output, today: string): Promise<number> {
  if (argv[0] === 'from-903') return from903(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        area: { type: 'string' },
        period: { type: 'string' },
        'comparator-period': { type: 'string' },
        model: { type: 'string' },
        statistic: { type: 'string' },
        framework: { type: 'string' },
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
  const options: LoadOptions = {
    data: path.resolve(values.data),
    area: values.area,
    today,
    comparatorPeriod: values['comparator-period'],
  };
  if (command === 'homes') return homes(files, { ...options, json: values.json }, io, load);
  if (command === 'breakdown')
    return breakdown(files, { ...options, period: values.period, json: values.json }, io, load);
  const statistic = values.statistic === undefined ? null : neighbourStatisticFrom(values.statistic);
  if (values.statistic !== undefined && !statistic) {
    io.err(`--statistic ${values.statistic} is not one of mean or median.`);
    return 2;
  }
  if (command === 'report')
    return report(
      files,
      {
        ...options,
        period: values.period,
        json: values.json,
        model: values.model,
        statistic,
        ...(values.framework === undefined ? {} : { framework: values.framework }),
      },
      io,
    );
  if (command === 'validate') return validate(files, options, io);
  io.err(`Unknown command '${command}'.\n\n${USAGE}`);
  return 2;
}
