/**
 * Every confirmed upload and every restore, kept in the browser's IndexedDB (through idb) as a
 * version: its description in `versions` and the complete set of figures it holds in `snapshots`.
 * Nothing is ever overwritten or deleted: a restore is a new version that copies an old snapshot.
 * See docs/storage.md.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { BreakdownFigure } from '../domain/breakdowns/breakdown-figure';
import type { StoredBreakdown } from '../domain/breakdowns/stored-breakdowns';
import type { ChangeCounts } from '../domain/observations/diff';
import type { Observation } from '../domain/observations/observation';
import type { StoredObservation } from '../domain/observations/stored-rows';
import type { ParseResult, Problem } from '../domain/readers/result';
import { readSavedHomes, type SavedHomes } from '../domain/homes/saved-homes';
import { openDatabase, readOrFail, writeTransaction, type StorageFailure } from './indexed-db';
import { checkVersionName } from '../domain/versions/version-name';

/**
 * The breakdowns' reader and writer, fetched when a version's breakdowns are first read or saved:
 * the scorecard opens the store on its first screen, which never touches breakdowns.
 */
const storedBreakdowns = () => import('../domain/breakdowns/stored-breakdowns');
// The stored rows' reader and writer too: the first screen only lists versions; reading one happens
// in a worker (shared/saved-figures.worker.ts) and saving one in the upload's.
const storedRows = () => import('../domain/observations/stored-rows');

export const VERSION_DATABASE = 'scorecard-versions';
export const VERSION_DATABASE_VERSION = 1;

export type VersionKind = 'upload' | 'restore';

export interface VersionMeta {
  id: number;
  /** What the officer called it, e.g. "2021/22 Q2 figures". */
  name: string;
  /** When it was saved, ISO 8601 in UTC. */
  createdAt: string;
  /** The uploaded file; for a restore, the file of the version restored. */
  fileName: string;
  kind: VersionKind;
  /** The version a restore copied. */
  restoredFrom?: number;
  counts: ChangeCounts;
}

export interface NewVersion {
  name: string;
  fileName: string;
  kind: VersionKind;
  restoredFrom?: number;
  /** `total` is always recorded as the number of observations saved, whatever is given here. */
  counts: ChangeCounts;
}

export type SaveResult = { ok: true; version: VersionMeta } | { ok: false; reason: string };

/** What a snapshot holds beside its figures (saveVersion). */
export interface SnapshotExtras {
  /** The version's complete breakdown figures; absent: the latest version's are kept. */
  breakdowns?: readonly BreakdownFigure[] | undefined;
  /** The councils' tables of their children's homes the page shows; absent or empty: none. */
  homes?: readonly SavedHomes[];
}

export interface VersionStore {
  /** Every version, newest first. Rejects, with a plain-English message, only if the browser has closed the store. */
  listVersions(): Promise<VersionMeta[]>;
  /** The version the app opens on, or null before the first save. Rejects as listVersions does. */
  latest(): Promise<VersionMeta | null>;
  /** The figures a version holds, read back and checked; a missing version or a store that cannot be read comes back as problems. */
  loadObservations(id: number): Promise<ParseResult<Observation[]>>;
  /** The breakdown figures a version holds (none for a version saved before breakdowns were kept), read back and checked. */
  loadBreakdowns(id: number): Promise<ParseResult<BreakdownFigure[]>>;
  /**
   * The tables of children's homes a version holds, read back and checked; null when it holds none
   * (an older snapshot), so the published ones stand.
   */
  loadHomes(id: number): Promise<ParseResult<SavedHomes[] | null>>;
  /**
   * The three above from one read of the version's snapshot: reading it costs as much as the
   * snapshot is large (every figure), so a caller wanting all three reads it once.
   */
  loadSnapshot(id: number): Promise<LoadedSnapshot>;
  /**
   * Saves a new version and its figures, with its breakdowns and the homes tables held, in one
   * transaction: either all are saved or nothing is. Without `breakdowns` the latest version's are
   * kept, so an upload of figures alone never loses the breakdowns held; `homes` are the tables the
   * page shows (none saved when there are none). Never rejects.
   */
  saveVersion(input: NewVersion, observations: readonly Observation[], extras?: SnapshotExtras): Promise<SaveResult>;
  /** Saves a new version holding exactly the figures of version `id`. Never rejects. */
  restoreVersion(id: number, name: string): Promise<SaveResult>;
  /** Lets go of the database, e.g. before a test opens it again as a reload would. */
  close(): void;
}

