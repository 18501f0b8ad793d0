import { parsePeriod } from '../periods/period';
import type { ParseResult, Problem, SourceTable } from '../readers/result';
import { findCategory, labelKey, type BreakdownDefinition } from './breakdown-catalogue';
import type { LocatedBreakdown } from './breakdown-checks';
import type { BreakdownFigure } from './breakdown-figure';
import { finishBreakdowns, readBreakdownRow, type BreakdownContext } from './breakdowns-file';
import { valuesOf } from './printed-table';

/*
 * Care leavers by single year of age as the ChAT (the Children's Services Analysis Tool) lays them
 * out and seed 002's CLA pack prints them: a first heading "ChAT", then a column per year of age
 * ("Aged 17", "Aged 18") and a "Total"; a row "Numbers in cohort" and a row of each age's share
 * ("In suitable accommodation" 100%, 93%). Each year of age is a category whose percentage is of its
 * own cohort, so the breakdown does not add up (the catalogue's adds_up = no); which breakdown it
 * is comes from the share row's words (share_label) and the ages. The ChAT table names neither
 * council nor date: the council is chosen, and the period follows "ChAT" in the first heading.
 */

const FIRST = /^chat\b\s*(.*)$/i;
const COHORT = /^numbers? in (the )?cohort$/i;

/** Whether a header is a ChAT age table's: "ChAT" (and a period), then "Aged 17"… or "Total". */
export function isAgeTableHeader(header: readonly string[]): boolean {
  const [first = '', ...rest] = header.map((heading) => heading.trim());
  const ages = rest.filter((heading) => heading !== '');
  return FIRST.test(first) && ages.length > 0 && ages.every((heading) => /^(aged \d+|total)$/i.test(heading));
}

export const AGE_TABLE_NEEDS =
  'a ChAT table needs ChAT and its period first (e.g. ChAT 2021/22 Q2), then Aged 17, Aged 18… and Total, with a Numbers in cohort row and a row of each age’s share (e.g. In suitable accommodation)';

export function readAgeTable(
  table: SourceTable,
  context: BreakdownContext & { areaCode?: string },
): ParseResult<BreakdownFigure[]> {
  const fail = (rule: Problem['rule'], message: string, row = 1): ParseResult<BreakdownFigure[]> => ({
    value: [],
    problems: [{ severity: 'error', rule, row, message: `${table.fileName}: ${message}` }],
  });
  const header = table.header.map((heading) => heading.trim());
  const ageColumns = header.flatMap((heading, column) => (column > 0 && heading !== '' ? [{ heading, column }] : []));
  const rows = table.records.map((record) => ({ record, values: valuesOf(record, header) }));
  const cohort = rows.find(({ values }) => COHORT.test(values[0] ?? ''));
  const shares = rows.filter(({ values }) => (values[0] ?? '') !== '' && !COHORT.test(values[0] ?? ''));
  const fits = (breakdown: BreakdownDefinition, label: string) =>
    breakdown.shareLabel !== null &&
    labelKey(breakdown.shareLabel) === labelKey(label) &&
    ageColumns.every(({ heading }) => findCategory(breakdown, heading));
  const shareRows = shares.flatMap(({ record, values }) => {
    const definition = context.catalogue.breakdowns.find((breakdown) => fits(breakdown, values[0] ?? ''));
    return definition ? [{ record, values, definition }] : [];
  });
  if (shareRows.length === 0) {
    const named = context.catalogue.breakdowns.filter((breakdown) => breakdown.shareLabel !== null);
    return fail(
      'unknown_breakdown',
      `no row under the ages is a share the catalogue knows for ${ageColumns.map(({ heading }) => heading).join(', ')}. Name the row as the ChAT does: ${[...new Set(named.map((breakdown) => breakdown.shareLabel))].join(' or ')}.`,
    );
  }
  if (!cohort) return fail('breakdown_table_unreadable', `it has no Numbers in cohort row. ${AGE_TABLE_NEEDS}.`);
  if (!context.areaCode) {
    return fail(
      'area_required',
      'a ChAT table does not say which local authority it is for. Choose the local authority (on the command line, --area CODE, e.g. --area E06000047).',
    );
  }
  const written = (FIRST.exec(header[0] ?? '')?.[1] ?? '').replace(/^[\s,:–-]+/, '');
  const period = parsePeriod(written);
  if (written === '' || !period.ok) {
    return fail(
      'breakdown_period_required',
      `its first heading '${header[0] ?? ''}' does not say when the snapshot was taken${written === '' || period.ok ? '' : ` (${period.reason})`}. Add the period after ChAT, e.g. ChAT 2021/22 Q2 or ChAT 30/09/2021.`,
    );
  }
  const problems: Problem[] = [];
  const located: LocatedBreakdown[] = [];
  for (const { record, values, definition } of shareRows) {
    for (const { heading, column } of ageColumns) {
      const figure = readBreakdownRow(
        {
          breakdown: definition.id,
          area: context.areaCode,
          period: period.period.label,
          category: heading,
          count: '',
          percent: values[column] ?? '',
          total: cohort.values[column] ?? '',
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
  return finishBreakdowns(located, context, table.fileName, problems);
}
