import { quoted } from '../../text/quote';
import { readNumber } from '../cell';
import type { ParseResult, Problem, SourceTable } from '../result';
import { cell, emptyFileProblem, missingColumns } from '../table';
import { columnKey, valueKey } from './dfe-columns';
import { REPORTING_YEARS, type ReportingYear } from './dfe-period';

/*
 * Which row and column of a DfE open-data file gives which of our measures is data
 * (data/dfe-measure-map.csv), not code, so a new file or measure needs a line in that table rather
 * than a new reader. This file reads that table; dfe-file.ts reads a DfE file through it.
 */

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
  /**
   * When set, the indicator is a count and the figure is that count per `unitScale` children of
   * the ONS population (data/population-0-17.csv): DfE's files of assessment factors give counts only.
   */
  perPopulation: PerPopulation | null;
  /**
   * How the indicator's cells are read: a number; DfE's years and months ("01:02", 14 months); or a
   * percentage whose complement is the figure (100 minus the cell: the share not in the row's category).
   */
  valueFormat: ValueFormat;
  /**
   * Names (lower case) one of which a file's name must contain for the line to apply, as Explore
   * Education Statistics names its files; empty for any file with the header. DfE publishes some files
   * with the same columns (children starting, ceasing and looked after on 31 March), and only the name
   * tells them apart.
   */
  fileNames: readonly string[];
  /**
   * Whose counts the file gives exactly, so a percentage can be checked against them: `councils`
   * where DfE rounds only England's and the regions' counts (to the nearest 10); null where no count
   * is exact (a workforce file's FTEs, to one decimal) and nothing is checked.
   */
  exactCounts: ExactCounts | null;
  note: string;
  /** The line of the map file, so a problem with the mapping can point at it. */
  row: number;
}

/** The populations a figure can be a rate of: the ONS mid-year estimates of children aged 0 to 17. */
export const PER_POPULATIONS = ['children_0_17'] as const;
export type PerPopulation = (typeof PER_POPULATIONS)[number];

/**
 * `number` (the default); `years_months`: "YY:MM", read as months (DfE's adoption timescales);
 * `percent_complement`: the figure is 100 minus the cell, and its count the denominator minus the
 * row's (social workers from ethnic minorities: all with a known ethnicity but the White row).
 */
export const VALUE_FORMATS = ['number', 'years_months', 'percent_complement'] as const;
export type ValueFormat = (typeof VALUE_FORMATS)[number];

/** `councils`: each council's counts are exact (England's and the regions' are rounded). */
export const EXACT_COUNTS = ['councils'] as const;
export type ExactCounts = (typeof EXACT_COUNTS)[number];

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
  'per_population',
  'value_format',
  'exact_counts',
  'file_name',
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
      reason: `${quoted(trimmed)} names no column: write a column, or column@filter=value for the row with another value in one filter`,
    };
  if (at === -1) return { ok: true, value: { column, sibling: null } };
  const sibling = readFilter(trimmed.slice(at + 1));
  if (!sibling.ok) return sibling;
  // The other row differs in one of this mapping's filters; any other column would not single it out.
  if (!filters.some((filter) => filter.column === sibling.value.column)) {
    return {
      ok: false,
      reason: `${quoted(trimmed)} changes ${sibling.value.column}, which is not one of the mapping's filters (${filters.map((filter) => filter.column).join(', ') || 'none'})`,
    };
  }
  return { ok: true, value: { column, sibling: sibling.value } };
}

function readReportingYear(text: string): ReportingYear | undefined {
  const written = text.trim() === '' ? 'year_to_31_march' : text.trim();
  return REPORTING_YEARS.find((known) => known === written);
}

/**
 * Whether a line of the map applies to a file: the file has every column of its header signature and,
 * when the line names files, its name contains one of them (so "la_cla_on_31_march_by_characteristics (1).csv",
 * as a browser saves a second download, is still the file).
 */
export function mappingAppliesTo(
  mapping: Pick<DfeMeasureMapping, 'headerSignature' | 'fileNames'>,
  hasColumn: (column: string) => boolean,
  fileName: string,
): boolean {
  if (!mapping.headerSignature.every(hasColumn)) return false;
  const name = fileName.toLowerCase();
  return mapping.fileNames.length === 0 || mapping.fileNames.some((named) => name.includes(named));
}

/** Reads data/dfe-measure-map.csv. Every line is checked; a line with an error is left out and reported. */
export function readDfeMeasureMap(table: SourceTable): ParseResult<DfeMeasureMap> {
  const problems: Problem[] = [...missingColumns(table, REQUIRED_MAP_COLUMNS), ...emptyFileProblem(table)];
  const mappings: DfeMeasureMapping[] = [];
  if (problems.length > 0) return { value: { fileName: table.fileName, mappings }, problems };
  const seen = new Map<string, number>();
  for (const record of table.records) {
    const before = problems.length;
    const report = (column: string, rule: Problem['rule'], message: string): void => {
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
        `${quoted(measureId)} is not a measure id: use the id from data/measures.csv, e.g. cla_rate.`,
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
        `${quoted(scaleText)} is not a scale: give a number above zero (1 when the file's unit is the measure's), or leave it blank.`,
      );
    const reportingYear = readReportingYear(cell(record, 'reporting_year'));
    if (!reportingYear)
      report(
        'reporting_year',
        'invalid_reporting_year',
        `'${cell(record, 'reporting_year')}' is not a reporting year: use ${REPORTING_YEARS.join(' or ')}, or leave it blank for the year to 31 March.`,
      );
    const perPopulationText = cell(record, 'per_population');
    const perPopulation =
      perPopulationText === '' ? null : PER_POPULATIONS.find((known) => known === perPopulationText);
    if (perPopulation === undefined)
      report(
        'per_population',
        'invalid_per_population',
        `${quoted(perPopulationText)} is not a population: use ${PER_POPULATIONS.join(' or ')} (the ONS estimate of children aged 0 to 17), or leave it blank when the file gives the figure itself.`,
      );
    const formatText = cell(record, 'value_format');
    const valueFormat = formatText === '' ? 'number' : VALUE_FORMATS.find((known) => known === formatText);
    if (valueFormat === undefined)
      report(
        'value_format',
        'invalid_value_format',
        `${quoted(formatText)} is not a value format: use ${VALUE_FORMATS.join(' or ')}, or leave it blank for numbers.`,
      );
    const exactText = cell(record, 'exact_counts');
    const exactCounts = exactText === '' ? null : EXACT_COUNTS.find((known) => known === exactText);
    if (exactCounts === undefined)
      report(
        'exact_counts',
        'invalid_exact_counts',
        `${quoted(exactText)} is not whose counts are exact: use ${EXACT_COUNTS.join(' or ')} (each council's counts are exact, England's and the regions' rounded), or leave it blank when no count is exact.`,
      );
    const fileNames = cell(record, 'file_name')
      .split('|')
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== '');
    if (
      problems.length > before ||
      exactCounts === undefined ||
      !numerator.ok ||
      !denominator.ok ||
      !scale.ok ||
      !reportingYear ||
      perPopulation === undefined ||
      valueFormat === undefined
    )
      continue;

    const key = [
      measureId,
      [...headerSignature].sort().join(';'),
      [...fileNames].sort().join('|'),
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
      perPopulation,
      valueFormat,
      exactCounts,
      fileNames,
      note: cell(record, 'note'),
      row: record.row,
    });
  }
  return { value: { fileName: table.fileName, mappings }, problems };
}
