import { parseSnapshotDate } from '../periods/day-date';
import type { ParseResult, Problem, SourceRecord, SourceTable } from '../readers/result';
import { findCategory, labelKey, type BreakdownDefinition } from './breakdown-catalogue';
import type { LocatedBreakdown } from './breakdown-checks';
import type { BreakdownFigure } from './breakdown-figure';
import { finishBreakdowns, readBreakdownRow, type BreakdownContext } from './breakdowns-file';

/*
 * A breakdown as an officer keeps it and the CLA update pack prints it (seed 002's placement mix):
 * the dimension's name in the first heading ("Placement Type"), then for each snapshot date a
 * heading over two columns, No. and % (the second left unnamed, a merged cell), then change columns
 * ("No. change on Jun19"), which are worked out again from the snapshots and not read; a row under
 * the headings says No. and %; one row per category; a Grand Total row gives each snapshot's total.
 */

const TOTAL_LABELS = new Set(['grand total', 'total']);

/** Whether a header is a printed breakdown table's: a named first column, then at least one snapshot date heading. */
export function isPrintedBreakdownHeader(header: readonly string[]): boolean {
  const [first = '', ...rest] = header;
  return (
    first.trim() !== '' &&
    first.trim().toLowerCase() !== 'measure' &&
    rest.some((heading) => parseSnapshotDate(heading) !== null)
  );
}

export const PRINTED_BREAKDOWN_NEEDS =
  "a printed breakdown table needs the breakdown's dimension first (e.g. Placement Type), then a snapshot date heading (e.g. 04-Jun-19) over No. and % columns";

interface Snapshot {
  date: string;
  countColumn: number;
  percentColumn: number | null;
}

/** A record's cells in the header's order, by position where the reader kept it (a merged heading is blank). */
export function valuesOf(record: SourceRecord, header: readonly string[]): string[] {
  // Read once: a CSV record cuts its cells from its line each time they are asked for.
  const values = record.values;
  return header.map((name, column) => (values?.[column] ?? record.cells[name] ?? '').trim());
}

/** The breakdown the first heading names, chosen by the most row labels that are its categories. */
function whichBreakdown(
  heading: string,
  labels: readonly string[],
  context: BreakdownContext,
): BreakdownDefinition | undefined {
  const named = context.catalogue.breakdowns.filter(
    (breakdown) =>
      breakdown.categories.length > 0 &&
      (labelKey(breakdown.dimensionLabel) === labelKey(heading) || labelKey(breakdown.title) === labelKey(heading)),
  );
  const matches = (breakdown: BreakdownDefinition) => labels.filter((label) => findCategory(breakdown, label)).length;
  return named.sort((a, b) => matches(b) - matches(a))[0];
}

export function readPrintedBreakdown(
  table: SourceTable,
  context: BreakdownContext & { areaCode?: string },
): ParseResult<BreakdownFigure[]> {
  const problems: Problem[] = [];
  const fail = (rule: Problem['rule'], message: string, row = 1): ParseResult<BreakdownFigure[]> => ({
    value: [],
    problems: [{ severity: 'error', rule, row, message: `${table.fileName}: ${message}` }],
  });
  const header = table.header.map((heading) => heading.trim());
  const rows = table.records.map((record) => ({ record, values: valuesOf(record, header) }));
  const labelled = rows.filter(
    ({ values }) => (values[0] ?? '') !== '' && !TOTAL_LABELS.has(labelKey(values[0] ?? '')),
  );
  const definition = whichBreakdown(
    header[0] ?? '',
    labelled.map(({ values }) => values[0] ?? ''),
    context,
  );
  if (!definition) {
    const named = context.catalogue.breakdowns.filter((breakdown) => breakdown.categories.length > 0);
    return fail(
      'unknown_breakdown',
      `its first heading '${header[0] ?? ''}' names no breakdown in the catalogue. Head the first column with the breakdown's dimension: ${named.map((breakdown) => breakdown.dimensionLabel).join(', ')}.`,
    );
  }
  if (!context.areaCode) {
    return fail(
      'area_required',
      `a printed breakdown table does not say which local authority it is for. Choose the local authority (on the command line, --area CODE, e.g. --area E06000047).`,
    );
  }
  const subHeader = rows.find(({ values }) => (values[0] ?? '') === '' && values.some((text) => /^no\.?$/i.test(text)));
  const snapshots: Snapshot[] = [];
  header.forEach((heading, column) => {
    const date = parseSnapshotDate(heading);
    if (!date) return;
    const next = column + 1;
    const percentBelow = subHeader ? subHeader.values[next] === '%' : header[next] === '';
    snapshots.push({ date, countColumn: column, percentColumn: percentBelow ? next : null });
  });
  const totalRow = rows.find(({ values }) => TOTAL_LABELS.has(labelKey(values[0] ?? '')));
  const located: LocatedBreakdown[] = [];
  for (const { record, values } of labelled) {
    for (const snapshot of snapshots) {
      const figure = readBreakdownRow(
        {
          breakdown: definition.id,
          area: context.areaCode,
          period: snapshot.date,
          category: values[0] ?? '',
          count: values[snapshot.countColumn] ?? '',
          percent: snapshot.percentColumn === null ? '' : (values[snapshot.percentColumn] ?? ''),
          total: totalRow?.values[snapshot.countColumn] ?? '',
          status: '',
          note: '',
          row: record.row,
        },
        context,
        table.fileName,
        problems,
      );
      if (figure) located.push({ figure, row: record.row });
    }
  }
  if (located.length === 0 && problems.length === 0)
    return fail('breakdown_table_unreadable', `no row gives a category's figures. ${PRINTED_BREAKDOWN_NEEDS}.`);
  return finishBreakdowns(located, context, table.fileName, problems);
}
