// fake-indexeddb/auto puts the IndexedDB classes on globalThis, where idb looks for them; each test
// opens its own empty database through a fresh IDBFactory.
import 'fake-indexeddb/auto';
import { IDBDatabase, IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  COMMENTARY_DATABASE,
  COMMENTARY_DATABASE_VERSION,
  COMMENTARY_NEWER_STORE,
  COMMENTARY_NOT_SAVED,
  COMMENTARY_STORE_CLOSED,
  COMMENTARY_STORAGE_FULL,
  COMMENTARY_UNAVAILABLE,
  openCommentaryStore,
  type CommentaryStore,
} from './commentary-store';
import { MAX_COMMENTARY_LENGTH, commentaryFor } from '../domain/commentary/commentary';
import { abortAfterPut } from '../../test/unit/storage-faults';

const SAVED_AT = new Date('2022-01-10T09:30:00.000Z');
const claRateQ2 = { measureId: 'cla_rate', areaCode: 'E06000047', period: '2021/22 Q2' };

async function openStore(factory: IDBFactory): Promise<CommentaryStore> {
  const opened = await openCommentaryStore(factory, () => SAVED_AT);
  if (!opened.ok) throw new Error(opened.reason);
  return opened.store;
}

function failPuts(name: string): void {
  const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The write failed.', name);
  });
  onTestFinished(() => put.mockRestore());
}

describe('commentary store', () => {
  it('keeps a saved note after the browser is closed and opened again', async () => {
    const factory = new IDBFactory();
    const store = await openStore(factory);
    expect(await store.save(claRateQ2, ' More children came into care after the summer. ')).toEqual({
      ok: true,
      commentary: {
        ...claRateQ2,
        text: 'More children came into care after the summer.',
        updatedAt: '2022-01-10T09:30:00.000Z',
      },
    });
    store.close();
    const reopened = await openStore(factory);
    expect(await reopened.list()).toEqual([
      { ...claRateQ2, text: 'More children came into care after the summer.', updatedAt: '2022-01-10T09:30:00.000Z' },
    ]);
  });

  it('keeps one note per measure, area and period, the last saved replacing the one before', async () => {
    const store = await openStore(new IDBFactory());
    await store.save(claRateQ2, 'First draft.');
    await store.save(claRateQ2, 'Second draft.');
    await store.save({ ...claRateQ2, period: '2021/22 Q1' }, 'Last quarter.');
    const notes = await store.list();
    expect(commentaryFor(notes, 'E06000047', '2021/22 Q2')).toEqual(new Map([['cla_rate', 'Second draft.']]));
    expect(commentaryFor(notes, 'E06000047', '2021/22 Q1')).toEqual(new Map([['cla_rate', 'Last quarter.']]));
  });

  it('removes the note when it is saved empty', async () => {
    const store = await openStore(new IDBFactory());
    await store.save(claRateQ2, 'A note.');
    expect(await store.save(claRateQ2, '   ')).toEqual({ ok: true, commentary: null });
    expect(await store.list()).toEqual([]);
  });

  it('refuses a note over the limit and keeps the one before', async () => {
    const store = await openStore(new IDBFactory());
    await store.save(claRateQ2, 'A note.');
    expect(await store.save(claRateQ2, 'a'.repeat(MAX_COMMENTARY_LENGTH + 1))).toMatchObject({ ok: false });
    expect((await store.list()).map((note) => note.text)).toEqual(['A note.']);
  });

  it.each([
    { what: 'storage is full', error: 'QuotaExceededError', reason: COMMENTARY_STORAGE_FULL },
    { what: 'the write fails', error: 'DataCloneError', reason: COMMENTARY_NOT_SAVED },
  ])('keeps the previous note and says so when $what', async ({ error, reason }) => {
    const store = await openStore(new IDBFactory());
    await store.save(claRateQ2, 'A note.');
    failPuts(error);
    expect(await store.save(claRateQ2, 'A newer note.')).toEqual({ ok: false, reason });
    vi.restoreAllMocks();
    expect((await store.list()).map((note) => note.text)).toEqual(['A note.']);
  });

  it.each([
    {
      what: 'the browser aborts the transaction after the note was queued',
      breakSave: abortAfterPut,
    },
    {
      what: 'transaction() itself throws',
      breakSave: () => {
        const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(() => {
          throw new Error('The browser refused the transaction.');
        });
        onTestFinished(() => transaction.mockRestore());
      },
    },
  ])('keeps the previous note and says so, never rejecting, when $what', async ({ breakSave }) => {
    const store = await openStore(new IDBFactory());
    await store.save(claRateQ2, 'A note.');
    breakSave();
    await expect(store.save(claRateQ2, 'A newer note.')).resolves.toEqual({ ok: false, reason: COMMENTARY_NOT_SAVED });
    vi.restoreAllMocks();
    expect((await store.list()).map((note) => note.text)).toEqual(['A note.']);
  });

  // Before the stores shared one IndexedDB helper, these two fell through to the generic messages:
  // a newer app's database read as "storage turned off", and a closed connection made save() reject.
  it('says a newer app holds the notes when the database is at a newer version', async () => {
    const factory = new IDBFactory();
    const request = factory.open(COMMENTARY_DATABASE, COMMENTARY_DATABASE_VERSION + 1);
    await new Promise((resolve) => request.addEventListener('success', resolve));
    request.result.close();
    expect(await openCommentaryStore(factory)).toEqual({ ok: false, reason: COMMENTARY_NEWER_STORE });
  });

  it('says the browser closed the store, without throwing, when a note is saved after the connection closed', async () => {
    const store = await openStore(new IDBFactory());
    store.close();
    await expect(store.save(claRateQ2, 'A note.')).resolves.toEqual({ ok: false, reason: COMMENTARY_STORE_CLOSED });
  });

  it('says commentary is read-only when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    expect(await openCommentaryStore()).toEqual({ ok: false, reason: COMMENTARY_UNAVAILABLE });
  });
});
