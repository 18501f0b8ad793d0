import { afterEach, describe, expect, test, vi } from 'vitest';
import { fetchFromDataFolder } from '../../test/unit/sample-dataset';
import { located } from '../../test/unit/tables';
import { loadOfstedSheets, loadProviderRows } from './load-inspections';

const BASE = new URL('http://scorecard.test/app/data/');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadOfstedSheets', () => {
  test('fetches both sheets from the data folder with their title rows and row numbers', async () => {
    vi.stubGlobal('fetch', fetchFromDataFolder());
    const loaded = await loadOfstedSheets(BASE);
    expect(loaded.problems).toEqual([]);
    expect(loaded.value.history.rows[0]).toEqual({ row: 1, cells: ['ILACS inspection history from 2018-2025'] });
    expect(loaded.value.history.rows.at(-1)?.row).toBe(274);
    expect(loaded.value.current.rows.at(-1)?.row).toBe(156);
  });

  test('reports a missing sheet by name and still returns the other', async () => {
    const fromDisk = fetchFromDataFolder();
    vi.stubGlobal('fetch', (input: URL) =>
      input.pathname.endsWith('Inspections_as_at_31_March.csv')
        ? Promise.resolve(new Response('Not found', { status: 404 }))
        : fromDisk(input),
    );
    const loaded = await loadOfstedSheets(BASE);
    expect(loaded.problems.map(located)).toEqual([
      { rule: 'missing_file', severity: 'error', row: undefined, column: undefined },
    ]);
    expect(loaded.problems[0]?.message).toBe(
      'The Ofsted file ofsted/Inspections_as_at_31_March.csv could not be loaded (HTTP 404). Check it is in the published data folder.',
    );
    expect(loaded.value.history.rows).toHaveLength(274);
  });
});

describe('loadProviderRows', () => {
  test("fetches Ofsted's list of settings the manifest names, with its title above the header", async () => {
    vi.stubGlobal('fetch', fetchFromDataFolder());
    const loaded = await loadProviderRows('ofsted/Providers_at_31_Mar_2023.csv', BASE);
    expect(loaded.problems).toEqual([]);
    expect(loaded.value.rows[1]?.cells.slice(0, 2)).toEqual(['URN', 'Provision type']);
  });

  test('says which file could not be had', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('Not found', { status: 404 })));
    const loaded = await loadProviderRows('ofsted/gone.csv', BASE);
    expect(loaded.problems[0]?.message).toBe(
      'The Ofsted file ofsted/gone.csv could not be loaded (HTTP 404). Check it is in the published data folder.',
    );
  });
});
