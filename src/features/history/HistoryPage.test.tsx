import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { STORAGE_FULL } from '../../adapters/version-store';
import { CURRENT_DATA_QUERY_KEY } from '../../shared/use-dataset';
import { formatSavedAt } from './history-view';
import {
  published,
  firstFigures,
  firstUpload,
  times,
  openStore,
  storeWithTwoVersions,
  storeWith,
  currentFrom,
  renderPage,
  versionRows,
} from './history-page-harness';

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
        '276',
        '277',
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
        '277',
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
        '277',
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
