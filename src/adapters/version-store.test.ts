// fake-indexeddb/auto puts the IndexedDB classes on globalThis, where idb looks for them; each test
// still opens its own empty database through a fresh IDBFactory, so tests cannot see each other's data.
import 'fake-indexeddb/auto';
import { abortAfterPut } from '../../test/unit/storage-faults';
import { IDBDatabase, IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, onTestFinished, test, vi } from 'vitest';
import { VARIED_FIGURES, figure } from '../../test/unit/builders/observation';
import { applyIncoming } from '../domain/observations/diff';
import type { Observation } from '../domain/observations/observation';
import {
  NEWER_STORE,
  SAVE_FAILED,
  STORAGE_FULL,
  STORAGE_UNAVAILABLE,
  VERSION_DATABASE,
  openVersionStore,
  type NewVersion,
  type VersionStore,
} from './version-store';

const SAVED_AT = new Date('2022-01-10T09:30:00.000Z');
const sample = VARIED_FIGURES;
const q2Correction = figure('cla_rate', '2021/22 Q2', 91, {
  numerator: 922,
  source: { file: 'q2-revised.csv', row: 2 },
});
const revised = applyIncoming(sample, [q2Correction]);

const firstUpload: NewVersion = {
  name: '  2021/22 Q2 figures  ',
  fileName: 'county-durham-2021-22-q2.csv',
  kind: 'upload',
  counts: { added: 14, changed: 0, unchanged: 0, total: 14 },
};
const secondUpload: NewVersion = {
  name: 'Q2 revised',
  fileName: 'q2-revised.csv',
  kind: 'upload',
  counts: { added: 0, changed: 1, unchanged: 0, total: 14 },
};

const firstVersion = {
  id: 1,
  name: '2021/22 Q2 figures',
  createdAt: '2022-01-10T09:30:00.000Z',
  fileName: 'county-durham-2021-22-q2.csv',
  kind: 'upload',
  counts: { added: 14, changed: 0, unchanged: 0, total: 14 },
};
const secondVersion = {
  ...firstVersion,
  id: 2,
  name: 'Q2 revised',
  fileName: 'q2-revised.csv',
  counts: { added: 0, changed: 1, unchanged: 0, total: 14 },
};

async function openStore(factory: IDBFactory): Promise<VersionStore> {
  const opened = await openVersionStore(factory, () => SAVED_AT);
  if (!opened.ok) throw new Error(opened.reason);
  return opened.store;
}

/** A store holding the sample as version 1 and the sample with one corrected figure as version 2. */
async function storeWithTwoVersions(factory = new IDBFactory()): Promise<VersionStore> {
  const store = await openStore(factory);
  await store.saveVersion(firstUpload, sample);
  await store.saveVersion(secondUpload, revised);
  return store;
}

/** The write of the snapshot fails as a full disk makes it fail: QuotaExceededError. */
function fillStorage(): void {
  const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  onTestFinished(() => put.mockRestore());
}

/** The browser refuses to start a transaction at all (a closing connection, an internal fault). */
function refuseTransactions(): void {
  const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(() => {
    throw new Error('The browser refused the transaction.');
  });
  onTestFinished(() => transaction.mockRestore());
}

/** The transaction is aborted after the snapshot's write was queued, as when the browser gives up mid-save. */
/** A figure structured clone refuses (a function where the value should be): the browser throws DataCloneError. */
const unstorable: Observation = figure('cla_rate', '2022/23 Q1', (() => 90) as unknown as number);

class RefusedOpenRequest extends EventTarget {
  readonly error = new DOMException(
    'A mutation operation was attempted on a database that did not allow mutations.',
    'InvalidStateError',
  );
  readonly result = undefined;

  constructor() {
    super();
    setTimeout(() => this.dispatchEvent(new Event('error')));
  }
}

/** Firefox in a private window: open() answers with an error event. */
const refusingFactory = { open: () => new RefusedOpenRequest() } as unknown as IDBFactory;
/** Storage blocked by the browser's settings: open() throws. */
const throwingFactory = {
  open: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
} as unknown as IDBFactory;

/** A factory that already holds the database at a newer version, as a newer app would leave it. */
async function factoryWithNewerDatabase(): Promise<IDBFactory> {
  const factory = new IDBFactory();
  const request = factory.open(VERSION_DATABASE, 2);
  await new Promise((resolve) => request.addEventListener('success', resolve));
  request.result.close();
  return factory;
}

