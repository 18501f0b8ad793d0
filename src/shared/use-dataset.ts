import { useQuery } from '@tanstack/react-query';
import { loadPublishedDataset } from '../adapters/load-dataset';
import { openVersionStore, type OpenResult, type VersionMeta } from '../adapters/version-store';
import { withBreakdowns, withObservations, type Dataset } from '../domain/dataset/dataset';
import type { SavedHomes } from '../domain/homes/saved-homes';
import { hasErrors, type Problem } from '../domain/readers/result';
import { newestPeriod } from '../domain/dataset/data-sources';
import { todayIso } from '../domain/text/dates';
import type { SavedVersion } from './saved-figures';

export const CURRENT_DATA_QUERY_KEY = ['current-data'] as const;

/**
 * Which figures the officer asked to see: the latest saved version (the default) or the published
 * ones, without deleting any version. Kept in this browser, as the versions are; a save or a
 * restore shows the new version again.
 */
export type FiguresChoice = 'latest' | 'published';

const FIGURES_KEY = 'scorecard.figures';

export function figuresChoice(): FiguresChoice {
  try {
    return window.localStorage.getItem(FIGURES_KEY) === 'published' ? 'published' : 'latest';
  } catch {
    return 'latest';
  }
}

export function chooseFigures(choice: FiguresChoice): void {
  try {
    if (choice === 'published') window.localStorage.setItem(FIGURES_KEY, 'published');
    else window.localStorage.removeItem(FIGURES_KEY);
  } catch {
    // A browser that keeps nothing has no saved versions either, so the published figures are shown anyway.
  }
}

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
  /** The newest saved version, also when the published figures are shown instead. */
  latestVersion?: VersionMeta | null;
}

/** A saved version opens on its newest period with a figure for the home area, as its upload's scorecard does. */
function openingOnNewest(dataset: Dataset): Dataset {
  const newest = newestPeriod(dataset.observations, dataset.manifest.homeArea);
  return newest ? { ...dataset, manifest: { ...dataset.manifest, defaultPeriod: newest.label } } : dataset;
}

let storeOpening: Promise<OpenResult> | null = null;

/** One connection for the page's lifetime: IndexedDB connections are meant to be long-lived. */
export function versionStoreConnection(): Promise<OpenResult> {
  storeOpening ??= openVersionStore();
  return storeOpening;
}

/** The latest saved version and, unless the published figures were chosen, what it holds; or why it could not be read. */
type SavedReading = { version: VersionMeta | null; loaded: SavedVersion | null } | { failed: string };

async function readLatestSaved(storage: OpenResult, published: Promise<Dataset>): Promise<SavedReading> {
  if (!storage.ok) return { version: null, loaded: null };
  try {
    const version = await storage.store.latest();
    if (!version || figuresChoice() === 'published') return { version, loaded: null };
    // Fetched only when there is a saved version to read, keeping it off the first screen's bundle.
    const { loadSavedVersion } = await import('./saved-figures');
    return { version, loaded: await loadSavedVersion(storage.store, version.id, undefined, published) };
  } catch (error) {
    return { failed: error instanceof Error ? error.message : 'The saved versions could not be read.' };
  }
}

export async function loadCurrentData(): Promise<CurrentData> {
  // The saved version is read while the published folder loads: neither needs the other, and for a
  // council holding every DfE file the version is most of the wait.
  const storageOpening = versionStoreConnection();
  const publishedLoading = loadPublishedDataset();
  // The folder's reference figures (Ofsted's judgements) join the saved version's index.
  const savedReading = storageOpening.then((storage) => readLatestSaved(storage, publishedLoading));
  // The homes reader is kept off the first screen's bundle; fetched now, it arrives with the folder's files.
  const homesReader = import('../adapters/load-homes');
  homesReader.catch(() => undefined);
  const published = await publishedLoading;
  const [homes, storage] = await Promise.all([
    homesReader.then(({ loadPublishedHomes }) => loadPublishedHomes(published.manifest, todayIso())),
    storageOpening,
  ]);
  const fallback: CurrentData = { dataset: published, published, homes, version: null, storage, problems: [] };
  const saved = await savedReading;
  if ('failed' in saved) {
    return { ...fallback, problems: [{ severity: 'error', rule: 'storage_unreadable', message: saved.failed }] };
  }
  const { version, loaded } = saved;
  if (!version) return fallback;
  if (!loaded) return { ...fallback, latestVersion: version };
  const { observations, homes: savedHomes, breakdowns } = loaded;
  const problems = [...observations.problems, ...savedHomes.problems];
  if (problems.some((problem) => problem.severity === 'error')) return { ...fallback, problems };
  // A version saved before breakdowns were kept holds none: the published ones are shown with it.
  const held = breakdowns.value.length > 0 && !hasErrors(breakdowns.problems) ? breakdowns.value : published.breakdowns;
  return {
    ...fallback,
    dataset: openingOnNewest(withBreakdowns(withObservations(published, observations.value, observations.index), held)),
    homes: savedHomes.value ?? homes,
    version,
    latestVersion: version,
  };
}

/** The figures on screen with where they come from; refreshed after a save or a restore. */
export function useCurrentData() {
  return useQuery({ queryKey: CURRENT_DATA_QUERY_KEY, queryFn: loadCurrentData, staleTime: Infinity, retry: false });
}