/** A saved version's figures, breakdowns and homes tables, each read back and checked. */
export interface LoadedSnapshot {
  observations: ParseResult<Observation[]>;
  breakdowns: ParseResult<BreakdownFigure[]>;
  homes: ParseResult<SavedHomes[] | null>;
}

export type OpenResult = { ok: true; store: VersionStore } | { ok: false; reason: string };

/** A version as it sits in the store: the id is left out when adding, and the store gives it. */
type StoredVersion = Omit<VersionMeta, 'id'> & { id?: number };

interface Snapshot {
  versionId: number;
  observations: StoredObservation[];
  /** Absent in snapshots saved before breakdowns were kept (read as none). */
  breakdowns?: StoredBreakdown[];
  /** The councils' tables of their children's homes; absent in snapshots saved before homes were kept. */
  homes?: SavedHomes[];
}

interface VersionSchema extends DBSchema {
  versions: { key: number; value: StoredVersion };
  snapshots: { key: number; value: Snapshot };
}

type VersionDatabase = IDBPDatabase<VersionSchema>;
type WriteTransaction = IDBPTransaction<VersionSchema, ['versions', 'snapshots'], 'readwrite'>;

export const STORAGE_UNAVAILABLE =
  'This browser is not letting the scorecard save data (private browsing or storage turned off). You can still read and check files, but uploads cannot be saved.';
export const NEWER_STORE =
  'This browser holds scorecard data saved by a newer version of the app. Reload the page to use the newest version; nothing has been lost.';
export const STORAGE_FULL =
  "The browser's storage for this site is full, so this version was not saved. The previous version is unchanged. Free some space (for example by clearing other sites' data) and try again.";
export const STORE_CLOSED =
  'The browser closed the scorecard’s saved data, perhaps because the app was updated in another tab. Nothing was saved. Reload the page and try again.';
export const SAVE_FAILED =
  'The browser could not save this version, so nothing was changed: the previous version is still the latest. Try again; if it keeps failing, export the data first.';
const READ_FAILED = 'The browser could not read the saved versions. Reload the page and try again.';
/** A failed save in this store's words; any other failure is SAVE_FAILED. */
const SAVE_FAILURE: Partial<Record<StorageFailure, string>> = { full: STORAGE_FULL, closed: STORE_CLOSED };

/** A record written by this or a later app that still has what the history page shows; anything else is passed over. */
function asVersion(record: StoredVersion): VersionMeta | null {
  const { id, counts } = record;
  if (typeof id !== 'number' || typeof record.name !== 'string' || typeof counts !== 'object' || counts === null)
    return null;
  return { ...record, id };
}

/**
 * Opens the version store. Never rejects: when the browser will not keep data (no IndexedDB,
 * private browsing, storage turned off, a newer app's database) it says why in plain English and
 * the app carries on read-only.
 *
 * `factory` defaults to the browser's indexedDB; tests pass a fake-indexeddb factory. `clock` gives
 * the time recorded on each version; `maxBytes` the most one version may take (tests pass a small one).
 */
