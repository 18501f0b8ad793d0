/** Where a measure slide's chart places its periods: which periods it shows, and how far along the axis each sits. */
import type { Observation } from '../observations/observation';
import { comparePeriods, isOnOrBefore, type Period } from '../periods/period';
import { endTime } from '../periods/timeline';

/**
 * The periods of the chart: every period with a figure, for the area or a comparator, up to the
 * scorecard's period, oldest first, so the slide shows the whole history beside the comparators
 * (whose figures are often a year behind the council's quarters).
 */
export function chartPeriods(series: readonly (readonly Observation[])[], at: Period): Period[] {
  const byLabel = new Map<string, Period>();
  for (const observations of series) {
    for (const observation of observations) {
      if (observation.value === null || !isOnOrBefore(observation.period, at)) continue;
      byLabel.set(observation.period.label, observation.period);
    }
  }
  return [...byLabel.values()].sort(comparePeriods);
}

/** 0 for the first period's end, 1 for the last's, in proportion between: a quarter sits a quarter of a year on. */
export function positionsOf(periods: readonly Period[]): number[] {
  const times = periods.map(endTime);
  const first = times[0] ?? 0;
  const span = (times.at(-1) ?? 0) - first;
  return times.map((time) => (span > 0 ? (time - first) / span : 0.5));
}
