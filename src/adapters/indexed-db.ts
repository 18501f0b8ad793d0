/**
 * The one IndexedDB helper under both browser stores (saved versions, commentary): opening a
 * database with its upgrade, what the browser's errors mean, and a transaction that commits whole or
 * leaves the store as it was. Each store says the meanings in its own words.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

/** Why the browser would not open, read or write, whatever the store. */
export type StorageFailure =
  /** No IndexedDB, private browsing, storage turned off or blocked. */
  | 'unavailable'
  /** VersionError: a newer app has upgraded the database past what this app knows. */
  | 'newer'
  /** InvalidStateError: the connection was closed, e.g. for a newer app in another tab. */
  | 'closed'
  /** QuotaExceededError: the site's storage is full. */
  | 'full'
  /** AbortError: the transaction was abandoned (the browser gave up, the tab is closing). */
  | 'aborted'
  /** Anything else: a figure the browser cannot store (DataCloneError), a read that failed. */
  | 'failed';

const FAILURE_BY_NAME: Readonly<Record<string, StorageFailure>> = {
  VersionError: 'newer',
  InvalidStateError: 'closed',
  QuotaExceededError: 'full',
  AbortError: 'aborted',
  SecurityError: 'unavailable',
};

/** What an error the browser raised means, by its DOMException name. */
export function storageFailure(error: unknown): StorageFailure {
  const name =
    typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : '';
  return FAILURE_BY_NAME[name] ?? 'failed';
}

export type Opened<Schema extends DBSchema> =
  { ok: true; database: IDBPDatabase<Schema> } | { ok: false; failure: 'unavailable' | 'newer' };

/**
 * Opens a database at `version`, creating or upgrading its stores with `upgrade` (given the raw
 * database and the version it was at, 0 when new). Never rejects: without storage it says which
 * failure. The connection closes itself when a newer app in another tab needs to upgrade, so that
 * tab is not blocked; this tab's later writes then fail as `closed`.
 *
 * `factory` defaults to the browser's indexedDB; tests pass a fake-indexeddb factory.
 */
export async function openDatabase<Schema extends DBSchema>(
  factory: IDBFactory | undefined,
  name: string,
  version: number,
  upgrade: (database: IDBDatabase, oldVersion: number) => void,
): Promise<Opened<Schema>> {
  try {
    // Reading the global itself throws a SecurityError in some browsers when storage is blocked,
    // and node and old browsers have none, whatever the DOM types say.
    const chosen: IDBFactory | undefined = factory ?? globalThis.indexedDB;
    if (!chosen) return { ok: false, failure: 'unavailable' };
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = chosen.open(name, version);
      request.addEventListener('upgradeneeded', (event) => {
        upgrade(request.result, event.oldVersion);
      });
      request.addEventListener('success', () => {
        resolve(request.result);
      });
      request.addEventListener('error', () => {
        reject(request.error ?? new Error('open failed'));
      });
    });
    const database = wrap(raw) as IDBPDatabase<Schema>;
    database.addEventListener('versionchange', () => {
      database.close();
    });
    return { ok: true, database };
  } catch (error) {
    return { ok: false, failure: storageFailure(error) === 'newer' ? 'newer' : 'unavailable' };
  }
}

export type Written<T> = { ok: true; value: T } | { ok: false; failure: StorageFailure };

/**
 * Runs `work` in ONE readwrite transaction over `stores` and waits until IndexedDB has committed
 * it, so either all of its writes are kept or none. Never rejects. A request that throws (e.g. a
 * DataCloneError) does not end a transaction by itself, and what was already written would be
 * committed without the rest: the transaction is aborted, and the rollback waited for, so the
 * caller sees the store as it was. When the browser aborted it, its error says why (full storage).
 */
export async function writeTransaction<Schema extends DBSchema, Names extends StoreNames<Schema>[], T>(
  database: IDBPDatabase<Schema>,
  stores: Names,
  work: (transaction: IDBPTransaction<Schema, Names, 'readwrite'>) => Promise<T>,
): Promise<Written<T>> {
  let transaction: IDBPTransaction<Schema, Names, 'readwrite'> | undefined;
  try {
    // Inside the try: on a closed connection transaction() itself throws InvalidStateError.
    transaction = database.transaction(stores, 'readwrite');
    const value = await work(transaction);
    await transaction.done;
    return { ok: true, value };
  } catch (error) {
    try {
      transaction?.abort();
    } catch {
      // The browser has already aborted it (full storage, the tab closing): nothing was committed.
    }
    await transaction?.done.catch(() => undefined);
    // When we aborted, the transaction's error is null and the request's error says why.
    return { ok: false, failure: storageFailure(transaction?.error ?? error) };
  }
}

/** A read that rejects with `message` (plain English for the page) whatever the browser's error was. */
export async function readOrFail<T>(read: () => Promise<T>, message: string): Promise<T> {
  try {
    return await read();
  } catch {
    throw new Error(message);
  }
}
