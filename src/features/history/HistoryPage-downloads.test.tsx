import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { saveFile } from '../../adapters/download';
import { STORAGE_UNAVAILABLE } from '../../adapters/version-store';
import { published, openStore, storeWithTwoVersions, currentFrom, renderPage } from './history-page-harness';

vi.mock('../../adapters/download', () => ({ saveFile: vi.fn() }));

beforeEach(() => {
  vi.mocked(saveFile).mockReset();
});

describe('HistoryPage: read-only', () => {
  test('says plainly that versions cannot be saved, and still offers the downloads of the figures on screen', async () => {
    renderPage(() =>
      Promise.resolve({
        dataset: published,
        published,
        homes: [],
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
      await screen.findByText(/The figures on screen now: saved version 3, “Back to version 1” \(277 figures\)/),
    ).toBeInTheDocument();
    const { fileName, content, type } = await download('Figures on screen (CSV)');
    expect(fileName).toMatch(/^scorecard-figures-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(type).toBe('text/csv;charset=utf-8');
    const lines = content.split('\r\n');
    expect(lines[0]).toBe('\uFEFFmeasure,area,period,value,numerator,denominator,status,note');
    expect(lines).toContain(`cla_rate,E06000047,2021/22 Q2,90,912,,,"'=HYPERLINK(""http://example.com"",""click"")"`);
    expect(lines.length - 2).toBe(277);
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
        homes: [],
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
        homes: [],
        version: null,
        storage: { ok: false, reason: STORAGE_UNAVAILABLE },
        problems: [],
      }),
    );
    const { content } = await download('Data pack (JSON)');
    expect(JSON.parse(content)).toMatchObject({ format: 'scorecard-data-pack', version: null });
  });

  test('points to the upload page for the blank templates', async () => {
    const store = await openStore();
    renderPage(() => currentFrom(store));
    expect(await screen.findByRole('link', { name: 'the upload page' })).toHaveAttribute('href', '/upload');
    expect(screen.queryByRole('button', { name: /template/ })).not.toBeInTheDocument();
  });
});
