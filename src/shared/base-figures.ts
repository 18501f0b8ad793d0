import type { BreakdownFigure } from '../domain/breakdowns/breakdown-figure';
import type { Observation } from '../domain/observations/observation';
import type { CurrentData } from './use-dataset';

/**
 * The figures a worker compares new figures with and merges them into: those the page shows.
 * - A saved version is named by its id and the worker reads its snapshot from IndexedDB itself,
 *   so the page never clones a large set of figures (a 300,000-figure version would take the main
 *   thread several hundred milliseconds to serialise).
 * - The published figures (no saved version, or storage unavailable) are passed as they are: the
 *   data folder holds one LA's scorecard, a few hundred figures, which clone in well under a
 *   millisecond; re-reading them in the worker would mean fetching and parsing the folder again.
 */
export type BaseFigures =
  | { kind: 'version'; versionId: number }
  | { kind: 'published'; observations: readonly Observation[]; breakdowns: readonly BreakdownFigure[] };

/** The figures on screen, as the worker is to find them. */
export function baseFigures(current: CurrentData): BaseFigures {
  if (current.version && current.storage.ok) return { kind: 'version', versionId: current.version.id };
  return { kind: 'published', observations: current.dataset.observations, breakdowns: current.dataset.breakdowns };
}