export async function openVersionStore(
  factory?: IDBFactory,
  clock: () => Date = () => new Date(),
  maxBytes?: number,
): Promise<OpenResult> {
  const opened = await openDatabase<VersionSchema>(
    factory,
    VERSION_DATABASE,
    VERSION_DATABASE_VERSION,
    (database, from) => {
      if (from < 1) {
        database.createObjectStore('versions', { keyPath: 'id', autoIncrement: true });
        database.createObjectStore('snapshots', { keyPath: 'versionId' });
      }
    },
  );
  if (!opened.ok) return { ok: false, reason: opened.failure === 'newer' ? NEWER_STORE : STORAGE_UNAVAILABLE };
  // A newer app in another tab closes this connection to upgrade the store; this tab's later saves
  // then fail with STORE_CLOSED, asking for a reload.
  return { ok: true, store: new IndexedDbVersionStore(opened.database, clock, maxBytes) };
}

class IndexedDbVersionStore implements VersionStore {
  constructor(
    private readonly database: VersionDatabase,
    private readonly clock: () => Date,
    private readonly maxBytes: number | undefined,
  ) {}

  async listVersions(): Promise<VersionMeta[]> {
    const records = await readOrFail(() => this.database.getAll('versions'), READ_FAILED);
    // Ids are given in the order versions are saved, so they order the history even if the clock was changed.
    return records
      .map(asVersion)
      .filter((version): version is VersionMeta => version !== null)
      .sort((a, b) => b.id - a.id);
  }

  async latest(): Promise<VersionMeta | null> {
    return (await this.listVersions())[0] ?? null;
  }

  async loadObservations(id: number): Promise<ParseResult<Observation[]>> {
    return (await this.loadSnapshot(id)).observations;
  }

  async loadBreakdowns(id: number): Promise<ParseResult<BreakdownFigure[]>> {
    return (await this.loadSnapshot(id)).breakdowns;
  }

  async loadHomes(id: number): Promise<ParseResult<SavedHomes[] | null>> {
    return (await this.loadSnapshot(id)).homes;
  }

  async loadSnapshot(id: number): Promise<LoadedSnapshot> {
    let snapshot: Snapshot | undefined;
    try {
      snapshot = await this.database.get('snapshots', id);
    } catch {
      const problems: Problem[] = [{ severity: 'error', rule: 'storage_unavailable', message: READ_FAILED }];
      return {
        observations: { value: [], problems },
        breakdowns: { value: [], problems },
        homes: { value: null, problems },
      };
    }
    const where = `Saved version ${id}`;
    const [{ fromStoredBreakdowns }, { fromStoredRows }] = await Promise.all([storedBreakdowns(), storedRows()]);
    // A missing snapshot holds no breakdowns or homes tables: only its figures say that it is missing.
    const breakdowns = fromStoredBreakdowns(snapshot?.breakdowns, where);
    const homes = readSavedHomes(snapshot?.homes, where);
    if (!snapshot) {
      const message = `There is no saved version ${id}. Choose a version from the history list.`;
      return {
        observations: { value: [], problems: [{ severity: 'error', rule: 'version_not_found', message }] },
        breakdowns,
        homes,
      };
    }
    return { observations: fromStoredRows(snapshot.observations, where), breakdowns, homes };
  }

  async saveVersion(
    input: NewVersion,
    observations: readonly Observation[],
    { breakdowns, homes = [] }: SnapshotExtras = {},
  ): Promise<SaveResult> {
    const name = checkVersionName(input.name);
    if (!name.ok) return name;
    const rows = observations.map((await storedRows()).toStoredRow);
    // The size check's code is fetched with the first save, off the first screen's budget.
    const { versionTooLarge } = await import('./stored-size');
    const tooLarge = versionTooLarge(rows, this.maxBytes);
    if (tooLarge) return { ok: false, reason: tooLarge };
    const given = breakdowns && breakdowns.map((await storedBreakdowns()).toStoredBreakdown);
    const version: StoredVersion = {
      name: name.name,
      createdAt: this.clock().toISOString(),
      fileName: input.fileName,
      kind: input.kind,
      ...(input.restoredFrom === undefined ? {} : { restoredFrom: input.restoredFrom }),
      counts: { ...input.counts, total: rows.length },
    };
    const kept = homes.length > 0 ? [...homes] : undefined;
    return this.write(async (transaction) => {
      if (given) return { version, rows, breakdowns: given, homes: kept };
      // Read in the same transaction, so the breakdowns kept are those of the version this one follows.
      const newest = await transaction.objectStore('versions').openCursor(null, 'prev');
      const latest =
        newest?.value.id === undefined ? undefined : await transaction.objectStore('snapshots').get(newest.value.id);
      return { version, rows, breakdowns: latest?.breakdowns ?? [], homes: kept };
    });
  }

