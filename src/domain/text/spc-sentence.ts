/**
 * An SPC chart in words: its periods, what the latest point says in one sentence, and why a series
 * has no chart. The measure page, the slide and the PowerPoint all say it the same way.
 */
import type { Measure } from '../catalogue/measure';
import type { Period } from '../periods/period';
import type { SpcChart, SpcPoint } from '../spc/chart';
import type { PointType } from '../spc/classify';
import type { PositionName } from './spc';
import { SPC_MIN_POINTS, type SpcPeriodType, type SpcSeries, type SpcUnqualified } from '../spc/series-for';
import { MONTH_NAMES, monthName, monthYearInWords } from './dates';
import { formatValue } from './figures';
import { countOf } from './plural';

const UNIT: Readonly<Record<SpcPeriodType, { one: string; many: string; adjective: string }>> = {
  month: { one: 'month', many: 'months', adjective: 'monthly' },
  quarter: { one: 'quarter', many: 'quarters', adjective: 'quarterly' },
};

/** "monthly", "quarterly". */
export function periodTypeAdjective(periodType: SpcPeriodType): string {
  return UNIT[periodType].adjective;
}

/** A chart's period in a sentence: "September 2021"; a quarter by its months, "July to September 2021". */
export function spcPeriodText(period: Period): string {
  if (period.type === 'quarter')
    return `${monthName(Number(period.start.slice(5, 7)))} to ${monthYearInWords(period.end)}`;
  return monthYearInWords(period.start);
}

/** Names a position of the chart by its period, for the warnings: "February 2020". */
export function periodNamer(periods: readonly Period[]): PositionName {
  return (position) => {
    const period = periods[position];
    return period ? spcPeriodText(period) : `point ${position + 1}`;
  };
}

/** Under a point on the chart's axis: "Sep 2021", "Q2 2021/22". */
export function spcAxisLabel(period: Period): string {
  if (period.type === 'quarter') {
    const [year = '', quarter = ''] = period.label.split(' ');
    return `${quarter} ${year}`;
  }
  const month = MONTH_NAMES[Number(period.start.slice(5, 7)) - 1] ?? '';
  return `${month.slice(0, 3)} ${period.start.slice(0, 4)}`;
}

/** The first words of the sentence, as Making Data Count names what the latest point shows. */
const OPENING: Readonly<Record<PointType, string>> = {
  common_cause: 'Common cause variation',
  special_cause_improvement: 'Special cause improvement',
  special_cause_concern: 'Special cause concern',
  special_cause_neutral_high: 'Special cause variation',
  special_cause_neutral_low: 'Special cause variation',
};

/** The latest figures of the point's segment, newest first, with their positions. */
function backwards(chart: SpcChart, latest: number): { position: number; value: number }[] {
  const segment = chart.points[latest]?.segment;
  const found: { position: number; value: number }[] = [];
  for (let position = latest; position >= 0; position -= 1) {
    const point = chart.points[position];
    if (!point || point.segment !== segment) break;
    if (point.value !== null) found.push({ position, value: point.value });
  }
  return found;
}

/** How many of the latest figures in a row pass `test`, and whether they span a gap. */
function runLength(
  figures: readonly { position: number; value: number }[],
  test: (figure: { position: number; value: number }, index: number) => boolean,
): { count: number; gap: boolean } {
  let count = 0;
  for (const figure of figures) {
    if (!test(figure, count)) break;
    count += 1;
  }
  const first = figures[count - 1]?.position ?? 0;
  const last = figures[0]?.position ?? 0;
  return { count, gap: last - first + 1 > count };
}

/** "the last 7 months", or "the last 7 monthly figures" when a month without a figure is among them. */
function lastCount(run: { count: number; gap: boolean }, periodType: SpcPeriodType): string {
  const unit = UNIT[periodType];
  return run.gap ? `the last ${run.count} ${unit.adjective} figures` : `the last ${run.count} ${unit.many}`;
}

interface Latest {
  position: number;
  point: SpcPoint;
  /** Its period in words. */
  when: string;
}

