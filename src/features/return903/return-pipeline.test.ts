// fake-indexeddb/auto puts the IndexedDB classes on globalThis, where idb looks for them.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BROOK_AREA, BROOK_BREAKDOWNS_2022, BROOK_FIGURES_2022 } from '../../../test/ssda903/brook';
import { brookDataFolder, brookFiles } from '../../../test/ssda903/brook-files';
import { childLevelIn, childLevelOf } from '../../../test/ssda903/child-level';
import { generateReturn } from '../../../test/ssda903/generate';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { openVersionStore, type VersionStore } from '../../adapters/version-store';
import { append } from '../../domain/lists/append';
import type { BaseFigures } from '../../shared/base-figures';
import type { SavedHomes } from '../../domain/homes/saved-homes';
import { THREE_HOMES } from '../../../test/unit/builders/homes';
import { createReturnPipeline, FILE_UNREADABLE } from './return-pipeline';
import type { ComputeOutcome, FromWorker, ToWorker } from './return-protocol';

const dataset = loadSampleDataset();

interface Run {
  messages: FromWorker[];
  outcome: ComputeOutcome | null;
}

async function setUp() {
  const factory = new IDBFactory();
  const opened = await openVersionStore(factory);
  if (!opened.ok) throw new Error(opened.reason);
  const pipeline = createReturnPipeline({
    openStore: () => openVersionStore(factory),
    dataFolder: () => brookDataFolder(),
  });
  let requestId = 0;
  const send = async (message: Omit<ToWorker, 'requestId'>): Promise<Run> => {
    const messages: FromWorker[] = [];
    requestId += 1;
    // Structured-cloned both ways, as postMessage does.
    await pipeline.handle(structuredClone({ ...message, requestId } as ToWorker), (reply) =>
      messages.push(structuredClone(reply)),
    );
    const done = messages.find((reply) => reply.type === 'computed');
    return { messages, outcome: done?.type === 'computed' ? done.outcome : null };
  };
  const compute = (
    files: readonly { name: string; text: string }[],
    asAt = '2022-03-31',
    base: BaseFigures = { kind: 'published', observations: [], breakdowns: [] },
    homes: readonly SavedHomes[] = [],
  ) =>
    send({
      type: 'compute',
      files: files.map((file) => ({ name: file.name, file: new Blob([file.text]) })),
      areaCode: BROOK_AREA,
      asAt,
      dataUrl: 'http://scorecard.test/data/',
      measures: dataset.catalogue.measures,
      areas: dataset.areas.areas,
      base,
      homes,
    } as Omit<ToWorker, 'requestId'>);
  return { store: opened.store, pipeline, send, compute, lastId: () => requestId };
}

async function latestVersion(store: VersionStore) {
  const version = await store.latest();
  if (!version) throw new Error('nothing saved');
  return {
    observations: (await store.loadObservations(version.id)).value,
    breakdowns: (await store.loadBreakdowns(version.id)).value,
  };
}

