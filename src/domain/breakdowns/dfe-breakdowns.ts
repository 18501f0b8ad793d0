import type { AreaDirectory } from '../areas/area-directory';
import { dfeAreaOf } from '../readers/dfe/dfe-area';
import { Columns, canonicalColumn, rememberedValueKey } from '../readers/dfe/dfe-columns';
import { DFE_PUBLISHER } from '../readers/dfe/dfe-figure';
import { REPORTING_YEARS, dfePeriod, type ReportingYear } from '../readers/dfe/dfe-period';
import { readCell } from '../readers/cell';
import type { ParseResult, Problem, SourceTable } from '../readers/result';
import { cell, missingColumns } from '../readers/table';
import { findBreakdown, findCategory, labelKey, type BreakdownCatalogue } from './breakdown-catalogue';
import { breakdownFigureKey, type BreakdownFigure } from './breakdown-figure';

/*
 * DfE publishes breakdowns as rows: one per area, period, filter and category, the category in a
 * filter column (`breakdown`) and the figure in indicator columns (`care_leaver_count`,
 * `care_leaver_percent`). Which rows give which breakdown is data (data/dfe-breakdown-map.csv), as
 * the measure map is for totals: a line names the breakdown, the filters its rows have, the column
 * holding the category (matched to the catalogue's categories by their other names), the count and
 * percentage columns, and the category that is the total.
 */

export interface DfeBreakdownMapping {
  breakdownId: string;
  /** Column (canonical name) = value, every one of which a row must have. */
  filters: readonly { column: string; value: string }[];
  categoryColumn: string;
  countColumn: string;
  percentColumn: string | null;
  /** The category value of the row that gives the total (e.g. `Suitability total`). */
  totalCategory: string;
  reportingYear: ReportingYear;
  row: number;
}

export interface DfeBreakdownMap {
  fileName: string;
  mappings: readonly DfeBreakdownMapping[];
}

export const DFE_BREAKDOWN_MAP_COLUMNS = [
  'breakdown',
  'filters',
  'category_column',
  'count_column',
  'percent_column',
  'total_category',
  'reporting_year',
] as const;

function isReportingYear(text: string): text is ReportingYear {
  return (REPORTING_YEARS as readonly string[]).includes(text);
}

/** Reads data/dfe-breakdown-map.csv against the catalogue's breakdowns. */
export function readDfeBreakdownMap(table: SourceTable, catalogue: BreakdownCatalogue): ParseResult<DfeBreakdownMap> {
  const problems: Problem[] = missingColumns(
    table,
    DFE_BREAKDOWN_MAP_COLUMNS.filter((column) => column !== 'percent_column'),
  );
  const mappings: DfeBreakdownMapping[] = [];
  if (problems.length > 0) return { value: { fileName: table.fileName, mappings }, problems };
  for (const record of table.records) {
    const fail = (column: string, message: string) =>
      problems.push({
        severity: 'error',
        rule: 'invalid_breakdown_catalogue',
        row: record.row,
        column,
        message: `${table.fileName} row ${record.row}, column ${column}: ${message}`,
      });
    const breakdownId = cell(record, 'breakdown');
    const reportingYear = cell(record, 'reporting_year') || 'year_to_31_march';
    const filters = cell(record, 'filters')
      .split(';')
      .map((pair) => pair.split('='))
      .filter((pair) => (pair[0] ?? '').trim() !== '')
      .map(([column = '', ...value]) => ({ column: canonicalColumn(column), value: value.join('=').trim() }));
    if (!findBreakdown(catalogue, breakdownId))
      fail('breakdown', `'${breakdownId}' is not a breakdown in the catalogue.`);
    else if (!isReportingYear(reportingYear))
      fail('reporting_year', `'${reportingYear}' is not one of ${REPORTING_YEARS.join(', ')}.`);
    else if (!cell(record, 'category_column') || !cell(record, 'count_column'))
      fail('category_column', 'a mapping needs the column holding the category and the count column.');
    else
      mappings.push({
        breakdownId,
        filters,
        categoryColumn: canonicalColumn(cell(record, 'category_column')),
        countColumn: canonicalColumn(cell(record, 'count_column')),
        percentColumn: cell(record, 'percent_column') ? canonicalColumn(cell(record, 'percent_column')) : null,
        totalCategory: cell(record, 'total_category'),
        reportingYear,
        row: record.row,
      });
  }
  return { value: { fileName: table.fileName, mappings }, problems };
}

export interface DfeBreakdownContext {
  catalogue: BreakdownCatalogue;
  areas: AreaDirectory;
}

function amount(text: string): { value: number | null; status: BreakdownFigure['status'] } | null {
  const reading = readCell(text);
  if (reading.kind === 'number') return { value: reading.value, status: 'final' };
  if (reading.kind === 'status') return { value: null, status: reading.status };
  if (reading.kind === 'blank') return { value: null, status: 'not_available' };
  return null;
}

