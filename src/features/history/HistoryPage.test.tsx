// fake-indexeddb/auto puts the IndexedDB classes on globalThis, where idb looks for them; each test
// opens its own empty database through a fresh IDBFactory, so tests cannot see each other's data.
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { figure } from '../../../test/unit/observation-builder';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { saveFile } from '../../adapters/download';
import {
  STORAGE_FULL,
  STORAGE_UNAVAILABLE,
  openVersionStore,
  type NewVersion,
  type VersionStore,
} from '../../adapters/version-store';
import { withObservations } from '../../domain/dataset/dataset';
import { applyIncoming } from '../../domain/observations/diff';
import { CURRENT_DATA_QUERY_KEY, type CurrentData } from '../../shared/use-dataset';
import HistoryPage from './HistoryPage';
import { formatSavedAt } from './history-view';

vi.mock('../../adapters/download', () => ({ saveFile: vi.fn() }));

const published = loadSampleDataset();
const FORMULA_NOTE = '=HYPERLINK("http://example.com","click")';
const firstFigures = applyIncoming(published.observations, [
  figure('cla_rate', '2021/22 Q2', 90, { numerator: 912, note: FORMULA_NOTE }),
]);
const secondFigures = applyIncoming(published.observations, [
  figure('cla_rate', '2021/22 Q2', 95, { numerator: 960, source: { file: 'q2-revised.csv', row: 2 } }),
]);

