import { isReferenceFigure, type Observation } from './observation';
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
  private readonly series = new Map<string, Observation[]>();
  /** Measure id → the areas with any observation of it, made on first use (areasWith). */
  private areasByMeasure: Map<string, Set<string>> | null = null;

  constructor(observations: Iterable<Observation>) {
    for (const observation of observations) this.add(observation);
    this.sortSeries();
  }

  /** Adds one figure; sortSeries must follow before the index is read. */
  protected add(observation: Observation): void {
    const key = ObservationIndex.key(observation.measureId, observation.areaCode);
    this.areasByMeasure = null;
    const list = this.series.get(key);
    if (list) list.push(observation);
    else this.series.set(key, [observation]);
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
    const byLabel = new Map<string, Period>();
    for (const [key, list] of this.series) {
      if (!key.endsWith(`|${areaCode}`)) continue;
      for (const observation of list)
        if (!isReferenceFigure(observation)) byLabel.set(observation.period.label, observation.period);
    }
    return [...byLabel.values()].sort(comparePeriods);
  }

  /** The areas with a figure or status of their own (reference figures make none), by code. */
  areaCodes(): string[] {
    const codes = new Set<string>();
    for (const [key, list] of this.series)
      if (list.some((observation) => !isReferenceFigure(observation))) codes.add(key.slice(key.indexOf('|') + 1));
    return [...codes].sort();
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
export function positionAt(series: readonly Observation[], at: Period): LatestPosition {
  const position = latestPosition(series, at);
  const context = position.latest ?? position.laterStatus ?? series.find(isReferenceFigure);
  if (!context || position.latest || position.laterStatus) return position;
  return context.value === null
    ? { latest: null, laterStatus: context, previous: null }
    : { latest: context, laterStatus: null, previous: null };
}