/**
 * What became of each row of a DfE file read for breakdowns, every row counted once: it gave a
 * figure, it was a total, its category is not one of the breakdown's (DfE's subtotals, named in
 * `notCategories`), its count could not be read, its area or level is not read (a sub-region), its
 * period could not be read, or no mapping's filters match it (rows of measures, not breakdowns).
 */
export interface DfeBreakdownRows {
  figures: number;
  totals: number;
  notCategories: number;
  unreadable: number;
  otherAreas: number;
  otherPeriods: number;
  unmatched: number;
  /** The category values not read, each once, in the order first met. */
  notCategoryNames: string[];
}

export interface DfeBreakdownRead {
  figures: BreakdownFigure[];
  rows: DfeBreakdownRows;
}

type RowFate = Exclude<keyof DfeBreakdownRows, 'notCategoryNames'>;
/** A row that several mappings match is counted by the most useful thing it did. */
const FATE_ORDER: readonly RowFate[] = [
  'figures',
  'totals',
  'notCategories',
  'unreadable',
  'otherAreas',
  'otherPeriods',
  'unmatched',
];

/**
 * The breakdown figures of a DfE file, every area's (England, regions and councils), through the
 * breakdown map. Rows of other levels, rows no mapping's filters match and the DfE's subtotals
 * (categories the catalogue does not list, such as "Total in education, employment or training")
 * give nothing, and are counted; the total row gives each figure's total. Never throws.
 */
export function readDfeBreakdowns(
  table: SourceTable,
  map: DfeBreakdownMap,
  context: DfeBreakdownContext,
): ParseResult<DfeBreakdownRead> {
  const columns = new Columns(table.header);
  const applicable = map.mappings.filter(
    (mapping) =>
      columns.has(mapping.categoryColumn) &&
      columns.has(mapping.countColumn) &&
      mapping.filters.every((filter) => columns.has(filter.column)),
  );
  const rows: DfeBreakdownRows = {
    figures: 0,
    totals: 0,
    notCategories: 0,
    unreadable: 0,
    otherAreas: 0,
    otherPeriods: 0,
    unmatched: 0,
    notCategoryNames: [],
  };
  if (applicable.length === 0)
    return { value: { figures: [], rows: { ...rows, unmatched: table.records.length } }, problems: [] };
  const keyOf = rememberedValueKey();
  const figures = new Map<string, BreakdownFigure>();
  const totals = new Map<string, number>();
  const notCategoryNames = new Set<string>();
  for (const record of table.records) {
    let fate = 'unmatched' as RowFate;
    let notCategory = '';
    const better = (next: RowFate) => {
      if (FATE_ORDER.indexOf(next) < FATE_ORDER.indexOf(fate)) fate = next;
    };
    for (const mapping of applicable) {
      if (!mapping.filters.every((filter) => keyOf(columns.text(record, filter.column)) === keyOf(filter.value)))
        continue;
      const area = dfeAreaOf(record, columns, context.areas, keyOf);
      if (area.kind !== 'area') {
        better('otherAreas');
        continue;
      }
      const period = dfePeriod(
        columns.text(record, 'time_period'),
        columns.text(record, 'time_identifier'),
        mapping.reportingYear,
      );
      if (!period.ok) {
        better('otherPeriods');
        continue;
      }
      const written = columns.text(record, mapping.categoryColumn);
      const count = amount(columns.text(record, mapping.countColumn));
      const groupKey = `${mapping.breakdownId}|${area.area.code}|${period.period.label}`;
      if (labelKey(written) === labelKey(mapping.totalCategory)) {
        if (count?.value != null) totals.set(groupKey, count.value);
        better('totals');
        continue;
      }
      const definition = findBreakdown(context.catalogue, mapping.breakdownId);
      const category = definition ? findCategory(definition, written) : undefined;
      if (!definition || !category) {
        notCategory = written;
        better('notCategories');
        continue;
      }
      if (!count) {
        better('unreadable');
        continue;
      }
      const percent = mapping.percentColumn ? amount(columns.text(record, mapping.percentColumn)) : null;
      const figure: BreakdownFigure = {
        breakdownId: definition.id,
        areaCode: area.area.code,
        period: period.period,
        categories: [{ dimension: definition.dimension, key: category.key, label: category.label }],
        count: count.value,
        percent: percent?.value ?? null,
        total: null,
        status: count.status,
        note: period.note,
      };
      const key = breakdownFigureKey(figure);
      if (!figures.has(key)) figures.set(key, figure);
      better('figures');
    }
    rows[fate] += 1;
    // A file's rows may meet another file's mappings (the same columns): a row is named only when no mapping read it.
    if (fate === 'notCategories') notCategoryNames.add(notCategory);
  }
  const value = [...figures.values()].map((figure) => ({
    ...figure,
    total: totals.get(`${figure.breakdownId}|${figure.areaCode}|${figure.period.label}`) ?? null,
  }));
  return { value: { figures: value, rows: { ...rows, notCategoryNames: [...notCategoryNames] } }, problems: [] };
}

/** The publisher DfE breakdown figures carry, as DfE observations do. */
export const DFE_BREAKDOWN_PUBLISHER = DFE_PUBLISHER;
