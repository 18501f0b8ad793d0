import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type * as LoadDatasetModule from '../../adapters/load-dataset';
import type * as LoadHomesModule from '../../adapters/load-homes';
import type * as VersionStoreModule from '../../adapters/version-store';
import type { VersionStore } from '../../adapters/version-store';
import { applyIncoming } from '../../domain/observations/diff';
import { figure } from '../../../test/unit/builders/observation';
import { loadCurrentData } from '../../shared/use-dataset';
import { published, renderPage, storeWithTwoVersions } from './history-page-harness';

// The real loader over the sample data and a version store in fake IndexedDB, so the choice is the app's own.
const held: { store: VersionStore | null } = { store: null };
vi.mock('../../adapters/load-dataset', async (original) => ({
  ...(await original<typeof LoadDatasetModule>()),
  loadPublishedDataset: () => Promise.resolve(published),
}));
// This test is about the figures; the published homes table would be fetched from the data folder.
vi.mock('../../adapters/load-homes', async (original) => ({
  ...(await original<typeof LoadHomesModule>()),
  loadPublishedHomes: () => Promise.resolve([]),
}));
vi.mock('../../adapters/version-store', async (original) => {
  const real = await original<typeof VersionStoreModule>();
  return {
    ...real,
    // The harness opens its store through the real function; the app's loader is then given that store.
    openVersionStore: (...args: Parameters<typeof real.openVersionStore>) =>
      held.store ? Promise.resolve({ ok: true as const, store: held.store }) : real.openVersionStore(...args),
  };
});

beforeEach(async () => {
  window.localStorage.clear();
  held.store ??= await storeWithTwoVersions();
});

describe('Saved versions: which figures are shown', () => {
  test('shows the published figures on request without deleting a version, then the latest version again', async () => {
    const user = userEvent.setup();
    renderPage(loadCurrentData);
    expect(await screen.findByText(/Every page shows saved version 2, “Q2 revised”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show the published figures' }));
    expect(
      await screen.findByText(/Every page shows the published figures, not the versions saved/),
    ).toBeInTheDocument();
    expect((await loadCurrentData()).version).toBeNull();
    expect(await held.store?.listVersions()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Show the latest saved version' }));
    await waitFor(() => expect(screen.getByText(/Every page shows saved version 2/)).toBeInTheDocument());
    expect((await loadCurrentData()).version?.id).toBe(2);
  });

  test('opens a saved version’s scorecard on its newest period, so Q3 shows once Q3 is saved', async () => {
    await held.store?.saveVersion(
      { name: 'Q3', fileName: 'q3.csv', kind: 'upload', counts: { added: 1, changed: 0, unchanged: 0, total: 0 } },
      applyIncoming(published.observations, [figure('cla_rate', '2021/22 Q3', 89)]),
    );
    const current = await loadCurrentData();
    expect(current.version?.name).toBe('Q3');
    expect(current.dataset.manifest.defaultPeriod).toBe('2021/22 Q3');
  });
});
