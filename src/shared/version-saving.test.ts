import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { cell } from '../../test/unit/builders/breakdown';
import { figure } from '../../test/unit/builders/observation';
import { openVersionStore } from '../adapters/version-store';
import { lazyVersionStore, saveMerged, type PendingSave } from './version-saving';

const NEWER = 'A newer version was saved.';
const counts = { added: 1, changed: 0, unchanged: 1, total: 2 };
const quiet = { newerVersionSaved: NEWER, progress: () => undefined };

async function setUp() {
  const factory = new IDBFactory();
  const store = lazyVersionStore(() => openVersionStore(factory));
  return { store: await store() };
}

const pending = (changes: Partial<PendingSave> = {}): PendingSave => ({
  fileName: 'returns.csv',
  counts,
  held: { observations: [figure('cla_rate', '2020/21', 90)] },
  incoming: [figure('cla_rate', '2021/22', 95)],
  homes: [],
  expectedLatest: null,
  ...changes,
});

describe('saveMerged, the one save path of the workers', () => {
  test('saves the figures held and the new ones together, and the breakdowns worked out merged into those held', async () => {
    const { store } = await setUp();
    const held = [cell('cla_legal_status', 'C2', 3, 5), cell('cla_legal_status', 'V2', 2, 5)];
    const incoming = [cell('cla_legal_status', 'V2', 1, 5)];
    const saved = await saveMerged(
      store,
      pending({ held: { observations: [], breakdowns: held }, incomingBreakdowns: incoming }),
      'Q1',
      quiet,
    );
    expect(saved.result.ok).toBe(true);
    expect(saved.breakdowns).toEqual([held[0], incoming[0]]);
    const again = await saveMerged(store, pending({ expectedLatest: 1 }), 'Q2', quiet);
    expect(again.observations.map((row) => row.period.label)).toEqual(['2020/21', '2021/22']);
    if (!again.result.ok || !('loadBreakdowns' in store)) throw new Error('not saved');
    // Figures alone: the version keeps the breakdowns of the one before.
    expect((await store.loadBreakdowns(again.result.version.id)).value).toEqual([held[0], incoming[0]]);
  });

  test('refuses, in the page’s words, when another version was saved after the preview', async () => {
    const { store } = await setUp();
    await saveMerged(store, pending(), 'In another tab', quiet);
    const late = await saveMerged(store, pending({ expectedLatest: null }), 'Previewed earlier', quiet);
    expect(late.result).toEqual({ ok: false, reason: NEWER });
  });

  test('says why when the browser gives no storage', async () => {
    const saved = await saveMerged({ reason: 'Storage is blocked.' }, pending(), 'Q1', quiet);
    expect(saved.result).toEqual({ ok: false, reason: 'Storage is blocked.' });
  });
});
