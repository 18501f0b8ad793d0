/**
 * The officer's "What the data tells us" notes, one per measure, area and period, kept in the
 * browser's IndexedDB in a database of their own. A separate database means notes never wait on,
 * or risk, the saved versions' upgrade path, and a note can be written before any upload is saved.
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { checkCommentary, commentaryKey, type Commentary, type CommentaryKey } from '../domain/commentary/commentary';

export const COMMENTARY_DATABASE = 'scorecard-commentary';
export const COMMENTARY_DATABASE_VERSION = 1;
export type CommentarySaveResult = { ok: true; commentary: Commentary | null } | { ok: false; reason: string };

export interface CommentaryStore {
  /** Every note, in no set order. Rejects, with a plain-English message, if the store cannot be read. */
  list(): Promise<Commentary[]>;
  /** Saves one note in one transaction, replacing the previous text only once the new one is stored; empty text removes the note. Never rejects. */
  save(key: CommentaryKey, text: string): Promise<CommentarySaveResult>;
  close(): void;
}

export type CommentaryOpenResult = { ok: true; store: CommentaryStore } | { ok: false; reason: string };

interface StoredCommentary extends Commentary {
  key: string;
}

interface CommentarySchema extends DBSchema {
  notes: { key: string; value: StoredCommentary };
}

type CommentaryDatabase = IDBPDatabase<CommentarySchema>;

export const COMMENTARY_UNAVAILABLE =
  'This browser is not letting the scorecard save data (private browsing or storage turned off), so commentary can be read here but not written.';
export const COMMENTARY_NOT_SAVED =
  'The browser could not save this commentary, so the note as it was before is kept. Copy your text somewhere safe, reload the page and try again.';
export const COMMENTARY_STORAGE_FULL =
  "The browser's storage for this site is full, so this commentary was not saved and the note as it was before is kept. Free some space and try again.";
const READ_FAILED = 'The browser could not read the saved commentary. Reload the page and try again.';

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
    ? error.name
    : '';
}

/** A record this or a later app wrote that still has what is shown; anything else is passed over. */
function asCommentary(record: StoredCommentary): Commentary | null {
  const { measureId, areaCode, period, text, updatedAt } = record;
  if ([measureId, areaCode, period, text].some((field) => typeof field !== 'string')) return null;
  return { measureId, areaCode, period, text, updatedAt: typeof updatedAt === 'string' ? updatedAt : '' };
}

function openDatabase(factory: IDBFactory): Promise<CommentaryDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(COMMENTARY_DATABASE, COMMENTARY_DATABASE_VERSION);
    request.addEventListener('upgradeneeded', (event) => {
      if (event.oldVersion < 1) request.result.createObjectStore('notes', { keyPath: 'key' });
    });
    request.addEventListener('success', () => {
      resolve(wrap(request.result) as CommentaryDatabase);
    });
    request.addEventListener('error', () => {
      reject(request.error ?? new Error('open failed'));
    });
  });
}

/** Opens the notes store; never rejects: without storage it says why and the app shows notes read-only. */
export async function openCommentaryStore(
  factory?: IDBFactory,
  clock: () => Date = () => new Date(),
): Promise<CommentaryOpenResult> {
  try {
    const chosen: IDBFactory | undefined = factory ?? globalThis.indexedDB;
    if (!chosen) return { ok: false, reason: COMMENTARY_UNAVAILABLE };
    const database = await openDatabase(chosen);
    database.addEventListener('versionchange', () => {
      database.close();
    });
    return { ok: true, store: new IndexedDbCommentaryStore(database, clock) };
  } catch {
    return { ok: false, reason: COMMENTARY_UNAVAILABLE };
  }
}

class IndexedDbCommentaryStore implements CommentaryStore {
  constructor(
    private readonly database: CommentaryDatabase,
    private readonly clock: () => Date,
  ) {}

  async list(): Promise<Commentary[]> {
    try {
      const records = await this.database.getAll('notes');
      return records.map(asCommentary).filter((note): note is Commentary => note !== null);
    } catch {
      throw new Error(READ_FAILED);
    }
  }

  async save(key: CommentaryKey, text: string): Promise<CommentarySaveResult> {
    const checked = checkCommentary(text);
    if (!checked.ok) return checked;
    const id = commentaryKey(key);
    const transaction = this.database.transaction('notes', 'readwrite');
    try {
      if (checked.text === '') {
        await transaction.store.delete(id);
        await transaction.done;
        return { ok: true, commentary: null };
      }
      const commentary: Commentary = {
        measureId: key.measureId,
        areaCode: key.areaCode,
        period: key.period,
        text: checked.text,
        updatedAt: this.clock().toISOString(),
      };
      await transaction.store.put({ key: id, ...commentary });
      await transaction.done;
      return { ok: true, commentary };
    } catch (error) {
      // A put that throws does not end the transaction itself; abort so nothing half-written is committed.
      try {
        transaction.abort();
      } catch {
        // Already aborted by the browser (full storage, the tab closing): nothing was committed.
      }
      await transaction.done.catch(() => undefined);
      return {
        ok: false,
        reason:
          errorName(transaction.error ?? error) === 'QuotaExceededError'
            ? COMMENTARY_STORAGE_FULL
            : COMMENTARY_NOT_SAVED,
      };
    }
  }

  close(): void {
    this.database.close();
  }
}
