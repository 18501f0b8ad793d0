// fake-indexeddb/auto puts the IndexedDB classes on globalThis, where idb looks for them; each test
// opens its own empty database through a fresh IDBFactory.
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { uploadFixtureBytes } from '../../../test/unit/uploads';
import { readFileSync } from 'node:fs';
import { repoPath } from '../../../test/unit/tables';
import { openVersionStore, type OpenResult } from '../../adapters/version-store';
import { CURRENT_DATA_QUERY_KEY, type CurrentData } from '../../shared/use-dataset';
import type { ImportWorker } from './import-client';
import { createImportPipeline } from './import-pipeline';
import type { FromWorker, ToWorker } from './import-protocol';
import UploadPage from './UploadPage';

const dataset = loadSampleDataset();

/**
 * The worker's stand-in: the same pipeline, run in-process. Messages are structured-cloned both ways,
 * as postMessage does, so nothing passes that a real worker could not receive.
 */
function inProcessWorker(openStore: () => Promise<OpenResult>): () => ImportWorker {
  return () => {
    const pipeline = createImportPipeline({ openStore });
    let queue = Promise.resolve();
    const worker: ImportWorker = {
      onmessage: null,
      onerror: null,
      postMessage(message: ToWorker) {
        const copy = structuredClone(message);
        queue = queue.then(() =>
          pipeline.handle(copy, (reply: FromWorker) => {
            worker.onmessage?.(new MessageEvent('message', { data: structuredClone(reply) }));
          }),
        );
      },
      terminate() {},
    };
    return worker;
  };
}

interface Setup {
  storage?: 'ok' | 'unavailable';
}

async function renderPage({ storage = 'ok' }: Setup = {}) {
  const factory = new IDBFactory();
  const opened: OpenResult =
    storage === 'ok'
      ? await openVersionStore(factory)
      : { ok: false, reason: 'This browser is not letting the scorecard save data.' };
  const current: CurrentData = { dataset, published: dataset, homes: [], version: null, storage: opened, problems: [] };
  const queryClient = new QueryClient();
  const invalidate = vi.spyOn(queryClient, 'invalidateQueries').mockResolvedValue();
  render(
    <QueryClientProvider client={queryClient}>
      <UploadPage current={current} createWorker={inProcessWorker(() => openVersionStore(factory))} />
    </QueryClientProvider>,
  );
  const store = opened.ok ? opened.store : null;
  return { user: userEvent.setup(), invalidate, store };
}

function fixtureFile(relative: string): File {
  return new File([new Uint8Array(uploadFixtureBytes(relative))], relative.split('/').at(-1) ?? relative, {
    type: 'text/csv',
  });
}

async function checkFile(user: ReturnType<typeof userEvent.setup>, file: File, area = 'Hartlepool') {
  await user.upload(screen.getByLabelText('Choose the file'), file);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Local authority the file is for' }), area);
  await user.click(screen.getByRole('button', { name: 'Check the file' }));
}

const GOOD = 'good/hartlepool-scorecard-2021-22-q2.csv';

beforeEach(() => {
  document.title = '';
});

