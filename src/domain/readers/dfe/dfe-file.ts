import type { Area } from '../../areas/area';
import type { AreaDirectory } from '../../areas/area-directory';
import { readCell, readNumber } from '../cell';
import { dfePeriod, REPORTING_YEARS, type DfePeriodResult, type ReportingYear } from './dfe-period';
import type { Measure } from '../../catalogue/measure';
import { KeyedMerge, collisionProblems } from '../../observations/merge';
import type { Observation } from '../../observations/observation';
import type { ParseResult, Problem, SourceRecord, SourceTable } from '../result';
import { emptyFileProblem, missingColumns, cell } from '../table';
import { append } from '../../lists/append';

/*
 * DfE open-data files (Explore Education Statistics format) hold one row per time period, area and
 * combination of filters, with one column per indicator. Which row and column gives which of our
 * measures is data (data/dfe-measure-map.csv), not code, so a new file or measure needs a line in
 * that table rather than a new reader.
 */

// ---------------------------------------------------------------------------------------------
// Names as written in DfE files
// ---------------------------------------------------------------------------------------------

/** Header names are matched ignoring case, surrounding spaces and a byte-order mark left on the first. */
function columnKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

/** Filter values are compared the same way, and runs of spaces count as one ("Close " is "Close"). */
function valueKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * valueKey remembered for one file: a DfE file repeats the same few dozen codes and filter values
 * on every row, and without this normalising them is most of the time spent reading the file.
 */
function rememberedValueKey(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let key = known.get(text);
    if (key === undefined) {
      key = valueKey(text);
      known.set(text, key);
    }
    return key;
  };
}

/** The columns every EES data file has (DfE open data standards). */
export const DFE_REQUIRED_COLUMNS = [
  'time_period',
  'time_identifier',
  'geographic_level',
  'country_code',
  'country_name',
] as const;

/**
 * Older DfE files, such as the analysts' guide's own example, spell the level column
 * `geographical_level`; it is read as `geographic_level`.
 */
const COLUMN_ALIASES: Readonly<Record<string, string>> = { geographical_level: 'geographic_level' };

/** A file is a DfE open-data file when its header has the five columns every EES file must have. */
export function detectDfeFile(header: readonly string[]): boolean {
  const present = new Set(header.map((name) => canonicalColumn(name)));
  return DFE_REQUIRED_COLUMNS.every((column) => present.has(column));
}

function canonicalColumn(name: string): string {
  const key = columnKey(name);
  return COLUMN_ALIASES[key] ?? key;
}

/** Finds a column by its canonical name whatever case, spacing or BOM the file's header has. */
class Columns {
  private readonly written = new Map<string, string>();

  constructor(header: readonly string[]) {
    for (const name of header) {
      const key = canonicalColumn(name);
      if (!this.written.has(key)) this.written.set(key, name);
    }
  }

  has(column: string): boolean {
    return this.written.has(column);
  }

  /** The column's name as the file writes it, for messages. */
  nameOf(column: string): string {
    return this.written.get(column) ?? column;
  }

  text(record: SourceRecord, column: string): string {
    const name = this.written.get(column);
    return name === undefined ? '' : (record.cells[name] ?? '').trim();
  }
}

// ---------------------------------------------------------------------------------------------
// The measure map
// ---------------------------------------------------------------------------------------------

/** A filter column (canonical name) and the value a row must have in it. */
export interface DfeFilter {
  column: string;
  value: string;
}

/**
 * Where a count behind a figure is read: a column of the same row or, when `sibling` is given, of
 * the row that differs from it only in that filter (DfE files put the denominator of a percentage
 * in a "Total" row of the same breakdown).
 */
export interface DfeCountSource {
  column: string;
  sibling: DfeFilter | null;
}

