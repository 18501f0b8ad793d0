import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EMPTY_SELECTION, useSelectionStore } from '../shared/selection-store';
import { fetchFromDataFolder } from '../../test/unit/sample-dataset';
import { App } from './App';

function renderApp() {
  render(<App queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} />);
}

afterEach(() => {
  vi.unstubAllGlobals();
  useSelectionStore.setState(EMPTY_SELECTION);
  window.history.replaceState(null, '', '/');
});

describe('App', () => {
  test('loads the published data folder and shows the scorecard', async () => {
    vi.stubGlobal('fetch', fetchFromDataFolder());
    renderApp();
    expect(await screen.findByRole('table', { name: 'Performance scorecard' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
  });

  test('says in the footer which figures are shown', async () => {
    vi.stubGlobal('fetch', fetchFromDataFolder());
    renderApp();
    await screen.findByRole('table', { name: 'Performance scorecard' });
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Showing the published figures from the data folder.');
  });

  test('opens the view a shared link describes', async () => {
    vi.stubGlobal('fetch', fetchFromDataFolder());
    window.history.replaceState(null, '', '/?period=2020%2F21&question=health&q=dental');
    renderApp();
    expect(await screen.findByRole('table', { name: 'Performance scorecard' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Reporting period' })).toHaveDisplayValue(
      '2020/21 (April 2020 to March 2021)',
    );
    expect(screen.getByRole('searchbox', { name: 'Search measures' })).toHaveValue('dental');
    // 37: a measure with no figure of County Durham's own at or before 2020/21 is left off, comparators and all.
    expect(screen.getByText(/^Showing 1 of 37 measures\./)).toBeInTheDocument();
  });

  test('lists every problem in a published file instead of showing half a scorecard', async () => {
    vi.stubGlobal(
      'fetch',
      fetchFromDataFolder({
        'observations/county-durham-2021-22-q2.csv': 'measure,area,period,value\ncla_rate,E06000047,2021/22 Q5,nine\n',
      }),
    );
    renderApp();
    expect(
      await screen.findByRole('heading', { name: "The scorecard's data could not be loaded" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Row 2, column period/)).toBeInTheDocument();
    expect(screen.getByText(/Row 2, column value: 'nine' is not a number/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  test('says which home area the manifest names when areas.csv does not hold it', async () => {
    const manifest = JSON.stringify({
      homeArea: 'E99999999',
      observations: ['observations/county-durham-2021-22-q2.csv'],
    });
    vi.stubGlobal('fetch', fetchFromDataFolder({ 'manifest.json': manifest }));
    renderApp();
    expect(await screen.findByText(/homeArea 'E99999999' is not in areas.csv/)).toBeInTheDocument();
  });
});
