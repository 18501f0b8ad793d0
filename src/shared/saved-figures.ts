import type { LoadedSnapshot, VersionStore } from '../adapters/version-store';
import { unpackObservations } from '../domain/observations/packed-observations';
import type { Observation } from '../domain/observations/observation';
import { ObservationIndex } from '../domain/observations/series';
import { indexInSlices } from '../domain/observations/sliced-index';
import type { ParseResult } from '../domain/readers/result';
import type { Dataset } from '../domain/dataset/dataset';
import type { FromSavedFiguresWorker, ToSavedFiguresWorker } from './saved-figures-protocol';
import { WorkerRequests, type RequestWorker } from './worker-requests';

export type SavedFiguresWorker = RequestWorker<ToSavedFiguresWorker, FromSavedFiguresWorker>;

/** The real worker, its own chunk (Vite builds `new Worker(new URL(…))`), fetched when a saved version is opened. */
function createSavedFiguresWorker(): SavedFiguresWorker {
  return new Worker(new URL('./saved-figures.worker.ts', import.meta.url), {
    type: 'module',
    name: 'scorecard-saved-figures',
  });
}

/** Lets the browser paint and handle input between two slices of work. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A saved version as loadSnapshot gives it, with its figures' index built. */
export interface SavedVersion extends LoadedSnapshot {
  observations: ParseResult<Observation[]> & { index: ObservationIndex };
}

/**
 * A saved version (figures and their index, breakdowns, homes tables), read without holding the
 * page's thread: the worker reads the snapshot and checks its rows, and the page rebuilds the
 * figures and the index a slice at a time. Where the browser has no workers (component tests), or the worker fails to start or stops,
 * the store is read here as before, so a saved version is always shown when it can be read at all.
 * The index holds the published folder's reference figures too (Dataset.reference), once it loads.
 */
export async function loadSavedVersion(
  store: VersionStore,
  versionId: number,
  factory: (() => SavedFiguresWorker) | null = typeof Worker === 'undefined' ? null : createSavedFiguresWorker,
  published?: Promise<Pick<Dataset, 'reference'>>,
): Promise<SavedVersion> {
  // A published folder that fails to load is said by its own loader; the version is read without it.
  const reference = published
    ? published.then(
        (found) => found.reference,
        () => [],
      )
    : Promise.resolve([]);
  if (factory) {
    const requests = new WorkerRequests<ToSavedFiguresWorker, FromSavedFiguresWorker>(
      factory,
      'The saved figures could not be read off the page.',
    );
    try {
      const answer = await requests.send((requestId) => ({ type: 'load', requestId, versionId }), []);
      if (answer.type === 'loaded') {
        const observations = await unpackObservations(answer.packed, yieldToPage);
        const index = await indexInSlices(observations, yieldToPage, undefined, reference);
        return {
          observations: { value: observations, problems: answer.problems, index },
          breakdowns: answer.breakdowns,
          homes: answer.homes,
        };
      }
    } catch {
      // Read on the page instead, below: slower, but the figures are there.
    } finally {
      requests.stop();
    }
  }
  const loaded = await store.loadSnapshot(versionId);
  return {
    ...loaded,
    observations: {
      ...loaded.observations,
      index: new ObservationIndex(loaded.observations.value.concat(await reference)),
    },
  };
}
