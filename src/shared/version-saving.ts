/**
 * The one save path of the page workers (the upload's import worker and the 903 return's): figures
 * checked or worked out are merged into the figures they were compared with and saved as a new
 * version, unless a newer version was saved since (in another tab), as saving then would keep
 * figures nobody previewed. No React and no DOM: it runs inside the workers.
 */
import type { OpenResult, SaveResult, VersionStore } from '../adapters/version-store';
import type { BreakdownFigure } from '../domain/breakdowns/breakdown-figure';
import type { SavedHomes } from '../domain/homes/saved-homes';
import { applyIncomingBreakdowns } from '../domain/breakdowns/breakdown-diff';
import { applyIncoming, type ChangeCounts } from '../domain/observations/diff';
import type { Observation } from '../domain/observations/observation';

/** The version store, or why the browser cannot give one (private browsing, storage blocked). */
export type StoreOrReason = VersionStore | { reason: string };

/** Opens the version store when first asked for, once for the worker's life. */
export function lazyVersionStore(open: () => Promise<OpenResult>): () => Promise<StoreOrReason> {
  let opening: Promise<OpenResult> | null = null;
  return async () => {
    opening ??= open();
    const opened = await opening;
    return opened.ok ? opened.store : { reason: opened.reason };
  };
}

/** The newest saved version's id, null before the first save or without storage. */
export async function latestVersionId(store: StoreOrReason): Promise<number | null> {
  if (!('latest' in store)) return null;
  return (await store.latest().catch(() => null))?.id ?? null;
}

/** Figures ready to save: what was previewed, against what, and the newest version at the time. */
export interface PendingSave {
  /** The file (or files) the figures came from, as the history lists it. */
  fileName: string;
  counts: ChangeCounts;
  held: { observations: readonly Observation[]; breakdowns?: readonly BreakdownFigure[] };
  incoming: readonly Observation[];
  /** Breakdowns worked out with the figures; absent when the file gives none, so the version keeps those held. */
  incomingBreakdowns?: readonly BreakdownFigure[];
  /**
   * The councils' tables of their children's homes the new version will hold: those on screen (for
   * an upload of a homes table, with it in its council's place), so no save drops the homes held.
   */
  homes: readonly SavedHomes[];
  expectedLatest: number | null;
}

export interface SavedFigures {
  result: SaveResult;
  /** What the new version holds, for the worker to compare the next file with without reading it back. */
  observations: Observation[];
  breakdowns: BreakdownFigure[] | undefined;
}

/**
 * Merges and saves. `newerVersionSaved` says, in the page's words, what to do when another version
 * was saved after the preview. Never rejects with a reason the store gives: it is the result's.
 */
export async function saveMerged(
  store: StoreOrReason,
  pending: PendingSave,
  name: string,
  { newerVersionSaved, progress }: { newerVersionSaved: string; progress: (stage: string, fraction: number) => void },
): Promise<SavedFigures> {
  const refused = (reason: string): SavedFigures => ({
    result: { ok: false, reason },
    observations: [],
    breakdowns: undefined,
  });
  if (!('saveVersion' in store)) return refused(store.reason);
  if ((await latestVersionId(store)) !== pending.expectedLatest) return refused(newerVersionSaved);
  progress('Combining the figures', 0.2);
  const observations = applyIncoming(pending.held.observations, pending.incoming);
  // Without breakdowns of its own, the first version takes the published ones it was compared with
  // (a later one keeps the latest version's, in the store), so an upload of figures never hides them.
  const breakdowns = pending.incomingBreakdowns
    ? applyIncomingBreakdowns(pending.held.breakdowns ?? [], pending.incomingBreakdowns)
    : pending.expectedLatest === null && pending.held.breakdowns && pending.held.breakdowns.length > 0
      ? [...pending.held.breakdowns]
      : undefined;
  progress('Saving the new version', 0.5);
  const result = await store.saveVersion(
    { name, fileName: pending.fileName, kind: 'upload', counts: pending.counts },
    observations,
    { breakdowns, homes: pending.homes },
  );
  return { result, observations, breakdowns };
}
