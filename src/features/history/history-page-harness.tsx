/**
 * Test-only: the Saved versions page as App shows it, over a version store in a fresh fake
 * IndexedDB, with two saved versions of the sample data to list, restore and download. Used by
 * HistoryPage.test.tsx and HistoryPage-downloads.test.tsx.
 */
// fake-indexeddb/auto puts the IndexedDB classes on globalThis, where idb looks for them; each test
// opens its own empty database through a fresh IDBFactory, so tests cannot see each other's data.
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { vi } from 'vitest';
import { figure } from '../../../test/unit/builders/observation';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { openVersionStore, type NewVersion, type VersionStore } from '../../adapters/version-store';
import { withObservations } from '../../domain/dataset/dataset';
import { applyIncoming } from '../../domain/observations/diff';
import { CURRENT_DATA_QUERY_KEY, type CurrentData } from '../../shared/use-dataset';
import HistoryPage from './HistoryPage';

export const published = loadSampleDataset();
const FORMULA_NOTE = '=HYPERLINK("http://example.com","click")';
export const firstFigures = applyIncoming(published.observations, [
  figure('cla_rate', '2021/22 Q2', 90, { numerator: 912, note: FORMULA_NOTE }),
]);
const secondFigures = applyIncoming(published.observations, [
  figure('cla_rate', '2021/22 Q2', 95, { numerator: 960, source: { file: 'q2-revised.csv', row: 2 } }),
]);

export const firstUpload: NewVersion = {
  name: '2021/22 Q2 figures',
  fileName: 'county-durham-2021-22-q2.csv',
  kind: 'upload',
  counts: { added: 275, changed: 0, unchanged: 0, total: 275 },
};
const secondUpload: NewVersion = {
  name: 'Q2 revised',
  fileName: 'q2-revised.csv',
  kind: 'upload',
  counts: { added: 0, changed: 1, unchanged: 274, total: 275 },
};

export const times = ['2022-01-10T09:30:00.000Z', '2022-01-11T14:05:00.000Z', '2022-01-12T08:00:00.000Z'];

export async function openStore(): Promise<VersionStore> {
  let saves = 0;
  const opened = await openVersionStore(new IDBFactory(), () => new Date(times[saves++] ?? '2022-02-01T00:00:00.000Z'));
  if (!opened.ok) throw new Error(opened.reason);
  return opened.store;
}

export async function storeWithTwoVersions(first: NewVersion = firstUpload): Promise<VersionStore> {
  const store = await openStore();
  await store.saveVersion(first, firstFigures);
  await store.saveVersion(secondUpload, secondFigures);
  return store;
}

/** The store with some of its methods replaced, e.g. by one that fails. */
export function storeWith(store: VersionStore, overrides: Partial<VersionStore>): VersionStore {
  return {
    listVersions: () => store.listVersions(),
    latest: () => store.latest(),
    loadObservations: (id) => store.loadObservations(id),
    loadBreakdowns: (id) => store.loadBreakdowns(id),
    loadHomes: (id) => store.loadHomes(id),
    loadSnapshot: (id) => store.loadSnapshot(id),
    saveVersion: (input, observations, extras) => store.saveVersion(input, observations, extras),
    restoreVersion: (id, name) => store.restoreVersion(id, name),
    close: () => store.close(),
    ...overrides,
  };
}

/** What loadCurrentData gives the app for this store: the latest version's figures on the published catalogue. */
export async function currentFrom(store: VersionStore): Promise<CurrentData> {
  const version = await store.latest();
  const base: CurrentData = {
    dataset: published,
    published,
    homes: [],
    version: null,
    storage: { ok: true, store },
    problems: [],
  };
  if (!version) return base;
  const loaded = await store.loadObservations(version.id);
  return { ...base, dataset: withObservations(published, loaded.value), version };
}

/** The page as App shows it: fed by the current-data query, so invalidating it shows the new version. */
function Harness({ load }: { load: () => Promise<CurrentData> }) {
  const current = useQuery({ queryKey: CURRENT_DATA_QUERY_KEY, queryFn: load });
  return current.data ? <HistoryPage current={current.data} /> : null;
}

export function renderPage(load: () => Promise<CurrentData>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const invalidate = vi.spyOn(client, 'invalidateQueries');
  const { hook } = memoryLocation({ path: '/history' });
  render(
    <QueryClientProvider client={client}>
      <Router hook={hook}>
        <Harness load={load} />
      </Router>
    </QueryClientProvider>,
  );
  return { invalidate };
}

export async function versionRows() {
  const table = await screen.findByRole('table', { name: 'Saved versions, newest first' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}
