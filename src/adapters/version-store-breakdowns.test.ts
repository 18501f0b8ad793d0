// The breakdown figures a version keeps beside its observations (docs/storage.md).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { cell } from '../../test/unit/builders/breakdown';
import { figure } from '../../test/unit/builders/observation';
import { openVersionStore, type NewVersion, type VersionStore } from './version-store';

const upload = (name: string): NewVersion => ({
  name,
  fileName: 'header.csv, episodes.csv',
  kind: 'upload',
  counts: { added: 1, changed: 0, unchanged: 0, total: 1 },
});
const figures = [figure('cla_count', '2021/22', 5, { numerator: 5 })];
const breakdowns = [cell('cla_legal_status', 'C2', 3, 5), cell('cla_legal_status', 'V2', 2, 5)];

async function openStore(): Promise<VersionStore> {
  const opened = await openVersionStore(new IDBFactory());
  if (!opened.ok) throw new Error(opened.reason);
  return opened.store;
}

describe('breakdowns in saved versions', () => {
  test('are saved with a version and read back as they were', async () => {
    const store = await openStore();
    const saved = await store.saveVersion(upload('903 return at 31 March 2022'), figures, { breakdowns });
    if (!saved.ok) throw new Error(saved.reason);
    await expect(store.loadBreakdowns(saved.version.id)).resolves.toEqual({ value: breakdowns, problems: [] });
  });

  test('are kept by a later save of figures alone and by a restore', async () => {
    const store = await openStore();
    await store.saveVersion(upload('903 return'), figures, { breakdowns });
    const later = await store.saveVersion(upload('Q3 figures'), [figure('cla_rate', '2021/22 Q3', 90)]);
    if (!later.ok) throw new Error(later.reason);
    expect((await store.loadBreakdowns(later.version.id)).value).toEqual(breakdowns);
    const restored = await store.restoreVersion(1, 'Back to the return');
    if (!restored.ok) throw new Error(restored.reason);
    expect((await store.loadBreakdowns(restored.version.id)).value).toEqual(breakdowns);
  });

  test('are none for a version saved without any, and for a version that does not exist', async () => {
    const store = await openStore();
    const saved = await store.saveVersion(upload('Figures only'), figures);
    if (!saved.ok) throw new Error(saved.reason);
    await expect(store.loadBreakdowns(saved.version.id)).resolves.toEqual({ value: [], problems: [] });
    await expect(store.loadBreakdowns(99)).resolves.toEqual({ value: [], problems: [] });
  });
});

describe('a version read in one go', () => {
  test('gives its figures, breakdowns and homes tables from one read of the snapshot', async () => {
    const store = await openStore();
    const saved = await store.saveVersion(upload('903 return at 31 March 2022'), figures, { breakdowns });
    if (!saved.ok) throw new Error(saved.reason);
    await expect(store.loadSnapshot(saved.version.id)).resolves.toEqual({
      observations: { value: figures, problems: [] },
      breakdowns: { value: breakdowns, problems: [] },
      homes: await store.loadHomes(saved.version.id),
    });
  });

  test('says a missing version is missing once, by its figures; it has no breakdowns or homes', async () => {
    const loaded = await (await openStore()).loadSnapshot(99);
    expect(loaded.observations.problems.map((problem) => problem.rule)).toEqual(['version_not_found']);
    expect(loaded.breakdowns).toEqual({ value: [], problems: [] });
    expect(loaded.homes.problems).toEqual([]);
  });
});