/** One line of data/dfe-measure-map.csv: which rows and column of which files give a measure. */
export interface DfeMeasureMapping {
  measureId: string;
  /** Columns (canonical names) a file's header must have for the mapping to apply to it. */
  headerSignature: readonly string[];
  /** The column holding the figure. */
  indicator: string;
  /** Every filter must match for a row to give the measure. */
  filters: readonly DfeFilter[];
  numerator: DfeCountSource | null;
  denominator: DfeCountSource | null;
  /** The figure is multiplied by this, e.g. 100 when a file gives proportions for a percentage measure. */
  unitScale: number;
  reportingYear: ReportingYear;
  note: string;
  /** The line of the map file, so a problem with the mapping can point at it. */
  row: number;
}

export interface DfeMeasureMap {
  fileName: string;
  mappings: readonly DfeMeasureMapping[];
}

export const DFE_MEASURE_MAP_COLUMNS = [
  'measure',
  'header_signature',
  'indicator',
  'filters',
  'numerator',
  'denominator',
  'unit_scale',
  'reporting_year',
  'note',
] as const;
const REQUIRED_MAP_COLUMNS = ['measure', 'header_signature', 'indicator'] as const;
const ID_PATTERN = /^[a-z][a-z0-9_]*$/;

type Reading<T> = { ok: true; value: T } | { ok: false; reason: string };

function readFilter(text: string): Reading<DfeFilter> {
  const equals = text.indexOf('=');
  const column = columnKey(text.slice(0, Math.max(equals, 0)));
  const value = text.slice(equals + 1).trim();
  if (equals === -1 || column === '' || value === '') {
    return {
      ok: false,
      reason: `'${text.trim()}' is not a filter: write column=value, e.g. population_type=Children looked after on 31 March each year`,
    };
  }
  return { ok: true, value: { column, value } };
}

function readFilters(text: string): Reading<DfeFilter[]> {
  const filters: DfeFilter[] = [];
  for (const part of text.split(';')) {
    if (part.trim() === '') continue;
    const filter = readFilter(part);
    if (!filter.ok) return filter;
    if (filters.some((earlier) => earlier.column === filter.value.column)) {
      return {
        ok: false,
        reason: `the column ${filter.value.column} is filtered twice: a row has one value in each column`,
      };
    }
    filters.push(filter.value);
  }
  return { ok: true, value: filters };
}

function readCountSource(text: string, filters: readonly DfeFilter[]): Reading<DfeCountSource | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const at = trimmed.indexOf('@');
  const column = columnKey(at === -1 ? trimmed : trimmed.slice(0, at));
  if (column === '')
    return {
      ok: false,
      reason: `'${trimmed}' names no column: write a column, or column@filter=value for the row with another value in one filter`,
    };
  if (at === -1) return { ok: true, value: { column, sibling: null } };
  const sibling = readFilter(trimmed.slice(at + 1));
  if (!sibling.ok) return sibling;
  // The other row differs in one of this mapping's filters; any other column would not single it out.
  if (!filters.some((filter) => filter.column === sibling.value.column)) {
    return {
      ok: false,
      reason: `'${trimmed}' changes ${sibling.value.column}, which is not one of the mapping's filters (${filters.map((filter) => filter.column).join(', ') || 'none'})`,
    };
  }
  return { ok: true, value: { column, sibling: sibling.value } };
}

function readReportingYear(text: string): ReportingYear | undefined {
  const written = text.trim() === '' ? 'year_to_31_march' : text.trim();
  return REPORTING_YEARS.find((known) => known === written);
}

