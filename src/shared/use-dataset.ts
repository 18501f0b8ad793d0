import { useQuery } from '@tanstack/react-query';
import { loadPublishedDataset, loadPublishedHomes } from '../adapters/load-dataset';
import { openVersionStore, type OpenResult, type VersionMeta } from '../adapters/version-store';
import { withObservations, type Dataset } from '../domain/dataset/dataset';
import type { SavedHomes } from '../domain/homes/saved-homes';
import type { Problem } from '../domain/readers/result';
import { todayIso } from '../domain/text/dates';

export const CURRENT_DATA_QUERY_KEY = ['current-data'] as const;

export interface CurrentData {
  /** What every screen shows: the latest saved version's figures if there is one, else the published ones. */
  dataset: Dataset;
  /** The published data folder as loaded, for comparing an upload with and for "no saved versions". */
  published: Dataset;
  /**
   * The councils' tables of their children's homes on screen: the saved version's when it holds
   * any, else the published folder's (the home council's).
   */
  homes: readonly SavedHomes[];
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
  const [homes, storage] = await Promise.all([
    loadPublishedHomes(published.manifest, todayIso()),
    versionStoreConnection(),
  ]);
  const fallback: CurrentData = { dataset: published, published, homes, version: null, storage, problems: [] };
  if (!storage.ok) return fallback;
  try {
    const version = await storage.store.latest();
    if (!version) return fallback;
    const [loaded, savedHomes] = await Promise.all([
      storage.store.loadObservations(version.id),
      storage.store.loadHomes(version.id),
    ]);
    const problems = [...loaded.problems, ...savedHomes.problems];
    if (problems.some((problem) => problem.severity === 'error')) return { ...fallback, problems };
    return {
      ...fallback,
      dataset: withObservations(published, loaded.value),
      homes: savedHomes.value ?? homes,
      version,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : 'The saved versions could not be read.';
    return { ...fallback, problems: [{ severity: 'error', rule: 'storage_unreadable', message }] };
  }
}

/** The figures on screen with where they come from; refreshed after a save or a restore. */
export function useCurrentData() {
  return useQuery({ queryKey: CURRENT_DATA_QUERY_KEY, queryFn: loadCurrentData, staleTime: Infinity, retry: false });
}