describe('UploadPage', () => {
  test('offers a file, the LA it is for (the home area first) and a check button, with hints', async () => {
    await renderPage();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Upload figures');
    expect(document.title).toBe('Upload figures: performance scorecard');
    const input = screen.getByLabelText('Choose the file');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', '.csv,.xlsx,text/csv');
    expect(input).toHaveAccessibleDescription(/observations CSV.*scorecard-layout CSV.*\.xlsx.*Windows-1252/s);
    const area = screen.getByRole('combobox', { name: 'Local authority the file is for' });
    expect(area).toHaveDisplayValue('County Durham');
    expect(area).toHaveAccessibleDescription(/scorecard-layout files/);
    // The 153 councils of today and the 5 abolished since 2019, named with their last day.
    expect(within(area).getAllByRole('option')).toHaveLength(158);
    expect(within(area).getByRole('option', { name: 'Cumbria (until 31 March 2023)' })).toBeInTheDocument();
  });

  test('asks for a file when none is chosen, GOV.UK style', async () => {
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading')).toHaveTextContent('There is a problem');
    await user.click(within(summary).getByRole('link', { name: 'Choose the file to check' }));
    expect(screen.getByLabelText(/Choose the file/)).toHaveFocus();
    expect(document.title).toBe('Error: Upload figures: performance scorecard');
  });

  test('a file with errors: the error summary, focused, with row, column and what to do; nothing saved', async () => {
    const { user, store } = await renderPage();
    await checkFile(user, fixtureFile('invalid_value.csv'));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('heading')).toHaveTextContent('There is a problem with the file');
    expect(within(summary).getByText(/Row 2, column Q2 2021\/22: 'nine' is not a number/)).toBeInTheDocument();
    expect(screen.getByText('Nothing has been saved. Fix the file and choose it again.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save as a new version' })).not.toBeInTheDocument();
    expect(document.title).toBe('Error: Upload figures: performance scorecard');
    // The form is there to choose the fixed file, and has forgotten the old one; the LA stays chosen.
    expect(screen.getByLabelText<HTMLInputElement>('Choose the file').files).toHaveLength(0);
    expect(screen.getByRole('combobox', { name: 'Local authority the file is for' })).toHaveDisplayValue('Hartlepool');
    expect(await store?.listVersions()).toEqual([]);
  });

  test('refuses a file over the size limit from its size alone', async () => {
    const { user } = await renderPage();
    const file = new File(['measure,area,period,value\n'], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(file, 'size', { value: 100 * 1024 * 1024 });
    await checkFile(user, file);
    expect(
      within(await screen.findByRole('alert')).getByText(
        /huge\.csv is 100 MB; the largest file this page reads is 60 MB/,
      ),
    ).toBeInTheDocument();
  });

  test('lists the first 100 errors and says how many more there are', async () => {
    const { user } = await renderPage();
    const rows = Array.from({ length: 150 }, (_, index) => `cla_rate,E06000001,2021/22 Q1,not-${index}`);
    await checkFile(user, new File([['measure,area,period,value', ...rows].join('\n')], 'many.csv'));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('listitem')).toHaveLength(100);
    expect(screen.getByText(/and 50 more errors not listed here: download the full list/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download all 150 problems (CSV)' })).toBeInTheDocument();
  });

  test('asks once for the period of comparator columns that give none, prefilled from the file, then checks it', async () => {
    const { user } = await renderPage();
    await checkFile(user, fixtureFile('good/seed-002-characteristics-as-printed.csv'), 'County Durham');
    expect(
      await screen.findByRole('heading', { name: 'Give the period of the comparator figures' }),
    ).toBeInTheDocument();
    const period = screen.getByRole('textbox', { name: 'Period of the comparator figures' });
    expect(period).toHaveValue('2019/20');
    expect(period).toHaveAccessibleDescription(/England, North East and Stat Neighbour columns give figures/);
    // The file stays chosen: the period and Check the file are enough.
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(await screen.findByRole('heading', { name: 'Check the changes before saving' })).toBeInTheDocument();
  });

  test('the whole journey: preview with counts and lists, warnings to acknowledge, a name, then Save', async () => {
    const { user, invalidate, store } = await renderPage();
    await checkFile(user, fixtureFile(GOOD));
    const heading = await screen.findByRole('heading', { name: 'Check the changes before saving' });
    // The preview renders as a transition, whose effects (focusing the heading) may run just after it is on screen.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(
      screen.getByText(
        /hartlepool-scorecard-2021-22-q2\.csv, a scorecard-layout file for Hartlepool, has no errors\. The file gives 35 figures: 25 new figures, 8 changed figures and 2 figures that are already held/,
      ),
    ).toBeInTheDocument();
    const counts = screen.getAllByRole('definition').map((element) => element.textContent);
    expect(counts).toEqual(['25', '8', '2']);

    const added = screen.getByRole('table', { name: /^New figures/ });
    const firstRow = within(added).getAllByRole('row')[1];
    expect(firstRow).toBeDefined();
    expect(
      within(added).getByRole('row', {
        name: /Rate of children looked after.*Hartlepool.*2021\/22 Q2.*152\.7 \(316 children\)/,
      }),
    ).toBeInTheDocument();
    const changed = screen.getByRole('table', { name: /^Changed figures/ });
    expect(
      within(changed)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Measure', 'Area', 'Period', 'Figure now', 'Figure in the file']);
    expect(within(changed).getAllByText(/Comparator period not stated/).length).toBeGreaterThan(0);

    // Warnings are read and confirmed kind by kind, each with its count; each names the measure,
    // the area, the period and the file's own column.
    const warnings = screen.getByRole('region', { name: 'Check these before saving' });
    const kinds = within(warnings)
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent);
    expect(kinds).toEqual(['1 warning about large changes since the last figure']);
    await user.click(within(warnings).getByText('Read the warning'));
    expect(
      within(warnings).getByText(
        'Row 3, column Q2 2021-22 (3 or more placements in the year, Hartlepool, 2021/22 Q2): 6.3 is 57% higher than 4 in 2021/22 Q1. Check it against your source.',
      ),
    ).toBeVisible();

    // Save without acknowledging the warnings or naming the version.
    await user.click(screen.getByRole('button', { name: 'Save as a new version' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    const confirm = 'Confirm you have checked the 1 warning about large changes since the last figure before saving';
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([confirm, 'Give this version a name, such as "2021/22 Q2 figures".']);
    const checkbox = screen.getByRole('checkbox', {
      name: 'I have checked the 1 warning about large changes since the last figure and the figures are right',
    });
    expect(checkbox).toBeRequired();
    expect(checkbox).toHaveAccessibleDescription(`Error: ${confirm}`);
    expect(within(summary).getByRole('link', { name: confirm })).toHaveAttribute('href', `#${checkbox.id}`);
    expect(await store?.listVersions()).toEqual([]);

    await user.click(checkbox);
    await user.type(screen.getByRole('textbox', { name: 'Name this version' }), 'Hartlepool 2021/22 Q2');
    await user.click(screen.getByRole('button', { name: 'Save as a new version' }));

    // Focus moves in an effect after the panel is on screen, so it is waited for, not assumed.
    const saved = await screen.findByRole('heading', { name: 'Figures saved' });
    await waitFor(() => expect(saved).toHaveFocus());
    expect(
      screen.getByText(
        /Saved as version 1, “Hartlepool 2021\/22 Q2”, from hartlepool-scorecard-2021-22-q2\.csv: 25 new figures, 8 changed figures and 2 unchanged figures\. It holds 302 figures/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See Hartlepool’s scorecard' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'See all saved versions' })).toHaveAttribute('href', '/history');
    expect(invalidate).toHaveBeenCalledWith({ queryKey: CURRENT_DATA_QUERY_KEY });
    const versions = (await store?.listVersions()) ?? [];
    expect(versions.map((version) => [version.id, version.name, version.counts])).toEqual([
      [1, 'Hartlepool 2021/22 Q2', { added: 25, changed: 8, unchanged: 2, total: 302 }],
    ]);
  });

  test("a table of Durham's children's homes: previewed home by home, saved with the version; a bad one refused", async () => {
    const { user, store } = await renderPage();
    const homesFile = (relative: string) =>
      new File([new Uint8Array(readFileSync(repoPath(relative)))], relative.split('/').at(-1) ?? relative, {
        type: 'text/csv',
      });
    await checkFile(user, homesFile('test/fixtures/homes/duplicate_home.csv'), 'County Durham');
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText(/row 2 already lists 'high\s+etherley'. List each home once/)).toBeInTheDocument();
    expect(await store?.listVersions()).toEqual([]);

    await checkFile(user, homesFile('data/homes/county-durham-2016-06-08.csv'), 'County Durham');
    await screen.findByRole('heading', { name: 'Check the changes before saving' });
    expect(
      screen.getByText(/^county-durham-2016-06-08\.csv, a table of County Durham’s children’s homes, has no errors\./),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'The 10 homes in the file, with their latest inspections' });
    expect(within(table).getAllByRole('row')[1]?.textContent).toBe(
      'High EtherleyOutstanding, 21 July 2015Declined in effectiveness, 16 February 2016',
    );
    await user.type(screen.getByRole('textbox', { name: 'Name this version' }), 'Homes June 2016');
    await user.click(screen.getByRole('button', { name: 'Save as a new version' }));
    await screen.findByRole('heading', { name: 'Children’s homes saved' });
    expect((await store?.loadHomes(1))?.value?.map((each) => [each.areaCode, each.homes.length])).toEqual([
      ['E06000047', 10],
    ]);
  });

  test('Cancel returns to the empty form and stores nothing', async () => {
    const { user, store } = await renderPage();
    await checkFile(user, fixtureFile(GOOD));
    await screen.findByRole('heading', { name: 'Check the changes before saving' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: 'Check the changes before saving' })).not.toBeInTheDocument();
    expect(screen.getByLabelText<HTMLInputElement>('Choose the file').files).toHaveLength(0);
    expect(screen.getByRole('combobox', { name: 'Local authority the file is for' })).toHaveDisplayValue(
      'County Durham',
    );
    await waitFor(() => expect(screen.getByLabelText('Choose the file')).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent('Cancelled: nothing has been saved.');
    expect(await store?.listVersions()).toEqual([]);
  });

  test('shows markup from the file as text, never as markup', async () => {
    const { user } = await renderPage();
    await checkFile(user, fixtureFile('html_in_text.csv'));
    await screen.findByRole('heading', { name: 'Check the changes before saving' });
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(screen.getByText('<b>9 matched</b>, 2 in progress')).toBeInTheDocument();
    expect(document.querySelector('main script, table script, b')).toBeNull();
  });

  test('asks before leaving a checked file’s preview unsaved, and stays when the officer says no', async () => {
    const { user } = await renderPage();
    await checkFile(user, fixtureFile(GOOD));
    await screen.findByRole('heading', { name: 'Check the changes before saving' });
    const elsewhere = document.body.appendChild(Object.assign(document.createElement('a'), { href: '#/history' }));
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    expect(fireEvent.click(elsewhere)).toBe(false);
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/^Leave without saving\? .*version name you typed/));
    confirm.mockReturnValue(true);
    expect(fireEvent.click(elsewhere)).toBe(true);
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
    confirm.mockRestore();
    elsewhere.remove();
  });

  test('without storage, still checks and previews, and says why it cannot save', async () => {
    const { user } = await renderPage({ storage: 'unavailable' });
    await checkFile(user, fixtureFile(GOOD));
    await screen.findByRole('heading', { name: 'Check the changes before saving' });
    expect(screen.getByText(/This upload cannot be saved\./).closest('p')).toHaveTextContent(
      'This upload cannot be saved. This browser is not letting the scorecard save data.',
    );
    expect(screen.queryByRole('button', { name: 'Save as a new version' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Name this version' })).not.toBeInTheDocument();
  });

  test('a name over 100 characters is refused before anything is saved', async () => {
    const { user, store } = await renderPage();
    await checkFile(user, fixtureFile('good/utf8-bom-crlf.csv'));
    await screen.findByRole('heading', { name: 'Check the changes before saving' });
    await user.type(screen.getByRole('textbox', { name: 'Name this version' }), 'x'.repeat(101));
    await user.click(screen.getByRole('button', { name: 'Save as a new version' }));
    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent(
      'The version name is 101 characters long. Keep it to 100 characters or fewer.',
    );
    expect(await store?.listVersions()).toEqual([]);
  });
});
