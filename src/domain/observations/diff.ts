import { mergeByKey } from './merge';
import type { Observation } from './observation';
import { comparePeriods } from '../periods/period';

/**
 * What an upload would do to the stored figures, for the preview the officer confirms. There is no
 * "removed" list on purpose: an upload only adds and replaces, it never deletes a figure.
 */
export interface ObservationDiff {
  /** Figures for a measure, area and period that nothing held before. */
  added: Observation[];
  /** Figures that replace a different figure for the same measure, area and period. */
  changed: { before: Observation; after: Observation }[];
  /** Figures the upload gives again exactly as they are held. */
  unchanged: Observation[];
  /**
   * Open-data figures not taken because the council's own figure for the same measure, area and
   * period is held and takes precedence (observations/merge.ts). Listed so the officer sees why they were left.
   */
  kept: { held: Observation; incoming: Observation }[];
}

/** How many figures a version brought in, and how many it holds in all. */
export interface ChangeCounts {
  added: number;
  changed: number;
  unchanged: number;
  total: number;
}

/**
 * Orders by measure id, then area code, then period on the timeline (comparePeriods is total), so
 * a preview, a stored snapshot and an export list the same figures in the same order every time.
 */
export function compareObservations(a: Observation, b: Observation): number {
  if (a.measureId !== b.measureId) return a.measureId < b.measureId ? -1 : 1;
  if (a.areaCode !== b.areaCode) return a.areaCode < b.areaCode ? -1 : 1;
  return comparePeriods(a.period, b.period);
}

/** The incoming figures, one per key. Readers already keep one per key; should two arrive, the later one wins, as in an update. */
function onePerKey(incoming: readonly Observation[]): Observation[] {
  return mergeByKey([], incoming, 'update').value;
}

/** Sorts what an upload brings against what is held, for the preview. */
export function diffObservations(current: readonly Observation[], incoming: readonly Observation[]): ObservationDiff {
  const merged = mergeByKey(current, onePerKey(incoming), 'update');
  const diff: ObservationDiff = { added: [...merged.added], changed: [], unchanged: [], kept: [] };
  // The merged figure, not the raw incoming one, so a final figure carries the provisional one it superseded.
  for (const { held, incoming, kept, same, merged: after } of merged.collisions) {
    if (kept === 'held') diff.kept.push({ held: after, incoming });
    else if (same) diff.unchanged.push(after);
    else diff.changed.push({ before: held, after });
  }
  diff.added.sort(compareObservations);
  diff.changed.sort((a, b) => compareObservations(a.after, b.after));
  diff.unchanged.sort(compareObservations);
  diff.kept.sort((a, b) => compareObservations(a.held, b.held));
  return diff;
}

/**
 * The complete set of figures after an upload: each incoming figure replaces the held one with the
 * same key and every other held figure is kept, because a quarterly file lists only that quarter
 * and must not wipe out the years before it. An unchanged figure is replaced too, so its source
 * names the newest file that gave it. The one exception: a figure never replaces a held one that
 * takes precedence (the council's own over open data; observations/merge.ts).
 */
export function applyIncoming(current: readonly Observation[], incoming: readonly Observation[]): Observation[] {
  return mergeByKey(current, onePerKey(incoming), 'update').value.sort(compareObservations);
}

/** The counts a new version records: what the upload brought in and how many figures the version holds. */
export function countChanges(diff: ObservationDiff, total: number): ChangeCounts {
  return { added: diff.added.length, changed: diff.changed.length, unchanged: diff.unchanged.length, total };
}
