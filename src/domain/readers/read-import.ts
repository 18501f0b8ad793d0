import { quoted } from '../text/quote';
import { storedUnderCurrentCode } from '../text/former-codes';
import { readDfeFile, type DfeImport } from './dfe/dfe-file';
import { Columns } from './dfe/dfe-columns';
import { outturnValueColumn, readOutturnSpending } from './outturn/outturn-spending';
import { isOutturnHeader } from './outturn/outturn-sheet';
import { mappingAppliesTo, type DfeMeasureMap } from './dfe/dfe-measure-map';
import { fingertipsAsOpenData, isFingertipsHeader } from './fingertips/fingertips-file';
import type { PopulationTable } from '../ssda903/population';
import { detectLayout, layoutProblems, type UploadLayout } from './detect-layout';
import { readHomesTable, type HomesTable } from '../homes/homes-file';
import type { Observation } from '../observations/observation';
import { readObservations, type ObservationContext } from './observations-file';
import type { ParseResult, Problem, SourceTable } from './result';
import { readScorecardFigures, type LocatedObservation } from './scorecard-layout/scorecard-layout';
import { dateInWords } from '../text/dates';
import type { BreakdownCatalogue } from '../breakdowns/breakdown-catalogue';
import type { HeadlineLookup } from '../breakdowns/breakdown-checks';
import type { BreakdownFigure } from '../breakdowns/breakdown-figure';
import { readBreakdownsFile } from '../breakdowns/breakdowns-file';
import { readPrintedBreakdown } from '../breakdowns/printed-table';
import { isAgeTableHeader, readAgeTable } from '../breakdowns/age-table';
import { readDfeBreakdowns, type DfeBreakdownMap } from '../breakdowns/dfe-breakdowns';
import type { Period } from '../periods/period';
import { grouped } from '../text/figures';

/**
 * A file wider than this is not a scorecard: the scorecard layout has a column per period and
 * comparator (a dozen or so) and the observations layout has eight. Refusing it before reading any
 * row keeps a runaway export (1,000 columns) from producing a thousand messages.
 */
export const MAX_COLUMNS = 200;

export type ImportContext = ObservationContext & {
  /** The local authority a scorecard-layout file is for; that layout does not name it. */
  areaCode?: string;
  /** Today as an ISO date, passed in so that the same file always gives the same result in tests. */
  today: string;
  /** Which row and column of a DfE open-data file gives which measure (data/dfe-measure-map.csv). */
  dfeMeasureMap?: DfeMeasureMap;
  /** The ONS population of children (data/population-0-17.csv), for DfE files that give counts to be made rates. */
  population?: PopulationTable | null;
  /** For a scorecard-layout file: the period of comparator columns whose figures give none. */
  comparatorPeriod?: Period | null;
  /**
   * Whether the caller keeps a table of children's homes (the homes command does). Any other caller
   * gets the table's problems and an error saying where it is read, so a homes table is never
   * taken for a file of no figures.
   */
  readsHomes?: boolean;
  /** The catalogue's breakdowns and categories (data/breakdowns.csv), for a breakdowns file or a printed breakdown table. */
  breakdownCatalogue?: BreakdownCatalogue;
  /** The headline measures' figures held, to check a breakdown's total against. */
  headline?: HeadlineLookup;
  /** Which rows of a DfE file give which breakdown (data/dfe-breakdown-map.csv). */
  dfeBreakdownMap?: DfeBreakdownMap;
};

/** How a DfE file's rows were used, so the officer sees that no row was dropped without a count. */
export type OpenDataRowCounts = Omit<DfeImport, 'observations'> & {
  rows: number;
  /** Breakdown figures the file's rows gave through the breakdown map (rows may also be counted as unmatched). */
  breakdownFigures: number;
};

export interface ImportedFile {
  layout: UploadLayout | null;
  observations: Observation[];
  /** For a DfE open-data file: what became of each of its rows. Null for the other layouts. */
  openDataRows: OpenDataRowCounts | null;
  /** For a table of the council's children's homes: the homes. Null for the other layouts. */
  homes: HomesTable | null;
  /** The file's own column a figure was read from, for warnings about it (upload-warnings.ts); absent when unknown. */
  valueColumnOf?: (observation: Observation) => string | undefined;
  /** For a breakdowns file or a printed breakdown table: its breakdown figures. Null for the other layouts. */
  breakdowns: BreakdownFigure[] | null;
}

function fileProblem(rule: Problem['rule'], message: string, row?: number): ParseResult<ImportedFile> {
  return {
    value: { layout: null, observations: [], openDataRows: null, homes: null, breakdowns: null },
    problems: [{ severity: 'error', rule, ...(row === undefined ? {} : { row }), message }],
  };
}

/**
 * A figure for a period that has not started yet is almost always a typing slip in the year. It is
 * a warning, once per period and column, at the first row that has it.
 */