function withoutIndexedDb(): undefined {
  vi.stubGlobal('indexedDB', undefined);
  onTestFinished(() => {
    vi.unstubAllGlobals();
  });
  return undefined;
}

describe('openVersionStore', () => {
  test('opens an empty store with no versions and no latest', async () => {
    const store = await openStore(new IDBFactory());
    expect(await store.listVersions()).toEqual([]);
    expect(await store.latest()).toBeNull();
  });

  it.each([
    {
      what: 'the browser has no IndexedDB',
      factory: () => Promise.resolve(withoutIndexedDb()),
      reason: STORAGE_UNAVAILABLE,
    },
    {
      what: 'open() fires an error (private browsing)',
      factory: () => Promise.resolve(refusingFactory),
      reason: STORAGE_UNAVAILABLE,
    },
    {
      what: 'open() throws (storage blocked)',
      factory: () => Promise.resolve(throwingFactory),
      reason: STORAGE_UNAVAILABLE,
    },
    { what: 'a newer app has upgraded the database', factory: factoryWithNewerDatabase, reason: NEWER_STORE },
  ])('says plainly why nothing can be saved when $what', async ({ factory, reason }) => {
    expect(await openVersionStore(await factory())).toEqual({ ok: false, reason });
  });

  test('tells a user of a browser that blocks storage that reading still works', () => {
    expect(STORAGE_UNAVAILABLE).toBe(
      'This browser is not letting the scorecard save data (private browsing or storage turned off). You can still read and check files, but uploads cannot be saved.',
    );
  });
});

describe('saveVersion and listVersions', () => {
  test('saves two versions and lists them newest first, with the trimmed name, time, file and counts', async () => {
    const store = await storeWithTwoVersions();
    expect(await store.listVersions()).toEqual([secondVersion, firstVersion]);
    expect(await store.latest()).toEqual(secondVersion);
  });

  test('returns the version it saved', async () => {
    const store = await openStore(new IDBFactory());
    expect(await store.saveVersion(firstUpload, sample)).toEqual({ ok: true, version: firstVersion });
  });

  test('loads the figures of each version exactly as they were saved', async () => {
    const store = await storeWithTwoVersions();
    expect(await store.loadObservations(1)).toEqual({ value: sample, problems: [] });
    expect(await store.loadObservations(2)).toEqual({ value: revised, problems: [] });
  });

  test("keeps the council's provisional figure that DfE's final one replaced, through a save and a reload", async () => {
    const provisional = figure('cla_rate', '2020/21', 93.5, { numerator: 949, status: 'provisional' });
    const final = figure('cla_rate', '2020/21', 96, {
      numerator: 950,
      source: { file: 'cla_number_and_rate_per_10k_children.csv', row: 2058, publisher: 'DfE' },
    });
    const factory = new IDBFactory();
    const before = await openStore(factory);
    await before.saveVersion(firstUpload, applyIncoming([provisional], [final]));
    before.close();
    const loaded = await (await openStore(factory)).loadObservations(1);
    expect(loaded.value.map((observation) => [observation.value, observation.superseded?.value])).toEqual([[96, 93.5]]);
  });

  test('records as the total the number of figures saved, whatever the caller counted', async () => {
    const store = await openStore(new IDBFactory());
    const saved = await store.saveVersion(
      { ...firstUpload, counts: { added: 1, changed: 0, unchanged: 0, total: 99 } },
      [q2Correction],
    );
    expect(saved.ok && saved.version.counts).toEqual({ added: 1, changed: 0, unchanged: 0, total: 1 });
  });

  it.each([
    { name: '', reason: 'Give this version a name, such as "2021/22 Q2 figures".' },
    { name: '   ', reason: 'Give this version a name, such as "2021/22 Q2 figures".' },
    { name: 'x'.repeat(101), reason: 'The version name is 101 characters long. Keep it to 100 characters or fewer.' },
  ])('refuses the name "$name" and saves nothing', async ({ name, reason }) => {
    const store = await openStore(new IDBFactory());
    expect(await store.saveVersion({ ...firstUpload, name }, sample)).toEqual({ ok: false, reason });
    expect(await store.listVersions()).toEqual([]);
  });

  test('accepts a name of exactly 100 characters', async () => {
    const store = await openStore(new IDBFactory());
    expect(await store.saveVersion({ ...firstUpload, name: 'x'.repeat(100) }, sample)).toMatchObject({ ok: true });
  });

  test('survives a reload: a store opened again on the same browser sees every version and its figures', async () => {
    const factory = new IDBFactory();
    const before = await storeWithTwoVersions(factory);
    before.close();
    const after = await openStore(factory);
    expect(await after.listVersions()).toEqual([secondVersion, firstVersion]);
    expect(await after.loadObservations(2)).toEqual({ value: revised, problems: [] });
  });

  test('says there is no such version rather than returning nothing', async () => {
    const store = await openStore(new IDBFactory());
    expect(await store.loadObservations(7)).toEqual({
      value: [],
      problems: [
        {
          severity: 'error',
          rule: 'version_not_found',
          message: 'There is no saved version 7. Choose a version from the history list.',
        },
      ],
    });
  });
});

