/**
 * Where the figures on screen come from, and how up to date they are, from the data's own dates
 * rather than a date someone typed: each file's publisher, its number of figures and the periods
 * they span, and the newest period of all.
 */
import type { Observation } from '../observations/observation';
import { comparePeriods, type Period } from '../periods/period';

export interface DataSource {
  file: string;
  /** 'DfE' for national open data; empty for the council's own figures. */
  publisher: string;
  figures: number;
  /** The areas the file gives figures for. */
  areas: number;
  first: Period;
  last: Period;
}

/** One entry per source file, in the order first met (the manifest's order for the published data). */
export function dataSources(observations: readonly Observation[]): DataSource[] {
  const byFile = new Map<string, DataSource & { areaCodes: Set<string> }>();
  for (const observation of observations) {
    const { file, publisher = '' } = observation.source;
    const entry = byFile.get(file);
    if (!entry) {
      byFile.set(file, {
        file,
        publisher,
        figures: 1,
        areas: 0,
        areaCodes: new Set([observation.areaCode]),
        first: observation.period,
        last: observation.period,
      });
      continue;
    }
    entry.figures += 1;
    entry.areaCodes.add(observation.areaCode);
    if (comparePeriods(observation.period, entry.first) < 0) entry.first = observation.period;
    if (comparePeriods(observation.period, entry.last) > 0) entry.last = observation.period;
  }
  return [...byFile.values()].map(({ areaCodes, ...source }) => ({ ...source, areas: areaCodes.size }));
}

/**
 * The newest period with a figure (a number, not only a status) for the area, or for any area
 * when none is given: what "last updated" means for figures that describe periods, not edits.
 */
export function newestPeriod(observations: readonly Observation[], areaCode?: string): Period | null {
  let newest: Period | null = null;
  for (const observation of observations) {
    if (observation.value === null || (areaCode !== undefined && observation.areaCode !== areaCode)) continue;
    if (!newest || comparePeriods(observation.period, newest) > 0) newest = observation.period;
  }
  return newest;
}
