import type { Observation } from '../observations/observation';
import type { Period } from '../periods/period';
import type { Problem } from '../readers/result';
import { breakdownName, snapshotHeading } from '../text/breakdowns';
import type { BreakdownCatalogue, BreakdownDefinition } from './breakdown-catalogue';
import { findBreakdown } from './breakdown-catalogue';
import type { BreakdownFigure } from './breakdown-figure';

/** A breakdown figure with the row of the file it came from, for the checks' messages. */
export interface LocatedBreakdown {
  figure: BreakdownFigure;
  row: number;
}

/** The headline measure's figure for an area and period, or null when none is held. */
export type HeadlineLookup = (
  measureId: string,
  areaCode: string,
  period: Period,
) => { value: number; period: Period } | null;

/** The figures of one breakdown for one area and period: what the checks and pages take together. */
export function groupKey(figure: BreakdownFigure): string {
  return `${figure.breakdownId}|${figure.areaCode}|${figure.period.label}`;
}

export function groupFigures<T extends { figure: BreakdownFigure }>(located: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const entry of located) {
    const key = groupKey(entry.figure);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.values()];
}

/** Top-level categories only: a split of another category (full care order of Placed with parents) is not added in. */
function topLevel(
  definition: BreakdownDefinition | undefined,
  figures: readonly LocatedBreakdown[],
): LocatedBreakdown[] {
  if (!definition) return [...figures];
  return figures.filter(({ figure }) => {
    const category = definition.categories.find((listed) => listed.key === figure.categories[0].key);
    return !category?.partOf;
  });
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Each percentage rounded to a whole number is up to half a point out, so the total of n of them can
 * be up to n/2 from 100 by rounding alone; beyond that (and at least 1 point) the figures disagree.
 */
export function percentTolerance(categories: number): number {
  return Math.max(1, categories / 2);
}

/**
 * The checks of the data contract on one breakdown at one area and period, on the figures as the
 * file gives them (before a blank total or percentage is worked out), all warnings (the figures
 * are the council's own, and the seed's table has each of these slips, so the officer decides):
 * percentages whose total is far from 100, a total that is not the sum of its categories' counts,
 * a category's percentage that is not its count over the total, and a total that disagrees with the
 * headline measure's figure for the same area and period (a snapshot date is compared with the
 * figure of the quarter or month it falls in, when it is within a week of that period's end).
 */
export function checkBreakdownGroup(
  group: readonly LocatedBreakdown[],
  catalogue: BreakdownCatalogue,
  headline: HeadlineLookup | undefined,
  fileName: string,
): Problem[] {
  const first = group[0];
  if (!first) return [];
  const { breakdownId, period, areaCode } = first.figure;
  const definition = findBreakdown(catalogue, breakdownId);
  const name = `${breakdownName(breakdownId, catalogue)} for ${areaCode} at ${snapshotHeading(period)}`;
  const problems: Problem[] = [];
  const warn = (rule: Problem['rule'], row: number, column: string, message: string) =>
    problems.push({
      severity: 'warning',
      rule,
      row,
      column,
      message: `${fileName} row ${row}, column ${column}: ${message}`,
    });
  const top = topLevel(definition, group);
  const addsUp = definition?.addsUp ?? true;
  const percents = top.map(({ figure }) => figure.percent);
  if (addsUp && percents.every((percent) => percent !== null) && percents.length > 1) {
    const total = round(sum(percents.filter((percent): percent is number => percent !== null)));
    if (Math.abs(total - 100) > percentTolerance(percents.length)) {
      warn(
        'breakdown_percent_total',
        first.row,
        'percent',
        `the percentages of ${name} add up to ${total}%, too far from 100% to be rounding (${percents.length} categories). Check each category's percentage is of the same total, and that no category is missing or given twice.`,
      );
    }
  }
  const counts = top.map(({ figure }) => figure.count);
  const given = first.figure.total;
  const added =
    addsUp && counts.every((count) => count !== null)
      ? sum(counts.filter((count): count is number => count !== null))
      : null;
  if (given !== null && added !== null) {
    if (added !== given) {
      warn(
        'breakdown_total_mismatch',
        first.row,
        'total',
        `the counts of ${name} add up to ${added}, but its total is ${given}. Check the total row, or the category left out of it.`,
      );
    }
  }
  for (const { figure, row } of group) {
    if (figure.count === null || figure.percent === null || !figure.total) continue;
    const worked = round((figure.count / figure.total) * 100);
    if (Math.abs(worked - figure.percent) > 1) {
      warn(
        'breakdown_percent_disagrees',
        row,
        'percent',
        `${figure.categories[0].label} (${name}) is ${figure.count} of ${figure.total}, which is ${worked}%, but its percentage is given as ${figure.percent}%. Check the count or the percentage.`,
      );
    }
  }
  const measureId = definition?.headlineMeasure;
  // The breakdown's total as given, or else the sum of its counts; for one that does not add up, the
  // total its categories share (the ChAT's per year of age have totals of their own: none is checked).
  const shared = group.every(({ figure }) => figure.total === given) ? given : null;
  const total = addsUp ? (given ?? added) : shared;
  const headlineFigure = measureId && total !== null ? headline?.(measureId, areaCode, period) : null;
  if (headlineFigure && headlineFigure.value !== total) {
    warn(
      'breakdown_headline_mismatch',
      first.row,
      'total',
      `${name} counts ${total} ${definition?.of || 'in all'}, but the headline figure (${measureId}) for ${headlineFigure.period.label} is ${headlineFigure.value}. Check that both are at the same date and count the same children.`,
    );
  }
  return problems;
}

export function checkBreakdowns(
  located: readonly LocatedBreakdown[],
  catalogue: BreakdownCatalogue,
  headline: HeadlineLookup | undefined,
  fileName: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const group of groupFigures(located))
    for (const problem of checkBreakdownGroup(group, catalogue, headline, fileName)) problems.push(problem);
  return problems;
}

/**
 * The headline lookup over held figures: the measure's number (a count's value, or a rate's or
 * percentage's numerator: the 912 of "90 per 10,000 [912]") for the same period, or for the quarter
 * or month a snapshot date falls in, within its last week.
 */
export function headlineFrom(
  seriesOf: (measureId: string, areaCode: string) => readonly Pick<Observation, 'period' | 'value' | 'numerator'>[],
  unitOf: (measureId: string) => string | undefined,
): HeadlineLookup {
  return (measureId, areaCode, period) => {
    const isCount = unitOf(measureId) === 'count';
    for (const observation of seriesOf(measureId, areaCode)) {
      const number = isCount ? observation.value : observation.numerator;
      if (number === null) continue;
      if (observation.period.label === period.label) return { value: number, period: observation.period };
      const within =
        period.type === 'date' &&
        (observation.period.type === 'quarter' || observation.period.type === 'month') &&
        observation.period.start <= period.end &&
        period.end <= observation.period.end &&
        daysBetween(period.end, observation.period.end) <= 7;
      if (within) return { value: number, period: observation.period };
    }
    return null;
  };
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
