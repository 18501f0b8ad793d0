import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { cell } from '../../test/unit/builders/breakdown';
import { VARIED_FIGURES } from '../../test/unit/builders/observation';
import { openVersionStore, type VersionStore } from '../adapters/version-store';
import { loadSavedVersion, type SavedFiguresWorker } from './saved-figures';
import type { FromSavedFiguresWorker } from './saved-figures-protocol';
import { answerLoad } from './saved-figures-reader';

const BREAKDOWNS = [cell('cla_legal_status', 'C2', 3, 5), cell('cla_legal_status', 'V2', 2, 5)];

async function savedStore(): Promise<{ factory: IDBFactory; store: VersionStore; id: number }> {
  const factory = new IDBFactory();
  const opened = await openVersionStore(factory);
  if (!opened.ok) throw new Error(opened.reason);
  const saved = await opened.store.saveVersion(
    {
      name: 'Quarter 2',
      fileName: 'upload.csv',
      kind: 'upload',
      counts: { added: 14, changed: 0, unchanged: 0, total: 14 },
    },
    VARIED_FIGURES,
    { breakdowns: BREAKDOWNS },
  );
  if (!saved.ok) throw new Error(saved.reason);
  return { factory, store: opened.store, id: saved.version.id };
}

/** The worker run in process: the same reader the real worker runs, on the same database. */
function inProcessWorker(factory: IDBFactory, answered: FromSavedFiguresWorker['type'][]): () => SavedFiguresWorker {
  return () => {
    const worker: SavedFiguresWorker = {
      onmessage: null,
      onerror: null,
      terminate: () => undefined,
      postMessage: (request) => {
        void answerLoad(request, () => openVersionStore(factory)).then(({ answer }) => {
          answered.push(answer.type);
          worker.onmessage?.(new MessageEvent('message', { data: answer }));
        });
      },
    };
    return worker;
  };
}

describe('loading a saved version', () => {
  test('through the worker gives the figures, their index, the breakdowns and the homes as the store reads them', async () => {
    const { factory, store, id } = await savedStore();
    const answered: FromSavedFiguresWorker['type'][] = [];
    const loaded = await loadSavedVersion(store, id, inProcessWorker(factory, answered));
    const direct = await store.loadSnapshot(id);
    expect(answered).toEqual(['loaded']);
    expect(loaded.observations.value).toEqual(direct.observations.value);
    expect(loaded.observations.problems).toEqual([]);
    expect(loaded.breakdowns).toEqual(direct.breakdowns);
    expect(loaded.homes).toEqual(direct.homes);
    expect(loaded.observations.index.seriesOf('cla_rate', 'E06000047').map((each) => each.value)).toEqual([
      90, 93.5, 92.7, 90,
    ]);
  });

  test('reads on the page when the worker cannot start, so the version is still shown', async () => {
    const { store, id } = await savedStore();
    const loaded = await loadSavedVersion(store, id, () => {
      throw new Error('no workers here');
    });
    expect(loaded.observations.value).toEqual((await store.loadObservations(id)).value);
    expect(loaded.breakdowns.value).toEqual(BREAKDOWNS);
  });

  test('reads on the page when the worker answers that it failed', async () => {
    const { store, id } = await savedStore();
    const answered: FromSavedFiguresWorker['type'][] = [];
    // A worker whose own store will not open, as in a browser that refuses storage to workers.
    const refusing = inProcessWorker(
      {
        open: () => {
          throw new Error('refused');
        },
      } as unknown as IDBFactory,
      answered,
    );
    const loaded = await loadSavedVersion(store, id, refusing);
    expect(answered).toEqual(['failed']);
    expect(loaded.observations.value).toEqual((await store.loadObservations(id)).value);
  });

  test('without workers (null) reads the store on the page, and says when the version is missing', async () => {
    const { store } = await savedStore();
    const loaded = await loadSavedVersion(store, 99, null);
    expect(loaded.observations.value).toEqual([]);
    expect(loaded.observations.problems.map((problem) => problem.rule)).toEqual(['version_not_found']);
  });
});
