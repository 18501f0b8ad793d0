/**
 * The officer's "What the data tells us" notes, one per measure, area and period, kept in the
 * browser's IndexedDB in a database of their own. A separate database means notes never wait on,
 * or risk, the saved versions' upgrade path, and a note can be written before any upload is saved.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import { checkCommentary, commentaryKey, type Commentary, type CommentaryKey } from '../domain/commentary/commentary';
import { openDatabase, readOrFail, writeTransaction, type StorageFailure } from './indexed-db';

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
export const COMMENTARY_NEWER_STORE =
  'This browser holds commentary saved by a newer version of the app. Reload the page to use the newest version; nothing has been lost.';
export const COMMENTARY_STORE_CLOSED =
  'The browser closed the saved commentary, perhaps because the app was updated in another tab, so this note was not saved. Copy your text somewhere safe, reload the page and try again.';
const READ_FAILED = 'The browser could not read the saved commentary. Reload the page and try again.';
/** A failed save in this store's words; any other failure is COMMENTARY_NOT_SAVED. */
const SAVE_FAILURE: Partial<Record<StorageFailure, string>> = {
  full: COMMENTARY_STORAGE_FULL,
  closed: COMMENTARY_STORE_CLOSED,
};

/** A record this or a later app wrote that still has what is shown; anything else is passed over. */
function asCommentary(record: StoredCommentary): Commentary | null {
  const { measureId, areaCode, period, text, updatedAt } = record;
  if ([measureId, areaCode, period, text].some((field) => typeof field !== 'string')) return null;
  return { measureId, areaCode, period, text, updatedAt: typeof updatedAt === 'string' ? updatedAt : '' };
}

/** Opens the notes store; never rejects: without storage it says why and the app shows notes read-only. */
export async function openCommentaryStore(
  factory?: IDBFactory,
  clock: () => Date = () => new Date(),
): Promise<CommentaryOpenResult> {
  const opened = await openDatabase<CommentarySchema>(
    factory,
    COMMENTARY_DATABASE,
    COMMENTARY_DATABASE_VERSION,
    (database, from) => {
      if (from < 1) database.createObjectStore('notes', { keyPath: 'key' });
    },
  );
  if (!opened.ok)
    return { ok: false, reason: opened.failure === 'newer' ? COMMENTARY_NEWER_STORE : COMMENTARY_UNAVAILABLE };
  return { ok: true, store: new IndexedDbCommentaryStore(opened.database, clock) };
}

class IndexedDbCommentaryStore implements CommentaryStore {
  constructor(
    private readonly database: CommentaryDatabase,
    private readonly clock: () => Date,
  ) {}

  async list(): Promise<Commentary[]> {
    const records = await readOrFail(() => this.database.getAll('notes'), READ_FAILED);
    return records.map(asCommentary).filter((note): note is Commentary => note !== null);
  }

  async save(key: CommentaryKey, text: string): Promise<CommentarySaveResult> {
    const checked = checkCommentary(text);
    if (!checked.ok) return checked;
    const id = commentaryKey(key);
    const commentary: Commentary | null =
      checked.text === ''
        ? null
        : {
            measureId: key.measureId,
            areaCode: key.areaCode,
            period: key.period,
            text: checked.text,
            updatedAt: this.clock().toISOString(),
          };
    // One put (or delete) in one transaction: the previous text is replaced only once the new one is stored.
    const written = await writeTransaction(this.database, ['notes'], async (transaction) => {
      const notes = transaction.objectStore('notes');
      if (commentary === null) await notes.delete(id);
      else await notes.put({ key: id, ...commentary });
    });
    if (!written.ok) return { ok: false, reason: SAVE_FAILURE[written.failure] ?? COMMENTARY_NOT_SAVED };
    return { ok: true, commentary };
  }

  close(): void {
    this.database.close();
  }
}