/** Reads data/dfe-measure-map.csv. Every line is checked; a line with an error is left out and reported. */
export function readDfeMeasureMap(table: SourceTable): ParseResult<DfeMeasureMap> {
  const problems: Problem[] = [...missingColumns(table, REQUIRED_MAP_COLUMNS), ...emptyFileProblem(table)];
  const mappings: DfeMeasureMapping[] = [];
  if (problems.length > 0) return { value: { fileName: table.fileName, mappings }, problems };
  const seen = new Map<string, number>();
  for (const record of table.records) {
    const before = problems.length;
    const report = (column: string, rule: string, message: string): void => {
      problems.push({
        severity: 'error',
        rule,
        row: record.row,
        column,
        message: `${table.fileName} row ${record.row}, column ${column}: ${message}`,
      });
    };
    const measureId = cell(record, 'measure');
    if (!ID_PATTERN.test(measureId))
      report(
        'measure',
        'invalid_id',
        `'${measureId}' is not a measure id: use the id from data/measures.csv, e.g. cla_rate.`,
      );
    const headerSignature = cell(record, 'header_signature')
      .split(';')
      .map(columnKey)
      .filter((column) => column !== '');
    if (headerSignature.length === 0)
      report(
        'header_signature',
        'missing_signature',
        'give the columns (separated by ;) a file must have for this line to apply to it, e.g. population_type;rate_per_10000.',
      );
    const indicator = columnKey(cell(record, 'indicator'));
    if (indicator === '')
      report('indicator', 'missing_indicator', 'give the column that holds the figure, e.g. rate_per_10000.');
    const filters = readFilters(cell(record, 'filters'));
    if (!filters.ok) report('filters', 'invalid_filter', `${filters.reason}. Separate filters with ;.`);
    const filterList = filters.ok ? filters.value : [];
    const numerator = readCountSource(cell(record, 'numerator'), filterList);
    if (!numerator.ok) report('numerator', 'invalid_count_source', `${numerator.reason}.`);
    const denominator = readCountSource(cell(record, 'denominator'), filterList);
    if (!denominator.ok) report('denominator', 'invalid_count_source', `${denominator.reason}.`);
    const scaleText = cell(record, 'unit_scale');
    const scale = scaleText === '' ? ({ ok: true, value: 1 } as const) : readNumber(scaleText);
    if (!scale.ok || scale.value <= 0)
      report(
        'unit_scale',
        'invalid_unit_scale',
        `'${scaleText}' is not a scale: give a number above zero (1 when the file's unit is the measure's), or leave it blank.`,
      );
    const reportingYear = readReportingYear(cell(record, 'reporting_year'));
    if (!reportingYear)
      report(
        'reporting_year',
        'invalid_reporting_year',
        `'${cell(record, 'reporting_year')}' is not a reporting year: use ${REPORTING_YEARS.join(' or ')}, or leave it blank for the year to 31 March.`,
      );
    if (problems.length > before || !numerator.ok || !denominator.ok || !scale.ok || !reportingYear) continue;

    const key = [
      measureId,
      [...headerSignature].sort().join(';'),
      filterList
        .map((filter) => `${filter.column}=${valueKey(filter.value)}`)
        .sort()
        .join(';'),
    ].join('|');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      report(
        'measure',
        'duplicate_mapping',
        `this line repeats row ${earlier} (the same measure, file signature and filters). Keep one.`,
      );
      continue;
    }
    seen.set(key, record.row);
    mappings.push({
      measureId,
      headerSignature,
      indicator,
      filters: filterList,
      numerator: numerator.value,
      denominator: denominator.value,
      unitScale: scale.value,
      reportingYear,
      note: cell(record, 'note'),
      row: record.row,
    });
  }
  return { value: { fileName: table.fileName, mappings }, problems };
}

// ---------------------------------------------------------------------------------------------
// Reading a DfE file
// ---------------------------------------------------------------------------------------------

export interface DfeImportContext {
  areas: AreaDirectory;
  measures: ReadonlyMap<string, Measure>;
}

/**
 * What a DfE file gave. Every data row is counted exactly once, in usedRows, skipped,
 * unmatchedRows or rejectedRows, so no row is dropped without being counted.
 */
export interface DfeImport {
  observations: Observation[];
  /** Rows of geographic levels the scorecard does not show (and London's sub-regions), by level. */
  skipped: { level: string; rows: number }[];
  /** Rows whose filters match no line of the measure map (breakdowns the catalogue has no measure for). */
  unmatchedRows: number;
  /** Rows that gave at least one observation. */
  usedRows: number;
  /** Rows that matched the map but gave no observation; each is behind a problem (unknown area, period or value). */
  rejectedRows: number;
}

