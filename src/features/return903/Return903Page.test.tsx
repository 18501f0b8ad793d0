// fake-indexeddb/auto puts the IndexedDB classes on globalThis, where idb looks for them.
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test, vi } from 'vitest';
import { BROOK_AREA, BROOK_FIGURES_2022 } from '../../../test/ssda903/brook';
import { brookDataFolder, brookFiles } from '../../../test/ssda903/brook-files';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { openVersionStore, type OpenResult } from '../../adapters/version-store';
import { AreaDirectory } from '../../domain/areas/area-directory';
import type { CurrentData } from '../../shared/use-dataset';
import type { ReturnWorker } from './return-client';
import { CANCELLED, LEAVE_QUESTION } from './return-flow';
import { createReturnPipeline } from './return-pipeline';
import type { FromWorker, ToWorker } from './return-protocol';
import Return903Page from './Return903Page';

const sample = loadSampleDataset();
// Brook, the invented council of the hand-worked return, joins the North East for these tests.
const areas = new AreaDirectory([
  ...sample.areas.areas,
  { code: BROOK_AREA, name: 'Brook', type: 'local_authority', regionCode: 'E12000001', oldLaCode: '', formerCodes: [] },
]);
const dataset = { ...sample, areas };

/** The worker's stand-in: the same pipeline in-process, messages structured-cloned both ways as postMessage does. */
function inProcessWorker(openStore: () => Promise<OpenResult>): () => ReturnWorker {
  return () => {
    const pipeline = createReturnPipeline({ openStore, dataFolder: () => brookDataFolder() });
    let queue = Promise.resolve();
    const worker: ReturnWorker = {
      onmessage: null,
      onerror: null,
      postMessage(message: ToWorker) {
        // jsdom's File cannot be structured-cloned; the browser passes the same handle, so it goes as it is.
        const copy =
          message.type === 'compute'
            ? { ...structuredClone({ ...message, files: [] }), files: message.files }
            : structuredClone(message);
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

async function renderPage(worker?: () => ReturnWorker) {
  const factory = new IDBFactory();
  const opened = await openVersionStore(factory);
  const current: CurrentData = {
    dataset,
    published: dataset,
    homes: [],
    version: null,
    storage: opened,
    problems: [],
  };
  const queryClient = new QueryClient();
  vi.spyOn(queryClient, 'invalidateQueries').mockResolvedValue();
  render(
    <QueryClientProvider client={queryClient}>
      <Return903Page current={current} createWorker={worker ?? inProcessWorker(() => openVersionStore(factory))} />
    </QueryClientProvider>,
  );
  if (!opened.ok) throw new Error(opened.reason);
  return { user: userEvent.setup(), store: opened.store };
}

const files = (list = brookFiles()) => list.map((file) => new File([file.text], file.name, { type: 'text/csv' }));

async function workOut(user: ReturnType<typeof userEvent.setup>, chosen: File[], asAt = '31/03/2022') {
  await user.upload(screen.getByLabelText('Choose the files of the return'), chosen);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Local authority the return is for' }), 'Brook');
  await user.type(screen.getByRole('textbox', { name: 'Date of the figures' }), asAt);
  await user.click(screen.getByRole('button', { name: 'Work out the figures' }));
}

describe('Return903Page', () => {
  test('says what happens to the children’s records, and asks for the files and the date, GOV.UK style', async () => {
    const { user } = await renderPage();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Figures from the 903 return');
    expect(screen.getByText(/The children’s records stay on this computer/)).toBeInTheDocument();
    expect(screen.getByLabelText('Choose the files of the return')).toHaveAttribute('multiple');
    await user.click(screen.getByRole('button', { name: 'Work out the figures' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Choose the files of the 903 return: one CSV for each table',
      'Enter the date of the figures as day, month and year, for example 31/03/2022',
    ]);
    expect(document.title).toBe('Error: Figures from the 903 return: performance scorecard');
  });

  test('gives exactly the hand-worked figures and breakdowns of Brook, and saves them', async () => {
    const { user, store } = await renderPage();
    await workOut(user, files());
    const heading = await screen.findByRole('heading', { name: 'Check the figures before saving' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(
      screen.getByText(/Worked out from 8 files, with episodes for 9 children from 01\/04\/2020/),
    ).toBeInTheDocument();
    expect(screen.getByText('No record breaks any of the 21 checks.')).toBeInTheDocument();

    const figures = await screen.findByRole('table', { name: 'Figures at 31/03/2022' });
    const rows = within(figures).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(BROOK_FIGURES_2022.length);
    expect(
      within(figures).getByRole('row', { name: /^Number of children looked after Brook 2021\/22 5 \(5 children\)/ }),
    ).toBeInTheDocument();
    expect(
      within(figures).getByRole('row', { name: /unaccompanied asylum.*20\.0%|unaccompanied asylum.*20%/i }),
    ).toBeInTheDocument();

    const mix = await screen.findByRole('table', { name: /^Placement mix: 5 children/ });
    expect(
      within(mix).getByRole('row', { name: "Foster care with the council's own carers 3 60%" }),
    ).toBeInTheDocument();
    const ages = screen.getByRole('table', { name: /^Age and length of time in care/ });
    expect(
      within(ages)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Age', 'Time in care', 'Children', 'Percentage']);
    expect(within(ages).getByRole('row', { name: '10 to 15 2 years to under 5 2 40%' })).toBeInTheDocument();

    await user.type(await screen.findByRole('textbox', { name: 'Name this version' }), 'Brook 2021/22');
    await user.click(screen.getByRole('button', { name: 'Save as a new version' }));
    const saved = await screen.findByRole('heading', { name: 'Figures saved' });
    await waitFor(() => expect(saved).toHaveFocus());
    expect(screen.getByRole('link', { name: 'See Brook’s scorecard for 2021/22' })).toBeInTheDocument();
    const version = await store.latest();
    expect(version?.name).toBe('Brook 2021/22');
    const breakdowns = (await store.loadBreakdowns(version?.id ?? 0)).value;
    expect(breakdowns.filter((figure) => figure.period.label === '2021/22').length).toBeGreaterThan(20);
  });

  test('asks before leaving figures worked out but not saved, and stays when the officer says no', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { user } = await renderPage();
    // A link of the site navigation, outside the page.
    const away = document.body.appendChild(Object.assign(document.createElement('a'), { href: '#/history' }));
    away.textContent = 'Saved versions';
    try {
      await workOut(user, files());
      await screen.findByRole('heading', { name: 'Check the figures before saving' });
      await user.click(away);
      expect(confirm).toHaveBeenCalledWith(LEAVE_QUESTION);
      expect(window.location.hash).not.toBe('#/history');
      expect(screen.getByRole('heading', { name: 'Check the figures before saving' })).toBeInTheDocument();
    } finally {
      away.remove();
      confirm.mockRestore();
    }
  });

  test('says which table a missing figure needs', async () => {
    const { user } = await renderPage();
    await workOut(user, files(brookFiles().filter((file) => !file.name.startsWith('uasc'))));
    await screen.findByRole('heading', { name: 'Check the figures before saving' });
    const list = screen.getByRole('heading', { name: 'What these files cannot give' }).nextElementSibling
      ?.nextElementSibling;
    expect(list).toHaveTextContent(/Needs the UASC table \(uasc\.csv/);
  });

  test('names the file that is not a 903 table and what to do; nothing is worked out', async () => {
    const { user } = await renderPage();
    await workOut(user, [...files(), new File(['colour,size\r\nred,3\r\n'], 'notes.csv', { type: 'text/csv' })]);
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading')).toHaveTextContent('The files could not be read as a 903 return');
    expect(within(summary).getByText(/^notes\.csv is not one of the 903 tables/)).toBeInTheDocument();
    expect(screen.getByRole('row', { name: 'notes.csv Not read' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save as a new version' })).not.toBeInTheDocument();
  });

  test('Cancel while the figures are worked out stops the worker and keeps the form as it was', async () => {
    const stopped = vi.fn();
    // A worker still busy with the return: it reports its progress and never finishes.
    const busy = (): ReturnWorker => {
      const worker: ReturnWorker = {
        onmessage: null,
        onerror: null,
        postMessage: (message: ToWorker) =>
          worker.onmessage?.(
            new MessageEvent('message', {
              data: { type: 'progress', requestId: message.requestId, stage: 'Reading episodes.csv', fraction: 0.1 },
            }),
          ),
        terminate: stopped,
      };
      return worker;
    };
    const { user } = await renderPage(busy);
    await workOut(user, files());
    expect(await screen.findByText('Working out the figures: Reading episodes.csv (10%)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(stopped).toHaveBeenCalledOnce();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Work out the figures' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(CANCELLED);
    expect(screen.getByText(/^8 files chosen:/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Date of the figures' })).toHaveValue('31/03/2022');
  });
});
