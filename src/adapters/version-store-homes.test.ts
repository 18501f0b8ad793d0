// Each test opens its own empty database through a fresh IDBFactory (see version-store.test.ts).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { THREE_HOMES, homesTable } from '../../test/unit/builders/homes';
import { VARIED_FIGURES } from '../../test/unit/builders/observation';
import { openVersionStore, type NewVersion, type VersionStore } from './version-store';

const upload: NewVersion = {
  name: 'Homes June 2016',
  fileName: 'homes.csv',
  kind: 'upload',
  counts: { added: 0, changed: 0, unchanged: 0, total: 0 },
};

async function openStore(factory = new IDBFactory()): Promise<VersionStore> {
  const opened = await openVersionStore(factory, () => new Date('2022-01-10T09:30:00.000Z'));
  if (!opened.ok) throw new Error(opened.reason);
  return opened.store;
}

test('a version saved with homes gives them back beside its figures, after a reload', async () => {
  const factory = new IDBFactory();
  const store = await openStore(factory);
  const saved = await store.saveVersion(upload, VARIED_FIGURES, { homes: [THREE_HOMES] });
  expect(saved.ok).toBe(true);
  store.close();
  const reopened = await openStore(factory);
  expect(await reopened.loadHomes(1)).toEqual({ value: [THREE_HOMES], problems: [] });
  expect((await reopened.loadObservations(1)).value).toHaveLength(VARIED_FIGURES.length);
});

test('a version saved without homes (as every version before them was) holds none: null, not an empty list', async () => {
  const store = await openStore();
  await store.saveVersion(upload, VARIED_FIGURES);
  expect(await store.loadHomes(1)).toEqual({ value: null, problems: [] });
});

test('a restore copies the homes of the version restored', async () => {
  const store = await openStore();
  await store.saveVersion(upload, VARIED_FIGURES, { homes: [THREE_HOMES] });
  const other = homesTable([], 'E06000004', 'stockton.csv');
  await store.saveVersion({ ...upload, name: 'Stockton' }, VARIED_FIGURES, { homes: [other] });
  await store.restoreVersion(1, 'Back to June');
  expect((await store.loadHomes(3)).value).toEqual([THREE_HOMES]);
});