/**
 * A DfE cell of just 'u' (low reliability) has no number for the status to qualify. It is read as
 * "not available", with this note, rather than as a low-reliability figure without a figure, which
 * the data contract refuses (an observations file with `u` and no number is an error): so every
 * figure read here could be saved and read back as an observations file.
 */
/** The publisher every figure read from a DfE file is credited to, so it shows as DfE open data and yields to the council's own figures. */
export const DFE_PUBLISHER = 'DfE';

export const LOW_RELIABILITY_WITHOUT_FIGURE_NOTE =
  'DfE marked this figure u (low reliability) and published no number.';

const LEVEL_NATIONAL = 'national';
const LEVEL_REGIONAL = 'regional';
const LEVEL_LOCAL_AUTHORITY = 'local authority';

/** ONS E13 codes are Inner and Outer London, which DfE files publish as "Regional" rows. */
const SUB_REGION = /^E13\d{6}$/;

/** The same problem found on many rows (a council that no longer exists) is reported once, with a count. */
class RepeatedProblems {
  private readonly byKey = new Map<
    string,
    { problem: Omit<Problem, 'message'>; message: (rows: string) => string; rows: number[] }
  >();

  add(key: string, problem: Omit<Problem, 'message'>, message: (rows: string) => string, row: number): void {
    const found = this.byKey.get(key);
    if (found) found.rows.push(row);
    else this.byKey.set(key, { problem: { ...problem, row }, message, rows: [row] });
  }

  problems(): Problem[] {
    return [...this.byKey.values()].map(({ problem, message, rows }) => ({
      ...problem,
      message: message(rowList(rows)),
    }));
  }
}

function rowList(rows: readonly number[]): string {
  if (rows.length === 1) return `row ${rows[0] ?? ''}`;
  const shown = rows.slice(0, 5).join(', ');
  return rows.length > 5 ? `rows ${shown} and ${rows.length - 5} more` : `rows ${shown}`;
}

type AreaLookup =
  | { kind: 'area'; area: Area }
  | { kind: 'skip'; level: string }
  | { kind: 'unknown'; key: string; column: string; what: string };

type Figure = Pick<Observation, 'value' | 'status' | 'note'>;

/** The figure's note and the period's, either or both of which may be blank, as one note. */
function joinNotes(figureNote: string, periodNote: string): string {
  if (figureNote === '') return periodNote;
  return periodNote === '' ? figureNote : `${figureNote} ${periodNote}`;
}

/** Scaling by a unit_scale other than 1 is rounded to 12 significant figures so 0.125 × 100 is 12.5, not 12.500000000000002. */
function scaled(value: number, scale: number): number {
  return scale === 1 ? value : Number((value * scale).toPrecision(12));
}

/**
 * Reads a DfE open-data file through the measure map. Columns are found by name, in any order;
 * National rows are England (country_code), Regional rows their region (region_code) and Local
 * authority rows their LA (new_la_code, current or former, or old_la_code when the E-code is neither,
 * through AreaDirectory.findLocalAuthority). Rows of other levels are skipped and counted; rows
 * whose filters match no mapping are counted as unmatched. Value cells are read by readCell, so
 * DfE's symbols (c, x, z, low, k, u) become statuses and never numbers.
 */
