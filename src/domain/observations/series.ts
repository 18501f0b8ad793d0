import type { Observation } from './observation';
import { comparePeriods, isOnOrBefore, type Period } from '../periods/period';

const NO_AREAS: ReadonlySet<string> = new Set();

/**
 * Observations grouped by measure and area, each list in timeline order, built once per dataset.
 *
 * Reference figures (Dataset.reference: Ofsted's judgements, read from the data folder whatever
 * figures are shown) are in their measures' series like any figure, but are context, not the
 * scorecard's own figures: they give an area no period (periodsOf) and make no area one with figures
 * (areaCodes), so a 2024/25 Ofsted sheet does not move a 2021/22 scorecard to 2024/25.
 */
export class ObservationIndex {
  private series = new Map<string, Observation[]>();
  /** Area code → the periods of its own figures and statuses (not reference figures), by label. */
  private periodsByArea = new Map<string, Map<string, Period>>();
  private reference: ReadonlySet<Observation> = new Set();
  /** Measure id → the areas with any observation of it, made on first use (areasWith). */
  private areasByMeasure: Map<string, Set<string>> | null = null;

  constructor(observations: Iterable<Observation>, reference: readonly Observation[] = []) {
    for (const observation of observations) this.add(observation);
    this.addReference(reference);
    this.sortSeries();
  }

  /** Adds one figure; sortSeries must follow before the index is read. */
  protected add(observation: Observation): void {
    this.addToSeries(observation);
    const periods = this.periodsByArea.get(observation.areaCode);
    if (periods) periods.set(observation.period.label, observation.period);
    else this.periodsByArea.set(observation.areaCode, new Map([[observation.period.label, observation.period]]));
  }

  private addToSeries(observation: Observation): void {
    const key = ObservationIndex.key(observation.measureId, observation.areaCode);
    this.areasByMeasure = null;
    const list = this.series.get(key);
    if (list) list.push(observation);
    else this.series.set(key, [observation]);
  }

  private addReference(reference: readonly Observation[]): void {
    if (reference.length === 0) return;
    this.reference = new Set([...this.reference, ...reference]);
    for (const observation of reference) this.addToSeries(observation);
  }

  /**
   * This index with reference figures added, leaving this one as it was: the series they join are
   * copied, the rest shared, so a saved version's index (built a slice at a time) gains the data
   * folder's reference figures without being built again.
   */
  including(reference: readonly Observation[]): ObservationIndex {
    if (reference.length === 0) return this;
    const next = new ObservationIndex([]);
    next.series = new Map(this.series);
    next.periodsByArea = this.periodsByArea;
    next.reference = this.reference;
    const touched = new Set(
      reference.map((observation) => ObservationIndex.key(observation.measureId, observation.areaCode)),
    );
    for (const key of touched) {
      const list = next.series.get(key);
      if (list) next.series.set(key, [...list]);
    }
    next.addReference(reference);
    for (const key of touched) next.series.get(key)?.sort((a, b) => comparePeriods(a.period, b.period));
    return next;
  }

  /** Whether the observation is a reference figure (context, not the scorecard's own figure). */
  isReference(observation: Observation): boolean {
    return this.reference.has(observation);
  }

  protected sortSeries(): void {
    for (const list of this.series.values()) list.sort((a, b) => comparePeriods(a.period, b.period));
  }

  private static key(measureId: string, areaCode: string): string {
    return `${measureId}|${areaCode}`;
  }

  /** Every observation of one measure for one area, oldest first. */
  seriesOf(measureId: string, areaCode: string): readonly Observation[] {
    return this.series.get(ObservationIndex.key(measureId, areaCode)) ?? [];
  }

  /**
   * The areas with any observation of the measure (a figure or a status). Made once from the
   * series' keys, so a ranking can pass over the councils with none without a look-up each.
   */
  areasWith(measureId: string): ReadonlySet<string> {
    if (!this.areasByMeasure) {
      const byMeasure = new Map<string, Set<string>>();
      for (const key of this.series.keys()) {
        const split = key.lastIndexOf('|');
        const measure = key.slice(0, split);
        const areas = byMeasure.get(measure);
        if (areas) areas.add(key.slice(split + 1));
        else byMeasure.set(measure, new Set([key.slice(split + 1)]));
      }
      this.areasByMeasure = byMeasure;
    }
    return this.areasByMeasure.get(measureId) ?? NO_AREAS;
  }

  /** Every period in which the area has a figure or status of its own (not a reference figure), oldest first. */
  periodsOf(areaCode: string): Period[] {
    return [...(this.periodsByArea.get(areaCode)?.values() ?? [])].sort(comparePeriods);
  }

  /** The areas with a figure or status of their own (reference figures make none), by code. */
  areaCodes(): string[] {
    return [...this.periodsByArea.keys()].sort();
  }
}

export interface LatestPosition {
  /** The most recent observation with a number at or before the chosen period. */
  latest: Observation | null;
  /** A status-only observation after `latest` (reported annually, no new data, suppressed), shown as such. */
  laterStatus: Observation | null;
  /** The observation with a number just before `latest` in the same kind of period, for direction of travel. */
  previous: Observation | null;
}

/**
 * "Latest" never turns a status into a number: when the newest cell says "reported annually", the
 * figure shown is the last real one, with the newer status beside it.
 */
export function latestPosition(series: readonly Observation[], at: Period): LatestPosition {
  let latest: Observation | null = null;
  let laterStatus: Observation | null = null;
  for (const observation of series) {
    if (!isOnOrBefore(observation.period, at)) break;
    if (observation.value !== null) {
      latest = observation;
      laterStatus = null;
    } else {
      laterStatus = observation;
    }
  }
  let previous: Observation | null = null;
  if (latest) {
    for (const observation of series) {
      if (observation === latest) break;
      if (observation.value !== null && observation.period.type === latest.period.type) previous = observation;
    }
  }
  return { latest, laterStatus, previous };
}

/**
 * The position a scorecard shows at a period: latestPosition, except that a series with nothing at
 * or before the period but reference figures after it (Ofsted's judgements as at 31 March 2025,
 * beside a 2021/22 scorecard) shows the first of them: context is shown whatever the period, with
 * its own period beside it as a comparator's is, and the nearest is the one closest in time.
 */
export function positionAt(index: ObservationIndex, series: readonly Observation[], at: Period): LatestPosition {
  const position = latestPosition(series, at);
  if (position.latest || position.laterStatus) return position;
  const context = series.find((observation) => index.isReference(observation));
  if (!context) return position;
  return context.value === null
    ? { latest: null, laterStatus: context, previous: null }
    : { latest: context, laterStatus: null, previous: null };
}