  async restoreVersion(id: number, name: string): Promise<SaveResult> {
    const checked = checkVersionName(name);
    if (!checked.ok) return checked;
    // Fetched only for a restore, so the comparison stays off the first screen's budget; before the
    // transaction, as awaiting anything but a request inside one lets the browser commit it early.
    const [{ diffObservations }, { fromStoredRows }] = await Promise.all([
      import('../domain/observations/diff'),
      storedRows(),
    ]);
    return this.write(async (transaction) => {
      const versions = transaction.objectStore('versions');
      const snapshots = transaction.objectStore('snapshots');
      const source = await versions.get(id);
      const snapshot = await snapshots.get(id);
      if (!source || !snapshot)
        return { reason: `There is no saved version ${id} to restore. Choose a version from the history list.` };
      const newest = await versions.openCursor(null, 'prev');
      const current = newest?.value.id === undefined ? undefined : await snapshots.get(newest.value.id);
      // The counts compare the restored figures with those they take the place of, as an upload's do.
      const diff = diffObservations(
        fromStoredRows(current?.observations ?? []).value,
        fromStoredRows(snapshot.observations).value,
      );
      const version: StoredVersion = {
        name: checked.name,
        createdAt: this.clock().toISOString(),
        fileName: source.fileName,
        kind: 'restore',
        restoredFrom: id,
        counts: {
          added: diff.added.length,
          changed: diff.changed.length,
          unchanged: diff.unchanged.length,
          total: snapshot.observations.length,
        },
      };
      // The rows are copied exactly as stored, so the restored version is the old one to the byte.
      return { version, rows: snapshot.observations, breakdowns: snapshot.breakdowns ?? [], homes: snapshot.homes };
    });
  }

  close(): void {
    this.database.close();
  }

  /**
   * Writes a version's description and its snapshot in ONE readwrite transaction over both stores
   * (writeTransaction), so a failed, aborted or interrupted save (full storage, a figure the browser
   * cannot store, the tab closing) leaves the store as it was and the previous version the latest.
   * `prepare` may read in the same transaction and may decline to write.
   */
  private async write(
    prepare: (transaction: WriteTransaction) => Promise<
      | {
          version: StoredVersion;
          rows: StoredObservation[];
          breakdowns: StoredBreakdown[];
          homes: SavedHomes[] | undefined;
        }
      | { reason: string }
    >,
  ): Promise<SaveResult> {
    const written = await writeTransaction(this.database, ['versions', 'snapshots'], async (transaction) => {
      const prepared = await prepare(transaction);
      if ('reason' in prepared) return prepared;
      const id = await transaction.objectStore('versions').add(prepared.version);
      const { rows, breakdowns, homes } = prepared;
      // Breakdowns and homes only when there are some, so a snapshot without is as older apps wrote it.
      const snapshot: Snapshot = { versionId: id, observations: rows };
      if (breakdowns.length > 0) snapshot.breakdowns = breakdowns;
      if (homes) snapshot.homes = homes;
      await transaction.objectStore('snapshots').put(snapshot);
      return { version: { ...prepared.version, id } };
    });
    if (!written.ok) return { ok: false, reason: SAVE_FAILURE[written.failure] ?? SAVE_FAILED };
    return 'reason' in written.value
      ? { ok: false, reason: written.value.reason }
      : { ok: true, version: written.value.version };
  }
}