describe('a save that fails leaves the previous version whole and latest', () => {
  it.each([
    {
      what: 'a figure the browser cannot store (DataCloneError thrown by put)',
      breakSave: () => undefined,
      figures: [...sample, unstorable],
      reason: SAVE_FAILED,
    },
    {
      what: 'the browser aborting the transaction after the snapshot was queued',
      breakSave: abortAfterPut,
      figures: revised,
      reason: SAVE_FAILED,
    },
    { what: 'full storage (QuotaExceededError)', breakSave: fillStorage, figures: revised, reason: STORAGE_FULL },
    { what: 'transaction() itself throwing', breakSave: refuseTransactions, figures: revised, reason: SAVE_FAILED },
  ])('when the save meets $what', async ({ breakSave, figures, reason }) => {
    const store = await openStore(new IDBFactory());
    await store.saveVersion(firstUpload, sample);
    breakSave();
    await expect(store.saveVersion(secondUpload, figures)).resolves.toEqual({ ok: false, reason });
    vi.restoreAllMocks();
    expect(await store.listVersions()).toEqual([firstVersion]);
    expect(await store.latest()).toEqual(firstVersion);
    expect(await store.loadObservations(1)).toEqual({ value: sample, problems: [] });
  });

  test('a version larger than one saved version can hold is refused before anything is written, saying why', async () => {
    // The sample as first saved takes a few kilobytes; this store holds at most 1 kB per version.
    const opened = await openVersionStore(new IDBFactory(), () => SAVED_AT, 1_000);
    if (!opened.ok) throw new Error(opened.reason);
    const saved = await opened.store.saveVersion(firstUpload, sample);
    expect(saved.ok).toBe(false);
    expect(saved.ok ? '' : saved.reason).toMatch(
      new RegExp(
        `^This version holds ${sample.length} figures, about \\d+ MB as the browser stores them, and one saved version can hold at most about 0 MB\\. Nothing was saved: the previous version is unchanged\\.`,
      ),
    );
    expect(await opened.store.listVersions()).toEqual([]);
  });

  test('a restore that fails adds nothing', async () => {
    const store = await storeWithTwoVersions();
    fillStorage();
    expect(await store.restoreVersion(1, 'Back to the first figures')).toEqual({ ok: false, reason: STORAGE_FULL });
    expect(await store.listVersions()).toEqual([secondVersion, firstVersion]);
  });

  test('a store closed by the browser gives a plain reason and no throw', async () => {
    const store = await storeWithTwoVersions();
    store.close();
    expect(await store.saveVersion(secondUpload, revised)).toEqual({
      ok: false,
      reason:
        'The browser closed the scorecard’s saved data, perhaps because the app was updated in another tab. Nothing was saved. Reload the page and try again.',
    });
  });
});

describe('restoreVersion', () => {
  test('restores an earlier version as a new third version holding the same figures, keeping every other version', async () => {
    const store = await storeWithTwoVersions();
    expect(await store.restoreVersion(1, 'Back to the first figures')).toEqual({
      ok: true,
      version: {
        ...firstVersion,
        id: 3,
        name: 'Back to the first figures',
        kind: 'restore',
        restoredFrom: 1,
        counts: { added: 0, changed: 1, unchanged: 13, total: 14 },
      },
    });
    expect((await store.listVersions()).map((version) => version.id)).toEqual([3, 2, 1]);
    expect(await store.loadObservations(3)).toEqual(await store.loadObservations(1));
    expect(await store.loadObservations(2)).toEqual({ value: revised, problems: [] });
  });

  test('refuses to restore a version that does not exist, and adds nothing', async () => {
    const store = await storeWithTwoVersions();
    expect(await store.restoreVersion(9, 'Nothing')).toEqual({
      ok: false,
      reason: 'There is no saved version 9 to restore. Choose a version from the history list.',
    });
    expect(await store.listVersions()).toHaveLength(2);
  });
});