function futurePeriodWarnings(figures: readonly LocatedObservation[], today: string): Problem[] {
  const first = new Map<string, { figure: LocatedObservation; count: number }>();
  for (const figure of figures) {
    if (figure.observation.period.start <= today) continue;
    const key = `${figure.column}|${figure.observation.period.label}`;
    const seen = first.get(key);
    if (seen) seen.count += 1;
    else first.set(key, { figure, count: 1 });
  }
  return [...first.values()].map(({ figure: { observation, column }, count }): Problem => {
    const { row } = observation.source;
    const others = count > 1 ? ` (${count - 1} more row${count === 2 ? '' : 's'} give this period.)` : '';
    return {
      severity: 'warning',
      rule: 'future_period',
      row,
      column,
      message: `Row ${row}, column ${column}: ${observation.period.label} starts on ${dateInWords(observation.period.start)}, after today (${dateInWords(today)}). Check the period: figures are published after their period starts.${others}`,
    };
  });
}

/** In the observations layout every figure's period is in the period column. */
function readObservationsLayout(table: SourceTable, context: ImportContext): ParseResult<LocatedObservation[]> {
  const read = readObservations(table, context);
  return { value: read.value.map((observation) => ({ observation, column: 'period' })), problems: read.problems };
}

function readScorecard(table: SourceTable, context: ImportContext): ParseResult<LocatedObservation[]> {
  const problem = (rule: Problem['rule'], message: string): ParseResult<LocatedObservation[]> => ({
    value: [],
    problems: [{ severity: 'error', rule, message }],
  });
  if (!context.areaCode) {
    return problem(
      'area_required',
      `${table.fileName} is in the scorecard layout, which does not say which local authority its figures are for. Choose the local authority (on the command line, --area CODE, e.g. --area E06000001).`,
    );
  }
  const listed = context.areas.find(context.areaCode);
  // A council's code before ONS replaced it stands for the council, with a warning naming both.
  const replaced = listed ? undefined : context.areas.findLocalAuthority(context.areaCode);
  const localAuthority = replaced?.by === 'former_code' ? replaced.area : listed;
  if (localAuthority?.type !== 'local_authority') {
    return problem(
      'unknown_area',
      `${quoted(context.areaCode)} is not a local authority. Choose the local authority ${table.fileName} is for by its ONS code, e.g. E06000001 for Hartlepool.`,
    );
  }
  const read = readScorecardFigures(table, {
    ...context,
    areaCode: localAuthority.code,
    regionCode: localAuthority.regionCode,
  });
  if (localAuthority === listed) return read;
  const warning: Problem = {
    severity: 'warning',
    rule: 'replaced_area_code',
    message: `${table.fileName}: ${storedUnderCurrentCode(context.areaCode, localAuthority)}`,
  };
  return { value: read.value, problems: [warning, ...read.problems] };
}

/**
 * Reads an uploaded table in whichever layout it has, with every rule of the data contract plus
 * the checks that only make sense for a whole upload: a file with no rows, a file far too wide to be
 * a scorecard, and figures for periods that have not started. A result with errors must change nothing.
 */
export function readImport(table: SourceTable, context: ImportContext): ParseResult<ImportedFile> {
  if (table.header.length === 0)
    return fileProblem('empty_file', `${table.fileName} is empty. Choose the file that holds the figures.`);
  // MHCLG's outturn sheets are wide by design (RO3 has 497 columns) and are read by their named columns only.
  if (table.header.length > MAX_COLUMNS && !isOutturnHeader(table.header)) {
    return fileProblem(
      'too_many_columns',
      `${table.fileName} has ${grouped(table.header.length)} columns; the most a scorecard file can have is ${MAX_COLUMNS}. Check it is the right file: an observations file has 8 columns, a scorecard-layout file one per period and comparator.`,
      1,
    );
  }
  if (table.records.length === 0) {
    return fileProblem(
      'header_only',
      `${table.fileName} has a header row but no figures below it. Add the figures under the header, or choose the file that holds them.`,
      1,
    );
  }
  const layout = detectLayout(table.header);
  if (!layout)
    return {
      value: { layout, observations: [], openDataRows: null, homes: null, breakdowns: null },
      problems: layoutProblems(table),
    };
  if (layout === 'dfe_open_data') return readOpenData(table, context);
  if (layout === 'la_outturn') return readOutturn(table, context);
  if (layout === 'homes') return readHomes(table, context);
  if (layout === 'breakdowns' || layout === 'breakdown_table') return readBreakdownLayout(layout, table, context);

  const read = layout === 'observations' ? readObservationsLayout(table, context) : readScorecard(table, context);
  const problems = [...read.problems, ...futurePeriodWarnings(read.value, context.today)].sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0),
  );
  // A scorecard layout's figure is in the column of its period or comparator; an observations file's in `value`.
  const columns = new Map(read.value.map(({ observation, column }) => [observation, column]));
  return {
    value: {
      layout,
      observations: read.value.map(({ observation }) => observation),
      openDataRows: null,
      homes: null,
      valueColumnOf: layout === 'observations' ? () => 'value' : (observation) => columns.get(observation),
      breakdowns: null,
    },
    problems,
  };
}