export function readDfeFile(table: SourceTable, map: DfeMeasureMap, context: DfeImportContext): ParseResult<DfeImport> {
  const columns = new Columns(table.header);
  const problems: Problem[] = [];
  const result: DfeImport = { observations: [], skipped: [], unmatchedRows: 0, usedRows: 0, rejectedRows: 0 };

  for (const column of DFE_REQUIRED_COLUMNS) {
    if (!columns.has(column)) {
      problems.push({
        severity: 'error',
        rule: 'missing_column',
        row: 1,
        column,
        message: `${table.fileName}: the header has no '${column}' column. A DfE open-data file names the columns ${DFE_REQUIRED_COLUMNS.join(', ')}.`,
      });
    }
  }
  append(problems, emptyFileProblem(table));
  if (problems.length > 0) return { value: result, problems };

  const mappings = applicableMappings(table, columns, map, context, problems);
  if (mappings.length === 0) {
    problems.push({
      severity: 'warning',
      rule: 'no_dfe_mapping',
      row: 1,
      message: `${table.fileName}: no line of ${map.fileName} applies to this file's columns, so none of its ${table.records.length} rows gives a figure. Add a line for each measure it holds.`,
    });
  }

  const keyOf = rememberedValueKey();
  const filterColumns = [
    ...new Set(mappings.flatMap((mapping) => mapping.filters.map((filter) => filter.column))),
  ].sort();
  const rowKey = (record: SourceRecord, replaced: DfeFilter | null): string =>
    [
      ...[
        'time_period',
        'time_identifier',
        'geographic_level',
        'country_code',
        'region_code',
        'new_la_code',
        'old_la_code',
      ].map((column) => keyOf(columns.text(record, column))),
      ...filterColumns.map((column) =>
        keyOf(replaced?.column === column ? replaced.value : columns.text(record, column)),
      ),
    ].join('|');
  // Only rows that can be another row's Total are indexed: in the care leavers' activity file that
  // is one row in twelve, and keying every row would double the time the file takes to read.
  const siblings = mappings
    .flatMap((mapping) => [mapping.numerator?.sibling, mapping.denominator?.sibling])
    .filter((sibling): sibling is DfeFilter => sibling != null);
  const rowsByKey = new Map<string, SourceRecord>();
  if (siblings.length > 0) {
    for (const record of table.records) {
      if (siblings.some((sibling) => keyOf(columns.text(record, sibling.column)) === keyOf(sibling.value)))
        rowsByKey.set(rowKey(record, null), record);
    }
  }

  const lookUpArea = (record: SourceRecord): AreaLookup => {
    const level = columns.text(record, 'geographic_level');
    switch (keyOf(level)) {
      case LEVEL_NATIONAL: {
        const code = columns.text(record, 'country_code');
        const area = context.areas.find(code);
        return area?.type === 'country'
          ? { kind: 'area', area }
          : {
              kind: 'unknown',
              key: `country|${code}`,
              column: 'country_code',
              what: `'${code}' (${columns.text(record, 'country_name')}) is not England`,
            };
      }
      case LEVEL_REGIONAL: {
        const code = columns.text(record, 'region_code');
        if (SUB_REGION.test(code))
          return { kind: 'skip', level: `Regional: ${columns.text(record, 'region_name') || code} (a sub-region)` };
        const area = context.areas.find(code);
        return area?.type === 'region'
          ? { kind: 'area', area }
          : {
              kind: 'unknown',
              key: `region|${code}`,
              column: 'region_code',
              what: `'${code}' (${columns.text(record, 'region_name')}) is not one of the nine English regions in areas.csv`,
            };
      }
      case LEVEL_LOCAL_AUTHORITY: {
        const code = columns.text(record, 'new_la_code');
        const oldCode = columns.text(record, 'old_la_code');
        // The code as DfE wrote it, current or before ONS replaced it (Barnsley's rows before 2025
        // say E08000016); else the LA number, which DfE keeps only while the council's area is
        // unchanged, so it finds the same council.
        const match = context.areas.findLocalAuthority(code) ?? context.areas.findLocalAuthority(oldCode);
        if (match) return { kind: 'area', area: match.area };
        return {
          kind: 'unknown',
          key: `la|${code}|${oldCode}`,
          column: 'new_la_code',
          what: `'${code}' (${columns.text(record, 'la_name')}, old LA code ${oldCode || 'none'}) is not a current local authority in areas.csv, by its ONS code, a former code or its old LA code. It may have been abolished or reorganised, or several councils may have made one return`,
        };
      }
      default:
        return { kind: 'skip', level: level === '' ? '(no geographic level)' : level };
    }
  };

  // Each mapping's filters as positions in filterColumns and normalised values, worked out once:
  // a row's filter cells are then read and normalised once each, however many mappings test them.
  const mappingFilters = mappings.map((mapping) =>
    mapping.filters.map((filter) => ({ position: filterColumns.indexOf(filter.column), key: keyOf(filter.value) })),
  );
  const matchingMappings = (record: SourceRecord): DfeMeasureMapping[] => {
    const rowKeys = filterColumns.map((column) => keyOf(columns.text(record, column)));
    return mappings.filter((_, index) =>
      (mappingFilters[index] ?? []).every((filter) => rowKeys[filter.position] === filter.key),
    );
  };

  const skipped = new Map<string, number>();
  const repeated = new RepeatedProblems();
  const periods = new Map<string, DfePeriodResult>();
  // Every figure of one file is the DfE's, so two for one key are a repeat or a conflict.
  const merge = new KeyedMerge('combine');

  for (const record of table.records) {
    const areaLookup = lookUpArea(record);
    if (areaLookup.kind === 'skip') {
      skipped.set(areaLookup.level, (skipped.get(areaLookup.level) ?? 0) + 1);
      continue;
    }
    const matching = matchingMappings(record);
    if (matching.length === 0) {
      result.unmatchedRows += 1;
      continue;
    }
    if (areaLookup.kind === 'unknown') {
      repeated.add(
        areaLookup.key,
        {
          severity: 'warning',
          rule: areaLookup.column === 'new_la_code' ? 'unknown_local_authority' : 'unknown_area',
          column: columns.nameOf(areaLookup.column),
        },
        (rows) =>
          `${table.fileName} ${rows}, column ${columns.nameOf(areaLookup.column)}: ${areaLookup.what}. Its figures are left out.`,
        record.row,
      );
      result.rejectedRows += 1;
      continue;
    }

    let gave = 0;
    const timePeriod = columns.text(record, 'time_period');
    const timeIdentifier = columns.text(record, 'time_identifier');
    for (const mapping of matching) {
      const periodKey = `${timePeriod}|${timeIdentifier}|${mapping.reportingYear}`;
      let period = periods.get(periodKey);
      if (!period) {
        period = dfePeriod(timePeriod, timeIdentifier, mapping.reportingYear);
        periods.set(periodKey, period);
      }
      if (!period.ok) {
        const reason = period.reason;
        repeated.add(
          `period|${periodKey}`,
          { severity: 'error', rule: 'invalid_period', column: columns.nameOf('time_identifier') },
          (rows) => `${table.fileName} ${rows}, column ${columns.nameOf('time_identifier')}: ${reason}.`,
          record.row,
        );
        continue;
      }

      const figure = readFigure(table, columns, record, mapping, problems);
      if (!figure) continue;
      const measure = context.measures.get(mapping.measureId);
      if (measure?.unit === 'percent' && figure.value !== null && (figure.value < 0 || figure.value > 100)) {
        const column = columns.nameOf(mapping.indicator);
        problems.push({
          severity: 'warning',
          rule: 'percent_out_of_range',
          row: record.row,
          column,
          message: `${table.fileName} row ${record.row}, column ${column}: ${figure.value} is outside 0 to 100 for a percentage. Check unit_scale in the measure map.`,
        });
      }
      // Every property written out, none spread in: a 300,000-row file makes hundreds of thousands of
      // these, and a literal of fixed properties gives them all one shape, built without a copy.
      const withFigure = figure.value !== null;
      const observation: Observation = {
        measureId: mapping.measureId,
        areaCode: areaLookup.area.code,
        period: period.period,
        value: figure.value,
        // Counts belong to a figure: beside a symbol they are not kept.
        numerator: withFigure ? readCount(columns, record, mapping.numerator, rowsByKey, rowKey) : null,
        denominator: withFigure ? readCount(columns, record, mapping.denominator, rowsByKey, rowKey) : null,
        status: figure.status,
        note: joinNotes(figure.note, period.note),
        source: { file: table.fileName, row: record.row, publisher: DFE_PUBLISHER },
      };
      const collision = merge.offer(observation);
      if (collision) {
        const column = columns.nameOf(mapping.indicator);
        append(
          problems,
          collisionProblems([collision], {
            nameFile: true,
            column: () => column,
            conflictAdvice: 'Keep one row per area, period and filters.',
          }),
        );
        continue;
      }
      gave += 1;
    }
    if (gave > 0) result.usedRows += 1;
    else result.rejectedRows += 1;
  }

  result.observations = merge.value;
  result.skipped = [...skipped].map(([level, rows]) => ({ level, rows }));
  append(problems, repeated.problems());
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { value: result, problems };
}

