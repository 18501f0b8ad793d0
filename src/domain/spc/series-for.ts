import { targetCode } from '../areas/area';
import type { Measure } from '../catalogue/measure';
import type { Observation } from '../observations/observation';
import type { ObservationIndex } from '../observations/series';
import { isOnOrBefore, periodAfter, type Period } from '../periods/period';
import { spcChart, type SpcChart } from './chart';
import { improvementDirectionOf } from './improvement-direction';
import type { Variation } from './variation';
import { FIXED_LIMITS_MIN_POINTS } from './xmr';

/** The kinds of period an SPC chart is drawn for: a regular run, months or quarters. */
export type SpcPeriodType = 'month' | 'quarter';
const SPC_PERIOD_TYPES: readonly SpcPeriodType[] = ['month', 'quarter'];

/**
 * An SPC chart needs this many figures of one kind of period. Fewer give trial limits (docs/spc.md),
 * which the method can draw but a panel should not be shown as a finding; a year is too long a
 * step for a process chart, so yearly figures never qualify.
 */
export const SPC_MIN_POINTS = FIXED_LIMITS_MIN_POINTS;

/** One area's figures of one kind of period, every period from the first figure to the latest. */
export interface SpcSeries {
  periodType: SpcPeriodType;
  periods: readonly Period[];
  /** One per period: null where the area has no figure (a status, or no row), which keeps its place. */
  values: readonly (number | null)[];
  /** The row behind each period, for its status; null where the file has none. */
  observations: readonly (Observation | null)[];
  /** How many of the periods have a figure. */
  points: number;
  /**
   * The council's own target for the measure, uploaded with its figures (a TARGET:<code> row): the
   * one in force in the period shown (uploadedTarget); null when none was uploaded.
   */
  uploadedTarget: number | null;
}

/** Why a series has no SPC chart, for the page to say in words. */
export type SpcUnqualified =
  | { kind: 'no_figures' }
  | { kind: 'not_monthly_or_quarterly' }
  | { kind: 'too_few_points'; periodType: SpcPeriodType; points: number };

export type SpcSeriesResult = { ok: true; series: SpcSeries } | { ok: false; reason: SpcUnqualified };

function hasFigure(observation: Observation): boolean {
  return observation.value !== null;
}

/** Every period from `first` to `last`, with the observations placed in them; gaps as null. */
function runOf(figures: readonly Observation[], periodType: SpcPeriodType): Omit<SpcSeries, 'uploadedTarget'> {
  const byLabel = new Map(figures.map((observation) => [observation.period.label, observation]));
  const numbered = figures.filter(hasFigure);
  const first = numbered[0]?.period;
  const last = numbered.at(-1)?.period;
  const periods: Period[] = [];
  for (let period = first ?? null; period && last && isOnOrBefore(period, last); period = periodAfter(period)) {
    periods.push(period);
  }
  const observations = periods.map((period) => byLabel.get(period.label) ?? null);
  return {
    periodType,
    periods,
    values: observations.map((observation) => observation?.value ?? null),
    observations,
    points: numbered.length,
  };
}

/**
 * The series an SPC chart is drawn from: the area's own figures for the measure up to `at`, of the
 * kind of period (months or quarters) that has the most figures, from its first figure to its
 * latest. The reason in words when it has fewer than SPC_MIN_POINTS figures or none of either kind.
 */
export function spcSeriesFor(
  index: ObservationIndex,
  measureId: string,
  areaCode: string,
  at: Period,
): SpcSeriesResult {
  const upTo = index.seriesOf(measureId, areaCode).filter((observation) => isOnOrBefore(observation.period, at));
  if (!upTo.some(hasFigure)) return { ok: false, reason: { kind: 'no_figures' } };
  const candidates = SPC_PERIOD_TYPES.map((periodType) =>
    runOf(
      upTo.filter((observation) => observation.period.type === periodType),
      periodType,
    ),
  ).filter((series) => series.points > 0);
  // The kind with more figures; on a tie, months, the finer grain.
  const best = candidates.reduce<Omit<SpcSeries, 'uploadedTarget'> | null>(
    (chosen, series) => (chosen === null || series.points > chosen.points ? series : chosen),
    null,
  );
  if (!best) return { ok: false, reason: { kind: 'not_monthly_or_quarterly' } };
  if (best.points < SPC_MIN_POINTS)
    return { ok: false, reason: { kind: 'too_few_points', periodType: best.periodType, points: best.points } };
  return { ok: true, series: { ...best, uploadedTarget: uploadedTarget(index, measureId, areaCode, at) } };
}

/**
 * The council's target in force at `at`: of its TARGET:<code> figures for the measure, the one whose
 * period started last on or before `at` ends, so a target for the year 2021/22 judges its Q2, and
 * one for next year does not.
 */
function uploadedTarget(index: ObservationIndex, measureId: string, areaCode: string, at: Period): number | null {
  let inForce: Observation | null = null;
  for (const observation of index.seriesOf(measureId, targetCode(areaCode))) {
    if (observation.value === null || observation.period.start > at.end) continue;
    if (inForce === null || observation.period.start >= inForce.period.start) inForce = observation;
  }
  return inForce?.value ?? null;
}

/**
 * Rebase positions from period labels (the first period of each new stretch, as the URL keeps them,
 * so a link survives new figures): labels the series does not hold, and its first period, are left out.
 */
export function rebasePositions(series: SpcSeries, labels: readonly string[]): number[] {
  const positions = new Map(series.periods.map((period, position) => [period.label, position]));
  const found = labels.flatMap((label) => {
    const position = positions.get(label);
    return position === undefined || position === 0 ? [] : [position];
  });
  return [...new Set(found)].sort((a, b) => a - b);
}

/**
 * The measure's XmR chart of the series, read through its polarity and against its target
 * (docs/spc.md): the council's uploaded target where there is one, else the catalogue's.
 */
export function measureSpcChart(measure: Measure, series: SpcSeries, rebaseAt: readonly number[] = []): SpcChart {
  return spcChart(series.values, {
    direction: improvementDirectionOf(measure.polarity),
    target: series.uploadedTarget ?? measure.target,
    rebaseAt,
    screenOutliers: false,
  });
}

/** The variation icon of the latest figure, for the scorecard; null when the series has no SPC chart. */
export function latestVariation(
  index: ObservationIndex,
  measure: Measure,
  areaCode: string,
  at: Period,
): Variation | null {
  const found = spcSeriesFor(index, measure.id, areaCode, at);
  return found.ok ? measureSpcChart(measure, found.series).variation : null;
}