describe('the 903 return worker', () => {
  it('works out, and saves, exactly the hand-worked figures and breakdowns of Brook at 31 March 2022', async () => {
    const { store, compute, send, lastId } = await setUp();
    const { outcome, messages } = await compute(brookFiles());
    expect(outcome?.errors.total).toBe(0);
    const result = outcome?.result;
    if (!result) throw new Error('no result');
    expect(result.asAt).toEqual({ text: '31/03/2022', period: '2021/22', iso: '2022-03-31' });
    expect(result.figures.total).toBe(BROOK_FIGURES_2022.length);
    expect(result.quality.every((rule) => rule.records === 0)).toBe(true);
    expect(outcome.files.map((file) => file.readAs)).toEqual([
      'Header',
      'Episodes',
      'UASC',
      'AD1',
      'Missing',
      'OC2',
      'OC3',
      'Postcode lookup',
    ]);
    // Two years of quarter ends (the files start on 1 April 2020) and 24 month ends.
    expect(result.dates).toEqual({ quarters: 8, months: 24 });
    expect(
      new Set(messages.filter((message) => message.type === 'progress').map((message) => message.stage)).size,
    ).toBeGreaterThan(5);

    await send({ type: 'save', computeId: lastId(), name: 'Brook 2021/22' } as Omit<ToWorker, 'requestId'>);
    const saved = await latestVersion(store);
    const atYearEnd = saved.observations
      .filter((figure) => ['2021/22', '2019-22'].includes(figure.period.label))
      .map((figure) => [
        figure.measureId,
        figure.period.label,
        figure.value,
        figure.numerator,
        figure.denominator,
        figure.status,
      ]);
    // A figure the files cannot give (A1 and A2 over three years) is not saved.
    const expected = BROOK_FIGURES_2022.filter((row) => row[5] !== 'not_available');
    expect(atYearEnd.sort()).toEqual([...expected].sort());
    const breakdowns = saved.breakdowns
      .filter((figure) => figure.period.label === '2021/22' && (figure.count ?? 0) > 0)
      .map((figure) => [
        figure.breakdownId,
        figure.categories.map((category) => category.key).join(' × '),
        figure.count,
        figure.percent,
      ]);
    expect(breakdowns).toEqual(BROOK_BREAKDOWNS_2022);
    // The monthly series and the earlier quarters are saved too, for the trend and SPC charts.
    expect(
      saved.observations.some((figure) => figure.period.label === '2021-09' && figure.measureId === 'cla_count'),
    ).toBe(true);
    expect(saved.observations.some((figure) => figure.period.label === '2021/22 Q2')).toBe(true);
  });

  it('saves the councils’ tables of children’s homes the page shows with the figures, so a return never drops them', async () => {
    const { store, compute, send, lastId } = await setUp();
    await compute(brookFiles(), '2022-03-31', undefined, [THREE_HOMES]);
    await send({ type: 'save', computeId: lastId(), name: 'Brook 2021/22' } as Omit<ToWorker, 'requestId'>);
    const version = await store.latest();
    expect(version && (await store.loadHomes(version.id)).value).toEqual([THREE_HOMES]);
  });

  it('says which table a missing figure needs, and works out the rest', async () => {
    const { compute } = await setUp();
    const { outcome } = await compute(brookFiles().filter((file) => !file.name.startsWith('missing')));
    const missing = outcome?.result?.unavailable.find((entry) => entry.id === 'cla_missing_percent');
    expect(missing?.reason).toMatch(/^Needs the Missing table \(missing\.csv/);
    expect(
      outcome?.result?.figures.rows.find((row) => row.measure.startsWith('Number of children looked after'))?.after
        .figure,
    ).toBe('5 (5 children)');
  });

  it('says which file could no longer be read, and works nothing out', async () => {
    const { pipeline } = await setUp();
    const messages: FromWorker[] = [];
    const gone = { arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) };
    await pipeline.handle(
      {
        type: 'compute',
        requestId: 1,
        files: [{ name: 'episodes.csv', file: gone as unknown as Blob }],
        areaCode: BROOK_AREA,
        asAt: '2022-03-31',
        dataUrl: 'http://scorecard.test/data/',
        measures: dataset.catalogue.measures,
        areas: dataset.areas.areas,
        base: { kind: 'published', observations: [], breakdowns: [] },
        homes: [],
      },
      (reply) => messages.push(reply),
    );
    expect(messages.at(-1)).toEqual({ type: 'failed', requestId: 1, message: FILE_UNREADABLE('episodes.csv') });
    expect(FILE_UNREADABLE('episodes.csv')).toBe(
      'episodes.csv could not be read: it may have been moved or changed since it was chosen. Choose the files again.',
    );
  });

  it('names the file and what to do when a file is not a 903 table, and works nothing out', async () => {
    const { compute } = await setUp();
    const { outcome } = await compute([...brookFiles(), { name: 'notes.csv', text: 'colour,size\r\nred,3\r\n' }]);
    expect(outcome?.result).toBeNull();
    expect(outcome?.errors.shown[0]?.message).toMatch(/^notes\.csv is not one of the 903 tables/);
    expect(outcome?.files.at(-1)).toEqual({ fileName: 'notes.csv', readAs: null });
  });

  it('reports broken records without crashing, and posts, saves and downloads nothing about a child', async () => {
    const generated = generateReturn({
      seed: 7,
      children: 150,
      years: 2,
      faults: { dob_mismatch: 2, overlap: 2, invalid_code: 3, invalid_date: 2, oc3_wrong_age: 1 },
    });
    const { store, compute, send, lastId } = await setUp();
    const { outcome, messages } = await compute(generated.files, '2024-03-31');
    const broken = outcome?.result?.quality.filter((rule) => rule.records > 0).map((rule) => rule.number);
    expect(broken).toEqual(expect.arrayContaining([2, 4, 6, 11, 17]));
    const computeId = lastId();
    await send({ type: 'save', computeId, name: 'Generated' } as Omit<ToWorker, 'requestId'>);
    const downloads: FromWorker[] = [];
    for (const file of ['quality', 'figures', 'breakdowns'])
      for (const suppress of [false, true])
        append(
          downloads,
          (await send({ type: 'download', computeId, file, suppress } as Omit<ToWorker, 'requestId'>)).messages,
        );
    const saved = await latestVersion(store);
    const childLevel = childLevelOf(generated.files);
    expect(childLevel.ids.size).toBeGreaterThan(150);
    expect(childLevelIn(JSON.stringify([messages, downloads, saved]), childLevel)).toEqual([]);
    expect(downloads.filter((message) => message.type === 'download')).toHaveLength(6);
  });
});