/** The DfE file's column a measure's figure is read from: the indicator of its mapping for this file's header. */
function dfeValueColumn(table: SourceTable, map: DfeMeasureMap): (observation: Observation) => string | undefined {
  const columns = new Columns(table.header);
  const indicators = new Map<string, string>();
  for (const mapping of map.mappings) {
    if (indicators.has(mapping.measureId) || !mappingAppliesTo(mapping, (name) => columns.has(name), table.fileName))
      continue;
    indicators.set(mapping.measureId, columns.nameOf(mapping.indicator));
  }
  return (observation) => indicators.get(observation.measureId);
}

/** A breakdowns file or a printed breakdown table, read against the catalogue's breakdowns. */
function readBreakdownLayout(
  layout: 'breakdowns' | 'breakdown_table',
  table: SourceTable,
  context: ImportContext,
): ParseResult<ImportedFile> {
  if (!context.breakdownCatalogue) {
    return fileProblem(
      'unknown_breakdown',
      `${table.fileName} holds breakdowns, but the data folder has no catalogue of breakdowns (breakdowns.csv) to check them against. Add it to the data folder.`,
      1,
    );
  }
  const breakdownContext = {
    catalogue: context.breakdownCatalogue,
    areas: context.areas,
    ...(context.headline ? { headline: context.headline } : {}),
    ...(context.areaCode ? { areaCode: context.areaCode } : {}),
  };
  const read =
    layout === 'breakdowns'
      ? readBreakdownsFile(table, breakdownContext)
      : isAgeTableHeader(table.header)
        ? readAgeTable(table, breakdownContext)
        : readPrintedBreakdown(table, breakdownContext);
  return {
    value: { layout, observations: [], openDataRows: null, homes: null, breakdowns: read.value },
    problems: [...read.problems, ...futureBreakdownWarnings(read.value, context.today, table.fileName)],
  };
}

function futureBreakdownWarnings(figures: readonly BreakdownFigure[], today: string, fileName: string): Problem[] {
  const periods = [
    ...new Set(figures.filter((figure) => figure.period.start > today).map((figure) => figure.period.label)),
  ];
  return periods.map((label) => ({
    severity: 'warning',
    rule: 'future_period',
    message: `${fileName}: breakdown figures for ${label}, which starts after today (${dateInWords(today)}). Check the period or the date heading.`,
  }));
}

/**
 * A DfE open-data file, read through the measure map. Its periods come from the file's own
 * time_period columns, so the future-period check (about typing slips) does not apply.
 */
function readOpenData(table: SourceTable, context: ImportContext): ParseResult<ImportedFile> {
  if (!context.dfeMeasureMap) {
    return fileProblem(
      'no_dfe_measure_map',
      `${table.fileName} is a DfE open-data file, but the data folder has no measure map (dfe-measure-map.csv) to say which of its columns gives which measure. Add the map to the data folder.`,
      1,
    );
  }
  const source = isFingertipsHeader(table.header) ? fingertipsAsOpenData(table) : table;
  const read = readDfeFile(source, context.dfeMeasureMap, context);
  const { observations, ...counts } = read.value;
  // The same rows read again for breakdowns: the measure map takes totals, the breakdown map categories.
  const breakdowns =
    context.dfeBreakdownMap && context.breakdownCatalogue
      ? readDfeBreakdowns(table, context.dfeBreakdownMap, {
          catalogue: context.breakdownCatalogue,
          areas: context.areas,
        })
      : null;
  return {
    value: {
      layout: 'dfe_open_data',
      observations,
      openDataRows: { ...counts, rows: table.records.length, breakdownFigures: breakdowns?.value.figures.length ?? 0 },
      homes: null,
      valueColumnOf: dfeValueColumn(table, context.dfeMeasureMap),
      breakdowns: breakdowns && breakdowns.value.figures.length > 0 ? breakdowns.value.figures : null,
    },
    problems: read.problems,
  };
}

/**
 * MHCLG's revenue outturn data sheet (RO3 or RSX), whose spending measures are worked out from its
 * columns (outturn-spending.ts). Its period is in its title, so the future-period check does not apply.
 */
function readOutturn(table: SourceTable, context: ImportContext): ParseResult<ImportedFile> {
  const read = readOutturnSpending(table, context);
  const { observations, ...counts } = read.value;
  const column = outturnValueColumn(table);
  return {
    value: {
      layout: 'la_outturn',
      observations,
      openDataRows: { ...counts, rows: table.records.length, breakdownFigures: 0 },
      homes: null,
      valueColumnOf: (observation) => column(observation.measureId),
      breakdowns: null,
    },
    problems: read.problems,
  };
}

/** A table of the council's children's homes: inspections, not figures, so no period checks apply. */
function readHomes(table: SourceTable, context: ImportContext): ParseResult<ImportedFile> {
  const read = readHomesTable(table, context);
  const problems = [...read.problems];
  if (!context.readsHomes) {
    problems.push({
      severity: 'error',
      rule: 'homes_not_read_here',
      message: `${table.fileName} is a table of the council's children's homes, not figures, and this command reads figures only. Read it with \`scorecard homes ${table.fileName} --area CODE\`, or save it with the app's Upload figures page.`,
    });
  }
  return {
    value: { layout: 'homes', observations: [], openDataRows: null, homes: read.value, breakdowns: null },
    problems,
  };
}