function specialCause(chart: SpcChart, latest: Latest, measure: Measure, periodType: SpcPeriodType): string {
  const { point, when } = latest;
  const high = point.signal === 'high';
  const figures = backwards(chart, latest.position);
  const value = (number: number | null) => (number === null ? '' : formatValue(measure, number));
  switch (point.rule) {
    case 'outside_limits':
      return high
        ? `the figure for ${when}, ${value(point.value)}, is above the upper process limit of ${value(point.upper)}`
        : `the figure for ${when}, ${value(point.value)}, is below the lower process limit of ${value(point.lower)}`;
    case 'shift': {
      const mean = point.mean ?? 0;
      const run = runLength(figures, (figure) => (high ? figure.value > mean : figure.value < mean));
      return `${lastCount(run, periodType)} are ${high ? 'above' : 'below'} the average of ${value(point.mean)}`;
    }
    case 'trend': {
      // Newest first, so each figure is compared with the one after it in time.
      const run = runLength(figures, (figure, index) => {
        const later = figures[index - 1];
        return !later || (high ? later.value > figure.value : later.value < figure.value);
      });
      return `${lastCount(run, periodType)} have each been ${high ? 'higher' : 'lower'} than the one before`;
    }
    case 'two_of_three': {
      const limits = chart.segments[point.segment]?.limits;
      const beyond = figures
        .slice(0, 3)
        .filter((figure) =>
          limits ? (high ? figure.value > limits.nearUpper : figure.value < limits.nearLower) : false,
        ).length;
      return `${beyond} of the last 3 ${UNIT[periodType].many} are close to or ${high ? 'above the upper' : 'below the lower'} process limit`;
    }
    case null:
      return '';
  }
}

/**
 * What the latest point says, in one sentence: "Common cause variation: the rise in September 2021
 * is within the usual range, between 6.4 and 13.6." or "Special cause concern: the last 7 months are
 * above the average of 10."
 */
export function spcSentence(chart: SpcChart, series: SpcSeries, measure: Measure): string {
  const latest = chart.latest;
  const point = latest === null ? undefined : chart.points[latest];
  if (latest === null || !point?.type || point.value === null) return 'There are no figures to chart.';
  const period = series.periods[latest];
  const when = period ? spcPeriodText(period) : '';
  if (point.lower === null || point.upper === null)
    return `No process limits for ${when}: the latest stretch has too few figures next to each other to set them.`;
  if (point.type !== 'common_cause')
    return `${OPENING[point.type]}: ${specialCause(chart, { position: latest, point, when }, measure, series.periodType)}.`;
  const before = backwards(chart, latest)[1]?.value;
  const change =
    before === undefined || before === point.value
      ? `the figure for ${when}`
      : `the ${point.value > before ? 'rise' : 'fall'} in ${when}`;
  return `${OPENING.common_cause}: ${change} is within the usual range, between ${formatValue(measure, point.lower)} and ${formatValue(measure, point.upper)}.`;
}

/** Why there is no SPC chart, for the page to say instead of one. */
export function spcUnqualifiedText(reason: SpcUnqualified, areaName: string, atLabel: string): string {
  const needs = `An SPC chart needs at least ${SPC_MIN_POINTS} monthly or quarterly figures.`;
  switch (reason.kind) {
    case 'no_figures':
      return `There are no figures for ${areaName} up to ${atLabel} to draw an SPC chart from.`;
    case 'not_monthly_or_quarterly':
      return `${needs} ${areaName}’s figures for this measure are yearly or for single dates, so there is no SPC chart.`;
    case 'too_few_points':
      return `${needs} ${areaName} has ${countOf(reason.points, `${UNIT[reason.periodType].adjective} figure`)} for this measure up to ${atLabel}, so there is no SPC chart yet.`;
  }
}

/**
 * Said in place of the assurance icon when there is none: no target (the chart's, uploaded or in the
 * catalogue), or no better direction to meet it from.
 */
export function noAssuranceText(measure: Measure, target: number | null): string {
  if (target === null) return 'This measure has no target, so there is no assurance icon.';
  return `The target is ${formatValue(measure, target)}, but neither direction is better for this measure, so there is no assurance icon.`;
}