const firstUpload: NewVersion = {
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

const times = ['2022-01-10T09:30:00.000Z', '2022-01-11T14:05:00.000Z', '2022-01-12T08:00:00.000Z'];

async function openStore(): Promise<VersionStore> {
  let saves = 0;
  const opened = await openVersionStore(new IDBFactory(), () => new Date(times[saves++] ?? '2022-02-01T00:00:00.000Z'));
  if (!opened.ok) throw new Error(opened.reason);
  return opened.store;
}

async function storeWithTwoVersions(first: NewVersion = firstUpload): Promise<VersionStore> {
  const store = await openStore();
  await store.saveVersion(first, firstFigures);
  await store.saveVersion(secondUpload, secondFigures);
  return store;
}

/** The store with some of its methods replaced, e.g. by one that fails. */
function storeWith(store: VersionStore, overrides: Partial<VersionStore>): VersionStore {
  return {
    listVersions: () => store.listVersions(),
    latest: () => store.latest(),
    loadObservations: (id) => store.loadObservations(id),
    saveVersion: (input, observations) => store.saveVersion(input, observations),
    restoreVersion: (id, name) => store.restoreVersion(id, name),
    close: () => store.close(),
    ...overrides,
  };
}

/** What loadCurrentData gives the app for this store: the latest version's figures on the published catalogue. */
async function currentFrom(store: VersionStore): Promise<CurrentData> {
  const version = await store.latest();
  const base: CurrentData = {
    dataset: published,
    published,
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

function renderPage(load: () => Promise<CurrentData>) {
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

async function versionRows() {
  const table = await screen.findByRole('table', { name: 'Saved versions, newest first' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

beforeEach(() => {
  vi.mocked(saveFile).mockReset();
});

describe('HistoryPage: the list', () => {
  test('lists every version newest first: name, when, file, kind, counts and which one is shown now', async () => {
    const store = await storeWithTwoVersions();
    await store.restoreVersion(1, 'Back to the first figures');
    renderPage(() => currentFrom(store));
    expect(await screen.findByRole('heading', { level: 1, name: 'Saved versions' })).toBeInTheDocument();
    expect(await versionRows()).toEqual([
      [
        '3',
        'Back to the first figures',
        formatSavedAt(times[2]!),
        'county-durham-2021-22-q2.csv',
        'Restore of version 1',
        '0',
        '1',
        '274',
        '275',
        'Shown now',
        '',
      ],
      [
        '2',
        'Q2 revised',
        formatSavedAt(times[1]!),
        'q2-revised.csv',
        'Upload',
        '0',
        '1',
        '274',
        '275',
        '',
        'Restore version 2',
      ],
      [
        '1',
        '2021/22 Q2 figures',
        formatSavedAt(times[0]!),
        'county-durham-2021-22-q2.csv',
        'Upload',
        '275',
        '0',
        '0',
        '275',
        '',
        'Restore version 1',
      ],
    ]);
    expect(formatSavedAt(times[0]!)).toMatch(/^10 Jan 2022, \d\d:\d\d$/);
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Version',
      'Name',
      'Saved',
      'File',
      'Kind',
      'New',
      'Changed',
      'Unchanged',
      'Total figures',
      'On screen',
      'Action',
    ]);
  });

  test('shows a version name as text, never as markup', async () => {
    const store = await storeWithTwoVersions({ ...firstUpload, name: '<img src=x onerror="alert(1)"><b>Q2</b>' });
    renderPage(() => currentFrom(store));
    expect(
      await screen.findByRole('rowheader', { name: '<img src=x onerror="alert(1)"><b>Q2</b>' }),
    ).toBeInTheDocument();
    expect(document.querySelector('table img, table b')).toBeNull();
  });

  test('with no versions, says the published figures are shown and links to the upload page', async () => {
    const store = await openStore();
    renderPage(() => currentFrom(store));
    expect(
      await screen.findByText(
        /No versions have been saved in this browser yet, so the scorecard shows the published figures/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Upload figures' })).toHaveAttribute('href', '/upload');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Download the data' })).toBeInTheDocument();
  });

  test('says so when a saved version is not the one on screen', async () => {
    const store = await storeWithTwoVersions();
    renderPage(async () => ({ ...(await currentFrom(store)), dataset: published, version: null }));
    expect(
      await screen.findByText('None of these versions is on screen: the scorecard shows the published figures.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Shown now')).not.toBeInTheDocument();
  });

  test('says plainly when the saved versions cannot be read', async () => {
    const store = await storeWithTwoVersions();
    const broken = storeWith(store, {
      listVersions: () =>
        Promise.reject(new Error('The browser could not read the saved versions. Reload the page and try again.')),
    });
    renderPage(async () => ({ ...(await currentFrom(store)), storage: { ok: true, store: broken } }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The browser could not read the saved versions. Reload the page and try again.',
    );
  });
});

describe('HistoryPage: restoring', () => {
  test('offers Restore for every version but the newest, and the confirm step explains that nothing is deleted', async () => {
    const store = await storeWithTwoVersions();
    renderPage(() => currentFrom(store));
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'Restore version 2' })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Restore version 1' }));
    const confirm = screen.getByRole('region', { name: 'Restore version 1, “2021/22 Q2 figures”?' });
    expect(within(confirm).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(confirm).toHaveTextContent(
      'Restoring saves a new version that is an exact copy of the figures in version 1',
    );
    expect(confirm).toHaveTextContent('Nothing is deleted');
    expect(within(confirm).getByRole('textbox', { name: 'Name of the new version' })).toHaveValue(
      'Restore of 2021/22 Q2 figures',
    );
    expect(screen.getByRole('button', { name: 'Restore version 1' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('Cancel closes the confirm step, saves nothing and returns focus to the Restore button', async () => {
    const store = await storeWithTwoVersions();
    renderPage(() => currentFrom(store));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Restore version 1' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: /Restore version 1/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Restore version 1' })).toHaveFocus();
    expect((await store.listVersions()).map((version) => version.id)).toEqual([2, 1]);
  });

  test('restores as a new version, refreshes the figures on screen and announces it in a focused status', async () => {
    const store = await storeWithTwoVersions();
    const { invalidate } = renderPage(() => currentFrom(store));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Restore version 1' }));
    const name = screen.getByRole('textbox', { name: 'Name of the new version' });
    await user.clear(name);
    await user.type(name, '  Back to the first Q2 figures ');
    await user.click(screen.getByRole('button', { name: 'Restore' }));

    const status = await screen.findByText('Version 1 restored as version 3.');
    expect(screen.getByRole('status')).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Version 1 restored as version 3. It is now the latest version and the scorecard shows it. Nothing was deleted.',
    );
    expect(status).toBeVisible();
    expect(invalidate).toHaveBeenCalledWith({ queryKey: CURRENT_DATA_QUERY_KEY });
    expect(screen.queryByRole('region', { name: /Restore version 1/ })).not.toBeInTheDocument();

    const [newest] = await store.listVersions();
    expect(newest).toMatchObject({ id: 3, name: 'Back to the first Q2 figures', kind: 'restore', restoredFrom: 1 });
    expect((await store.loadObservations(3)).value).toEqual(firstFigures);
    const rows = await versionRows();
    expect(rows.map((row) => [row[0], row[1], row[4], row[9]])).toEqual([
      ['3', 'Back to the first Q2 figures', 'Restore of version 1', 'Shown now'],
      ['2', 'Q2 revised', 'Upload', ''],
      ['1', '2021/22 Q2 figures', 'Upload', ''],
    ]);
    expect(screen.getByRole('button', { name: 'Restore version 2' })).toBeInTheDocument();
  });

  test('refuses a blank name beside the field, with focus on it, and saves nothing', async () => {
    const store = await storeWithTwoVersions();
    renderPage(() => currentFrom(store));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Restore version 1' }));
    const name = screen.getByRole('textbox', { name: 'Name of the new version' });
    await user.clear(name);
    await user.type(name, '   ');
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Error: Give this version a name, such as "2021\/22 Q2 figures"\./);
    expect((await store.listVersions()).map((version) => version.id)).toEqual([2, 1]);
  });

  test("shows the store's plain reason when the restore fails, and keeps the confirm step open", async () => {
    const store = await storeWithTwoVersions();
    const full = storeWith(store, { restoreVersion: () => Promise.resolve({ ok: false, reason: STORAGE_FULL }) });
    renderPage(async () => ({ ...(await currentFrom(store)), storage: { ok: true, store: full } }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Restore version 1' }));
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The version was not restored');
    expect(alert).toHaveTextContent(STORAGE_FULL);
    expect(alert).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Name of the new version' })).toHaveValue(
      'Restore of 2021/22 Q2 figures',
    );
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  test('cuts the suggested name to the 100 characters a name may have', async () => {
    const store = await storeWithTwoVersions({ ...firstUpload, name: 'x'.repeat(100) });
    renderPage(() => currentFrom(store));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Restore version 1' }));
    expect(screen.getByRole('textbox', { name: 'Name of the new version' })).toHaveValue(
      `Restore of ${'x'.repeat(89)}`,
    );
  });
});

describe('HistoryPage: read-only', () => {
  test('says plainly that versions cannot be saved, and still offers the downloads of the figures on screen', async () => {
    renderPage(() =>
      Promise.resolve({
        dataset: published,
        published,
        version: null,
        storage: { ok: false, reason: STORAGE_UNAVAILABLE },
        problems: [],
      }),
    );
    expect(await screen.findByText('Saved versions are not available in this browser.')).toBeInTheDocument();
    expect(screen.getByText(STORAGE_UNAVAILABLE)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Figures on screen (CSV)' }));
    expect(vi.mocked(saveFile)).toHaveBeenCalledTimes(1);
  });
});

describe('HistoryPage: downloads', () => {
  async function download(label: string) {
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: label }));
    const [fileName, content, type] = vi.mocked(saveFile).mock.calls.at(-1) ?? [];
    return { fileName, content: typeof content === 'string' ? content : '', type };
  }

  test('the figures on screen as an observations CSV, formulas neutralised', async () => {
    const store = await storeWithTwoVersions();
    await store.restoreVersion(1, 'Back to version 1');
    renderPage(() => currentFrom(store));
    expect(
      await screen.findByText(/The figures on screen now: saved version 3, “Back to version 1” \(275 figures\)/),
    ).toBeInTheDocument();
    const { fileName, content, type } = await download('Figures on screen (CSV)');
    expect(fileName).toMatch(/^scorecard-figures-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(type).toBe('text/csv;charset=utf-8');
    const lines = content.split('\r\n');
    expect(lines[0]).toBe('\uFEFFmeasure,area,period,value,numerator,denominator,status,note');
    expect(lines).toContain(`cla_rate,E06000047,2021/22 Q2,90,912,,,"'=HYPERLINK(""http://example.com"",""click"")"`);
    expect(lines.length - 2).toBe(275);
  });

  test('a JSON data pack of the figures on screen, with the catalogue and the version', async () => {
    const store = await storeWithTwoVersions();
    renderPage(() => currentFrom(store));
    const { fileName, content, type } = await download('Data pack (JSON)');
    expect(fileName).toMatch(/^scorecard-data-pack-\d{4}-\d{2}-\d{2}\.json$/);
    expect(type).toBe('application/json;charset=utf-8');
    const pack = JSON.parse(content) as Record<string, unknown[] | Record<string, unknown>>;
    expect(pack).toMatchObject({
      format: 'scorecard-data-pack',
      formatVersion: 1,
      version: { id: 2, name: 'Q2 revised' },
    });
    expect(pack.measures).toHaveLength(published.catalogue.measures.length);
    expect(pack.observations).toContainEqual(
      expect.objectContaining({
        measure: 'cla_rate',
        area: 'E06000047',
        period: '2021/22 Q2',
        value: 95,
        numerator: 960,
      }),
    );
  });

  test('the commentary as a CSV, with its header even when no note is written yet', async () => {
    renderPage(() =>
      Promise.resolve({
        dataset: published,
        published,
        version: null,
        storage: { ok: false, reason: STORAGE_UNAVAILABLE },
        problems: [],
      }),
    );
    const { fileName, content, type } = await download('Commentary (CSV)');
    expect(fileName).toMatch(/^scorecard-commentary-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(content).toBe('\uFEFFmeasure,measure_title,area,period,commentary,updated_at\r\n');
    expect(type).toBe('text/csv;charset=utf-8');
  });

  test('a data pack of the published figures has no version', async () => {
    renderPage(() =>
      Promise.resolve({
        dataset: published,
        published,
        version: null,
        storage: { ok: false, reason: STORAGE_UNAVAILABLE },
        problems: [],
      }),
    );
    const { content } = await download('Data pack (JSON)');
    expect(JSON.parse(content)).toMatchObject({ format: 'scorecard-data-pack', version: null });
  });

  test('blank templates of both layouts, the scorecard one with the columns the scorecard opens on and the home region', async () => {
    const store = await openStore();
    renderPage(() => currentFrom(store));
    const observations = await download('Blank observations template (CSV)');
    expect(observations.fileName).toBe('scorecard-template-observations.csv');
    expect(observations.content.split('\r\n').slice(0, 2)).toEqual([
      '\uFEFFmeasure,area,period,value,numerator,denominator,status,note',
      `${published.catalogue.measures[0]?.id},,,,,,,`,
    ]);
    const scorecard = await download('Blank scorecard template (CSV)');
    expect(scorecard.fileName).toBe('scorecard-template-scorecard-q2-2021-22.csv');
    expect(scorecard.content.split('\r\n')[0]).toBe(
      '\uFEFFMeasure,2018/19,2019/20,2020/21,Q1 2021/22,Q2 2021/22,England,North East,Stat Neighbour',
    );
    expect(scorecard.content.split('\r\n')).toHaveLength(published.catalogue.measures.length + 2);
    expect(
      screen.getByText(
        /columns 2018\/19, 2019\/20, 2020\/21, Q1 2021\/22, Q2 2021\/22, England, North East and Stat Neighbour\./,
      ),
    ).toBeInTheDocument();
  });
});
