import type { AreaDirectory } from '../areas/area-directory';
import { STATUS_LABEL, statusAllowsValue, type Status } from '../observations/status';
import { parsePeriod } from '../periods/period';
import { readCell } from '../readers/cell';
import type { ParseResult, Problem, SourceRecord, SourceTable } from '../readers/result';
import { closestMatches } from '../readers/suggest';
import { cell, emptyFileProblem, missingColumns } from '../readers/table';
import { findBreakdown, findCategory, type BreakdownCatalogue, type BreakdownDefinition } from './breakdown-catalogue';
import {
  checkBreakdowns,
  groupFigures,
  groupKey,
  type HeadlineLookup,
  type LocatedBreakdown,
} from './breakdown-checks';
import { breakdownFigureKey, type BreakdownFigure } from './breakdown-figure';

/** The breakdowns layout of the data contract (docs/data-format.md): one category of one breakdown per row. */
export const BREAKDOWN_FILE_COLUMNS = [
  'breakdown',
  'area',
  'period',
  'category',
  'label',
  'count',
  'percent',
  'total',
  'status',
  'note',
] as const;
export const REQUIRED_BREAKDOWN_COLUMNS = ['breakdown', 'area', 'period', 'category'] as const;

export interface BreakdownContext {
  catalogue: BreakdownCatalogue;
  areas: AreaDirectory;
  /** The headline measure's figure held, for the check that the breakdown's total agrees with it. */
  headline?: HeadlineLookup;
}

/** A count or percentage cell: a number, a status symbol (c, x) standing in for it, or blank. */
type Amount = { value: number | null; status: Status | null } | { invalid: string };

function readAmount(text: string): Amount {
  const reading = readCell(text);
  switch (reading.kind) {
    case 'number':
      return { value: reading.value, status: null };
    case 'status':
      return { value: null, status: reading.status };
    case 'blank':
      return { value: null, status: null };
    case 'invalid':
      return { invalid: reading.reason };
  }
}

export interface BreakdownRow {
  breakdown: string;
  area: string;
  period: string;
  category: string;
  count: string;
  percent: string;
  total: string;
  status: string;
  note: string;
  row: number;
}

function rowOf(record: SourceRecord): BreakdownRow {
  return {
    breakdown: cell(record, 'breakdown'),
    area: cell(record, 'area'),
    period: cell(record, 'period'),
    category: cell(record, 'category'),
    count: cell(record, 'count'),
    percent: cell(record, 'percent'),
    total: cell(record, 'total'),
    status: cell(record, 'status'),
    note: cell(record, 'note'),
    row: record.row,
  };
}

/**
 * One row read against the catalogue: the figure, or the errors that keep it out. Shared by the
 * breakdowns layout and the seed's printed table (which gives the same parts from other places).
 */
export function readBreakdownRow(
  row: BreakdownRow,
  context: BreakdownContext,
  fileName: string,
  problems: Problem[],
): BreakdownFigure | null {
  const before = problems.length;
  const error = (rule: Problem['rule'], column: string, message: string) =>
    problems.push({
      severity: 'error',
      rule,
      row: row.row,
      column,
      message: `${fileName} row ${row.row}, column ${column}: ${message}`,
    });
  const definition = findBreakdown(context.catalogue, row.breakdown);
  if (!definition) {
    const ids = context.catalogue.breakdowns.map((breakdown) => breakdown.id);
    const near = closestMatches(row.breakdown, ids);
    error(
      'unknown_breakdown',
      'breakdown',
      `'${row.breakdown}' is not a breakdown in the catalogue (data/breakdowns.csv).${near.length > 0 ? ` Did you mean ${near.join(' or ')}?` : ''} Use one of its ids, or add the breakdown to the catalogue.`,
    );
    return null;
  }
  const category = findCategory(definition, row.category);
  if (!category) {
    error(
      'unknown_breakdown_category',
      'category',
      definition.categories.length === 0
        ? `${definition.id} is worked out from the 903 return, so it has no categories to upload. Upload the 903 return on the 903 page instead.`
        : `'${row.category}' is not a category of ${definition.id}. Use one of: ${definition.categories.map((listed) => listed.label).join('; ')}, or add it to data/breakdown-categories.csv.`,
    );
  }
  const area = context.areas.findLocalAuthority(row.area)?.area ?? context.areas.find(row.area);
  if (!area)
    error('unknown_area', 'area', `'${row.area}' is not a known area code. Use an ONS code such as E06000047.`);
  const period = parsePeriod(row.period);
  if (!period.ok) error('invalid_period', 'period', `${period.reason}.`);
  const amounts = { count: readAmount(row.count), percent: readAmount(row.percent), total: readAmount(row.total) };
  for (const [column, amount] of Object.entries(amounts)) {
    if ('invalid' in amount)
      error(
        'invalid_value',
        column,
        `${amount.invalid}. Give a number (e.g. 422, or 45% for a percentage), or c or x for a suppressed or missing figure.`,
      );
  }
  if (problems.length > before || !category || !area || !period.ok) return null;
  const count = amounts.count as Exclude<Amount, { invalid: string }>;
  const percent = amounts.percent as Exclude<Amount, { invalid: string }>;
  const total = amounts.total as Exclude<Amount, { invalid: string }>;
  const status = statusOf(row, count, percent, error);
  if (!status) return null;
  return {
    breakdownId: definition.id,
    areaCode: area.code,
    period: period.period,
    categories: [{ dimension: definition.dimension, key: category.key, label: category.label }],
    count: count.value,
    percent: percent.value,
    total: total.value,
    status,
    note: row.note,
  };
}

