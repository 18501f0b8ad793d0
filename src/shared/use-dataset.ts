import { useQuery } from '@tanstack/react-query';
import { loadPublishedDataset } from '../adapters/load-dataset';
import { openVersionStore, type OpenResult, type VersionMeta } from '../adapters/version-store';
import { withBreakdowns, withObservations, type Dataset } from '../domain/dataset/dataset';
import { hasErrors, type Problem } from '../domain/readers/result';

export const CURRENT_DATA_QUERY_KEY = ['current-data'] as const;

export interface CurrentData {
  /** What every screen shows: the latest saved version's figures if there is one, else the published ones. */
  dataset: Dataset;
  /** The published data folder as loaded, for comparing an upload with and for "no saved versions". */
  published: Dataset;
  /** The saved version on screen; null when showing the published figures. */
  version: VersionMeta | null;
  /** The browser's version store, or why it cannot be used (then the app works read-only). */
  storage: OpenResult;
  /** Why the latest saved version could not be shown, if it could not. */
  problems: Problem[];
}

let storeOpening: Promise<OpenResult> | null = null;

/** One connection for the page's lifetime: IndexedDB connections are meant to be long-lived. */
export function versionStoreConnection(): Promise<OpenResult> {
  storeOpening ??= openVersionStore();
  return storeOpening;
}

export async function loadCurrentData(): Promise<CurrentData> {
  const published = await loadPublishedDataset();
  const storage = await versionStoreConnection();
  const fallback: CurrentData = { dataset: published, published, version: null, storage, problems: [] };
  if (!storage.ok) return fallback;
  try {
    const version = await storage.store.latest();
    if (!version) return fallback;
    const loaded = await storage.store.loadObservations(version.id);
    if (loaded.problems.some((problem) => problem.severity === 'error')) {
      return { ...fallback, problems: loaded.problems };
    }
    // A version saved before breakdowns were kept holds none: the published ones are shown with it.
    const breakdowns = await storage.store.loadBreakdowns(version.id);
    const held =
      breakdowns.value.length > 0 && !hasErrors(breakdowns.problems) ? breakdowns.value : published.breakdowns;
    return { ...fallback, dataset: withBreakdowns(withObservations(published, loaded.value), held), version };
  } catch (error) {
    const message = error instanceof Error ? error.message : 'The saved versions could not be read.';
    return { ...fallback, problems: [{ severity: 'error', rule: 'storage_unreadable', message }] };
  }
}

/** The figures on screen with where they come from; refreshed after a save or a restore. */
export function useCurrentData() {
  return useQuery({ queryKey: CURRENT_DATA_QUERY_KEY, queryFn: loadCurrentData, staleTime: Infinity, retry: false });
}
