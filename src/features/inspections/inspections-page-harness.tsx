/** Test-only: the inspections page rendered on the sample, fetching Ofsted's files from data/ as the app does. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, within } from '@testing-library/react';
import { vi } from 'vitest';
import { fetchFromDataFolder, loadSampleDataset, loadSampleHomes } from '../../../test/unit/sample-dataset';
import InspectionsPage from './InspectionsPage';

const dataset = loadSampleDataset();
const homes = loadSampleHomes();

/** `overrides` replaces a data file's text, to simulate a broken publication. */
export function renderPage(overrides: Readonly<Record<string, string>> = {}) {
  vi.stubGlobal('fetch', fetchFromDataFolder(overrides));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <InspectionsPage dataset={dataset} homes={homes} />
    </QueryClientProvider>,
  );
}

/** Each body row's header cell, then its data cells, as text. */
export function cellTexts(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
        (cell) => cell.textContent ?? '',
      ),
    );
}