function statusOf(
  row: BreakdownRow,
  count: { value: number | null; status: Status | null },
  percent: { value: number | null; status: Status | null },
  error: (rule: Problem['rule'], column: string, message: string) => void,
): Status | null {
  const given = row.status.trim().toLowerCase().replaceAll(' ', '_');
  const symbol = count.status ?? percent.status;
  const status = (given === '' ? symbol : given) ?? (count.value === null && percent.value === null ? null : 'final');
  if (status === null) {
    error(
      'missing_value',
      'count',
      'the count and the percentage are both blank. Give the figure, or a status such as c (suppressed) saying why there is none: a blank is never read as zero.',
    );
    return null;
  }
  if (!(status in STATUS_LABEL)) {
    error(
      'invalid_status',
      'status',
      `'${row.status}' is not a status. Leave it blank for a final figure, or use suppressed, not_available or provisional.`,
    );
    return null;
  }
  const known = status as Status;
  if (!statusAllowsValue(known) && (count.value !== null || percent.value !== null)) {
    error(
      'value_with_status',
      'status',
      `a figure is given with the status '${STATUS_LABEL[known]}', which stands in place of a figure. Remove the figure or the status.`,
    );
    return null;
  }
  return known;
}

/**
 * Fills in what a file may leave out: a total left blank is the sum of the top-level categories'
 * counts when every one has a count (and they are parts of one whole: `addsUp`), and a percentage left blank is the count over that total.
 * A figure given is never changed.
 */
export function completeTotals(figures: readonly LocatedBreakdown[], catalogue: BreakdownCatalogue): BreakdownFigure[] {
  const totals = new Map<string, number | null>();
  for (const group of groupFigures(figures)) {
    const first = group[0];
    if (!first) continue;
    const definition: BreakdownDefinition | undefined = findBreakdown(catalogue, first.figure.breakdownId);
    const isTop = (figure: BreakdownFigure) =>
      !definition?.categories.find((category) => category.key === figure.categories[0].key)?.partOf;
    const given = group.find(({ figure }) => figure.total !== null)?.figure.total ?? null;
    const counts = group.filter(({ figure }) => isTop(figure)).map(({ figure }) => figure.count);
    const added =
      (definition?.addsUp ?? true) && counts.every((count) => count !== null)
        ? counts.reduce<number>((a, b) => a + (b ?? 0), 0)
        : null;
    totals.set(groupKey(first.figure), given ?? added);
  }
  return figures.map(({ figure }) => {
    const total = figure.total ?? totals.get(groupKey(figure)) ?? null;
    const percent =
      figure.percent ?? (figure.count !== null && total ? Math.round((figure.count / total) * 1000) / 10 : null);
    return { ...figure, total, percent };
  });
}

/** Keeps the first figure for each breakdown, area, period and category, with an error for a repeat. */
export function withoutRepeats(
  located: readonly LocatedBreakdown[],
  fileName: string,
  problems: Problem[],
): LocatedBreakdown[] {
  const seen = new Map<string, number>();
  return located.filter(({ figure, row }) => {
    const key = breakdownFigureKey(figure);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, row);
      return true;
    }
    problems.push({
      severity: 'error',
      rule: 'repeated_breakdown_category',
      row,
      column: 'category',
      message: `${fileName} row ${row}, column category: ${figure.categories[0].label} of ${figure.breakdownId} for ${figure.areaCode} at ${figure.period.label} is given again (first on row ${first}). Keep one row per category.`,
    });
    return false;
  });
}

/** Reads a file in the breakdowns layout, every rule of the contract applied. A result with errors must change nothing. */
export function readBreakdownsFile(table: SourceTable, context: BreakdownContext): ParseResult<BreakdownFigure[]> {
  const problems: Problem[] = [...missingColumns(table, REQUIRED_BREAKDOWN_COLUMNS), ...emptyFileProblem(table)];
  const names = table.header.map((name) => name.trim().toLowerCase());
  if (!names.includes('count') && !names.includes('percent')) {
    problems.push({
      severity: 'error',
      rule: 'missing_column',
      row: 1,
      column: 'count',
      message: `${table.fileName}: the header has neither a 'count' nor a 'percent' column. A breakdowns file gives each category's count, its percentage or both.`,
    });
  }
  if (problems.length > 0) return { value: [], problems };
  const located: LocatedBreakdown[] = [];
  for (const record of table.records) {
    const row = rowOf(record);
    const figure = readBreakdownRow(row, context, table.fileName, problems);
    if (figure) located.push({ figure, row: row.row });
  }
  return finishBreakdowns(located, context, table.fileName, problems);
}

/** The repeats refused, the totals completed and the contract's checks run: the last steps of either layout. */
export function finishBreakdowns(
  located: readonly LocatedBreakdown[],
  context: BreakdownContext,
  fileName: string,
  problems: Problem[],
): ParseResult<BreakdownFigure[]> {
  const kept = withoutRepeats(located, fileName, problems);
  for (const problem of checkBreakdowns(kept, context.catalogue, context.headline, fileName)) problems.push(problem);
  const figures = completeTotals(kept, context.catalogue);
  // A printed table reads each row once per snapshot: one slip in a label is reported once.
  const unique = [...new Map(problems.map((problem) => [`${problem.row ?? 0}|${problem.message}`, problem])).values()];
  unique.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { value: figures, problems: unique };
}