/**
 * The mappings whose header signature the file has. A mapping that names a measure the catalogue
 * lacks, or a column the file lacks, is an error in the map, reported once, not on every row.
 */
function applicableMappings(
  table: SourceTable,
  columns: Columns,
  map: DfeMeasureMap,
  context: DfeImportContext,
  problems: Problem[],
): DfeMeasureMapping[] {
  const applicable: DfeMeasureMapping[] = [];
  for (const mapping of map.mappings) {
    if (!mapping.headerSignature.every((column) => columns.has(column))) continue;
    const where = `${map.fileName} row ${mapping.row}`;
    if (!context.measures.has(mapping.measureId)) {
      problems.push({
        severity: 'error',
        rule: 'unknown_measure',
        message: `${where}: '${mapping.measureId}' is not a measure in the catalogue (data/measures.csv), so ${table.fileName} cannot give it. Add the measure or correct the id.`,
      });
      continue;
    }
    const needed = [
      mapping.indicator,
      ...mapping.filters.map((filter) => filter.column),
      mapping.numerator?.column,
      mapping.denominator?.column,
    ];
    const missing = needed.filter((column): column is string => column !== undefined && !columns.has(column));
    if (missing.length > 0) {
      problems.push({
        severity: 'error',
        rule: 'missing_column',
        row: 1,
        message: `${table.fileName} has the columns of ${where} (${mapping.measureId}) but not ${missing.join(', ')}. Correct the line's header_signature or columns.`,
      });
      continue;
    }
    applicable.push(mapping);
  }
  return applicable;
}

/** The figure in a row's indicator cell, or null (with a problem) when there is none to keep. */
function readFigure(
  table: SourceTable,
  columns: Columns,
  record: SourceRecord,
  mapping: DfeMeasureMapping,
  problems: Problem[],
): Figure | null {
  const column = columns.nameOf(mapping.indicator);
  const text = columns.text(record, mapping.indicator);
  const reading = readCell(text);
  switch (reading.kind) {
    case 'number':
      return { value: scaled(reading.value, mapping.unitScale), status: 'final', note: '' };
    case 'status':
      if (reading.status === 'low_reliability')
        return { value: null, status: 'not_available', note: LOW_RELIABILITY_WITHOUT_FIGURE_NOTE };
      return { value: null, status: reading.status, note: '' };
    case 'blank':
      problems.push({
        severity: 'warning',
        rule: 'missing_value',
        row: record.row,
        column,
        message: `${table.fileName} row ${record.row}, column ${column}: the cell is blank. DfE files put a symbol (x, z, c) where there is no figure, so this one is left out rather than guessed.`,
      });
      return null;
    case 'invalid':
      problems.push({
        severity: 'error',
        rule: 'invalid_value',
        row: record.row,
        column,
        message: `${table.fileName} row ${record.row}, column ${column}: ${reading.reason}. A DfE figure is a number (1,234 or 12.5) or one of the symbols c, x, z, low, k, u.`,
      });
      return null;
  }
}

/** A count behind a figure; a symbol or a missing Total row gives null, as counts are optional. */
function readCount(
  columns: Columns,
  record: SourceRecord,
  source: DfeCountSource | null,
  rowsByKey: ReadonlyMap<string, SourceRecord>,
  rowKey: (record: SourceRecord, replaced: DfeFilter | null) => string,
): number | null {
  if (!source) return null;
  const row = source.sibling ? rowsByKey.get(rowKey(record, source.sibling)) : record;
  if (!row) return null;
  const reading = readCell(columns.text(row, source.column));
  return reading.kind === 'number' ? reading.value : null;
}
