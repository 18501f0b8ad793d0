import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fetchFromDataFolder, loadSampleDataset } from '../../test/unit/sample-dataset';
import { located, repoPath } from '../../test/unit/tables';
import { buildScorecard } from '../domain/scorecard/scorecard';
import { parsePeriod } from '../domain/periods/period';
import type { Problem } from '../domain/readers/result';
import { dataPack, type DataPack } from './export';
import { DatasetLoadError, isDataPackFile, loadPublishedDataset } from './load-dataset';
import type { VersionMeta } from './version-store';

const BASE = new URL('http://scorecard.test/app/data/');
const PACK_FILE = 'observations/scorecard-data-pack-2022-01-11.json';
const CSV_FILE = 'observations/county-durham-2021-22-q2.csv';

const sample = loadSampleDataset();
const manifest = JSON.parse(readFileSync(repoPath('data/manifest.json'), 'utf8')) as Record<string, unknown>;
const savedVersion: VersionMeta = {
  id: 1,
  name: '2021/22 Q2 figures',
  createdAt: '2022-01-10T09:30:00.000Z',
  fileName: 'county-durham-2021-22-q2.csv',
  kind: 'upload',
  counts: { added: sample.observations.length, changed: 0, unchanged: 0, total: sample.observations.length },
};
/** The sample data as the Saved versions page exports it, made here so it always matches data/measures.csv. */
const packText = dataPack({
  catalogue: sample.catalogue,
  observations: sample.observations,
  version: savedVersion,
  exportedAt: new Date('2022-01-11T12:00:00.000Z'),
});
const pack = JSON.parse(packText) as DataPack;

function fixture(name: string): string {
  return readFileSync(repoPath(`test/fixtures/pack/${name}`), 'utf8');
}

/** A manifest like data/manifest.json listing the given observations files. */
function manifestListing(...observations: string[]): string {
  return JSON.stringify({ ...manifest, observations });
}

/** Serves data/ from disk, with the files given in place of (or beside) those on disk. */
function serve(files: Readonly<Record<string, string>>): void {
  vi.stubGlobal('fetch', vi.fn(fetchFromDataFolder(files)));
}

/** The sample's pack, changed by `edit` (a deep copy is edited, so tests cannot affect each other). */
function packWith(edit: (pack: DataPack) => void): string {
  const copy = structuredClone(pack);
  edit(copy);
  return JSON.stringify(copy);
}

async function loadProblems(): Promise<readonly Problem[]> {
  try {
    await loadPublishedDataset(BASE);
  } catch (error) {
    if (error instanceof DatasetLoadError) return error.problems;
    throw error;
  }
  throw new Error('the data folder loaded, but it should have been refused');
}

beforeEach(() => {
  vi.unstubAllGlobals();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('isDataPackFile', () => {
  test.each([
    ['observations/scorecard-data-pack-2022-01-11.json', true],
    ['observations/PACK.JSON', true],
    ['observations/county-durham-2021-22-q2.csv', false],
    ['observations/json-figures.csv', false],
  ])('%s → %s', (file, expected) => {
    expect(isDataPackFile(file)).toBe(expected);
  });
});

describe('loadPublishedDataset', () => {
  test('refuses a published file over the size limit, saying the limit and what to do', async () => {
    serve({ [CSV_FILE]: 'x'.repeat(61 * 1024 * 1024) });
    const error = await loadPublishedDataset(BASE).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).problems.map((problem) => problem.message)).toEqual([
      `The data file ${CSV_FILE} is 61 MB; the largest data file read is 60 MB. Split it into files of a few years each and list each in manifest.json.`,
    ]);
  });

  test('reads a published file that is not plain (a line break inside a quoted cell) with the full parse', async () => {
    // A figure whose note is split over two lines inside its quotes: the fast split refuses the file, papaparse reads it.
    const added = 'cla_rate,E06000001,2019/20,50,,,,"first line\nsecond line"';
    serve({ [CSV_FILE]: `${readFileSync(repoPath(`data/${CSV_FILE}`), 'utf8').trimEnd()}\n${added}\n` });
    const notes = (await loadPublishedDataset(BASE)).observations.map((observation) => observation.note);
    expect([notes.length, notes.includes('first line\nsecond line')]).toEqual([sample.observations.length + 1, true]);
  });

  test('reads the published CSV files as before', async () => {
    serve({});
    const dataset = await loadPublishedDataset(BASE);
    expect(dataset.observations).toEqual(sample.observations);
    expect(vi.mocked(fetch).mock.calls.map(([url]) => new URL(url instanceof Request ? url.url : url).href)).toEqual([
      'http://scorecard.test/app/data/manifest.json',
      'http://scorecard.test/app/data/key-questions.csv',
      'http://scorecard.test/app/data/measures.csv',
      'http://scorecard.test/app/data/areas.csv',
      `http://scorecard.test/app/data/${CSV_FILE}`,
      'http://scorecard.test/app/data/dfe-measure-map.csv',
      'http://scorecard.test/app/data/frameworks.csv',
      'http://scorecard.test/app/data/stat-neighbours-2021.csv',
      'http://scorecard.test/app/data/stat-neighbours-2025.csv',
      'http://scorecard.test/app/data/breakdowns.csv',
      'http://scorecard.test/app/data/breakdown-categories.csv',
      'http://scorecard.test/app/data/dfe-breakdown-map.csv',
      'http://scorecard.test/app/data/breakdowns/county-durham-placement-types.csv',
      'http://scorecard.test/app/data/breakdowns/county-durham-cla-pack-q2-2021-22.csv',
      'http://scorecard.test/app/data/ofsted/Inspections_as_at_31_March.csv',
    ]);
    expect(dataset.dfeMeasureMap?.mappings.map((mapping) => mapping.measureId)).toContain('cla_rate');
    expect(dataset.frameworks.map((framework) => [framework.id, framework.metrics.length])).toEqual([['national', 68]]);
    expect(
      dataset.statNeighbourModels.map((model) => [model.label, model.neighboursOf.get('E06000004')?.length]),
    ).toEqual([
      ['2021', 10],
      ['2025', 10],
    ]);
  });

  test('publishes a data pack: a manifest listing only the pack gives the same figures and scorecard as the CSV it was made from', async () => {
    serve({ 'manifest.json': manifestListing(PACK_FILE), [PACK_FILE]: packText });
    const dataset = await loadPublishedDataset(BASE);
    expect(dataset.observations).toEqual(sample.observations);
    expect(dataset.catalogue).toEqual(sample.catalogue);
    expect(dataset.manifest.observations).toEqual([PACK_FILE]);
    const period = parsePeriod('2021/22 Q2');
    if (!period.ok) throw new Error(period.reason);
    const area = sample.areas.find('E06000047');
    if (!area) throw new Error('County Durham is missing from areas.csv');
    const scorecard = (data: typeof sample) =>
      buildScorecard({ catalogue: data.catalogue, areas: data.areas, index: data.index, area, period: period.period });
    expect(scorecard(dataset)).toEqual(scorecard(sample));
  });

  test('keeps where each figure of a pack was first read from', async () => {
    serve({ 'manifest.json': manifestListing(PACK_FILE), [PACK_FILE]: packText });
    const dataset = await loadPublishedDataset(BASE);
    expect(new Set(dataset.observations.map((observation) => observation.source.file))).toEqual(new Set([CSV_FILE]));
  });

  test('reads a pack made by dataPack from a saved version, with a corrected figure', async () => {
    const corrected = sample.observations.map((observation) =>
      observation.measureId === 'cla_rate' &&
      observation.areaCode === 'E06000047' &&
      observation.period.label === '2021/22 Q2'
        ? {
            ...observation,
            value: 91,
            numerator: 922,
            note: '=HYPERLINK("http://example.com")',
            source: { file: 'q2-revised.csv', row: 2 },
          }
        : observation,
    );
    serve({
      'manifest.json': manifestListing(PACK_FILE),
      [PACK_FILE]: dataPack({
        catalogue: sample.catalogue,
        observations: corrected,
        version: { ...savedVersion, id: 2 },
      }),
    });
    const dataset = await loadPublishedDataset(BASE);
    expect(dataset.observations).toEqual(corrected);
    expect(dataset.index.seriesOf('cla_rate', 'E06000047').at(-1)).toMatchObject({
      value: 91,
      numerator: 922,
      note: '=HYPERLINK("http://example.com")',
    });
  });

  test('a pack listed beside the CSV it came from gives each figure once', async () => {
    serve({ 'manifest.json': manifestListing(CSV_FILE, PACK_FILE), [PACK_FILE]: packText });
    const dataset = await loadPublishedDataset(BASE);
    expect(dataset.observations).toEqual(sample.observations);
  });

  test("uses measures.csv for the catalogue: the pack's own titles are informational", async () => {
    serve({
      'manifest.json': manifestListing(PACK_FILE),
      [PACK_FILE]: packWith((pack) => {
        pack.measures[0] = { ...pack.measures[0]!, title: 'A title changed in the pack' };
      }),
    });
    const dataset = await loadPublishedDataset(BASE);
    expect(dataset.catalogue.measures[0]?.title).toBe(sample.catalogue.measures[0]?.title);
  });

  test("publishes a pack's breakdowns: a manifest listing the pack in place of the breakdown files gives the same breakdowns", async () => {
    const withBreakdowns = dataPack({
      catalogue: sample.catalogue,
      observations: sample.observations,
      breakdowns: sample.breakdowns,
      version: savedVersion,
    });
    serve({
      'manifest.json': JSON.stringify({ ...manifest, observations: [PACK_FILE], breakdowns: [] }),
      [PACK_FILE]: withBreakdowns,
    });
    const dataset = await loadPublishedDataset(BASE);
    expect(sample.breakdowns.length).toBeGreaterThan(0);
    expect(dataset.breakdowns).toEqual(sample.breakdowns);
  });

  test("refuses a pack whose breakdown figure differs from the folder's breakdown file, saying to list the pack in its place", async () => {
    const [first, ...rest] = sample.breakdowns;
    if (!first) throw new Error('the sample has no breakdowns');
    serve({
      'manifest.json': manifestListing(PACK_FILE),
      [PACK_FILE]: dataPack({
        catalogue: sample.catalogue,
        observations: sample.observations,
        breakdowns: [{ ...first, count: (first.count ?? 0) + 1 }, ...rest],
        version: savedVersion,
      }),
    });
    const problems = await loadProblems();
    expect(problems.map(located)).toEqual([
      { rule: 'conflicting_values', severity: 'error', row: undefined, column: undefined },
    ]);
    expect(problems[0]?.message).toBe(
      `${PACK_FILE} (breakdowns): 1 figure differs from the data folder's breakdown files (the first: '${first.breakdownId}', ${first.areaCode}, ${first.period.label}). A data pack holds every figure of its version: list it in manifest.json in place of the files it replaces, not beside them.`,
    );
  });

  test('refuses a pack beside a CSV that gives a different figure, and says to list the pack in place of the CSV', async () => {
    serve({
      'manifest.json': manifestListing(CSV_FILE, PACK_FILE),
      [PACK_FILE]: packWith((pack) => {
        const figure = pack.observations.find(
          (row) => row.measure === 'cla_rate' && row.area === 'E06000047' && row.period === '2021/22 Q2',
        );
        if (figure) figure.value = 91;
      }),
    });
    const problems = await loadProblems();
    expect(problems.map(located)).toEqual([
      { rule: 'conflicting_values', severity: 'error', row: undefined, column: 'value' },
    ]);
    expect(problems[0]?.message).toBe(
      `${PACK_FILE}: ${CSV_FILE} row 6 gives a different figure for cla_rate, E06000047, 2021/22 Q2. A data pack holds every figure of its version: list it in manifest.json in place of the files it replaces, not beside them.`,
    );
  });

  // Before the one merge, a pack's DfE figure beside a CSV's own figure was a conflict here, though
  // two CSV files giving them were not.
  test("keeps a CSV's own figure over a pack's DfE figure for the same key, as between two CSV files", async () => {
    serve({
      'manifest.json': manifestListing(CSV_FILE, PACK_FILE),
      [PACK_FILE]: packWith((pack) => {
        pack.observations = pack.observations
          .filter((row) => row.measure === 'cla_rate' && row.area === 'E06000047' && row.period === '2021/22 Q2')
          .map((row) => ({ ...row, value: 91, sourcePublisher: 'DfE' }));
      }),
    });
    const dataset = await loadPublishedDataset(BASE);
    const figure = dataset.observations.filter(
      (observation) =>
        observation.measureId === 'cla_rate' &&
        observation.areaCode === 'E06000047' &&
        observation.period.label === '2021/22 Q2',
    );
    expect(figure.map((observation) => [observation.value, observation.source.publisher])).toEqual([[90, undefined]]);
  });

  test("refuses a pack whose catalogue is not measures.csv's, naming the ids on each side", async () => {
    serve({
      'manifest.json': manifestListing(PACK_FILE),
      [PACK_FILE]: packWith((pack) => {
        const removed = pack.measures.pop();
        pack.observations = pack.observations.filter((row) => row.measure !== removed?.id);
        pack.measures.push({ ...pack.measures[0]!, id: 'cla_rate_old' });
      }),
    });
    const problems = await loadProblems();
    const lastId = sample.catalogue.measures.at(-1)?.id ?? '';
    expect(problems.map(located)).toEqual([
      { rule: 'pack_catalogue_mismatch', severity: 'error', row: undefined, column: undefined },
    ]);
    expect(problems[0]?.message).toBe(
      `${PACK_FILE}: the pack was made with a different measure catalogue from this data folder's measures.csv: the pack has 'cla_rate_old', which measures.csv does not; measures.csv has '${lastId}', which the pack does not. Export the pack again from the app that reads this data folder, or publish the measures.csv the pack was made with.`,
    );
  });

  test('refuses a pack made against another catalogue (catalogue_mismatch.json), listing what it lacks', async () => {
    serve({ 'manifest.json': manifestListing(PACK_FILE), [PACK_FILE]: fixture('catalogue_mismatch.json') });
    const problems = await loadProblems();
    expect(problems.map(located)).toEqual([
      { rule: 'pack_catalogue_mismatch', severity: 'error', row: undefined, column: undefined },
    ]);
    const others = sample.catalogue.measures
      .filter((measure) => measure.id !== 'cla_rate')
      .map((measure) => `'${measure.id}'`);
    expect(problems[0]?.message).toBe(
      `${PACK_FILE}: the pack was made with a different measure catalogue from this data folder's measures.csv: measures.csv has ${others.slice(0, 5).join(', ')} and ${others.length - 5} more, which the pack does not. Export the pack again from the app that reads this data folder, or publish the measures.csv the pack was made with.`,
    );
  });

  test('refuses a pack with an area code that is not in areas.csv, once per code', async () => {
    serve({
      'manifest.json': manifestListing(PACK_FILE),
      [PACK_FILE]: packWith((pack) => {
        for (const row of pack.observations) if (row.area === 'E06000047') row.area = 'E06099999';
      }),
    });
    const problems = await loadProblems();
    expect(problems.map(located)).toEqual([
      { rule: 'unknown_area', severity: 'error', row: undefined, column: 'area' },
    ]);
    expect(problems[0]?.message).toMatch(
      new RegExp(
        `^${PACK_FILE} \\(observations\\): 'E06099999' is not an area in areas.csv, but \\d+ figures use it \\(for example cla_rate, 2018/19\\)\\.`,
      ),
    );
  });

  test('refuses a pack with a broken figure, as a CSV with a broken row is refused', async () => {
    serve({
      'manifest.json': manifestListing(PACK_FILE),
      [PACK_FILE]: packWith((pack) => {
        (pack.observations[2] as unknown as Record<string, unknown>).value = 'nine';
      }),
    });
    const problems = await loadProblems();
    expect(problems.map(located)).toEqual([
      { rule: 'invalid_value', severity: 'error', row: undefined, column: 'value' },
    ]);
    expect(problems[0]?.message).toContain(
      `${PACK_FILE} (observations), observation 3, value: 'nine' is not a number.`,
    );
  });

  test('refuses JSON that is not a data pack, and a file that is not JSON', async () => {
    serve({ 'manifest.json': manifestListing(PACK_FILE), [PACK_FILE]: fixture('not_a_pack.json') });
    let problems = await loadProblems();
    expect(problems.map(located)).toEqual([
      { rule: 'invalid_data_pack', severity: 'error', row: undefined, column: undefined },
    ]);
    expect(problems[0]?.message).toContain(`${PACK_FILE}: this is not a scorecard data pack`);

    serve({
      'manifest.json': manifestListing(PACK_FILE),
      [PACK_FILE]: readFileSync(repoPath('data/observations/county-durham-2021-22-q2.csv'), 'utf8'),
    });
    problems = await loadProblems();
    expect(problems[0]?.message).toContain(`${PACK_FILE}: this is not a data pack: it is not valid JSON.`);
  });

  test('refuses a pack from a newer app rather than guess', async () => {
    serve({
      'manifest.json': manifestListing(PACK_FILE),
      [PACK_FILE]: packWith((pack) => Object.assign(pack, { formatVersion: 2 })),
    });
    const problems = await loadProblems();
    expect(problems[0]?.message).toContain('the pack is format version 2, but this app reads version 1.');
  });

  // The app used to stop at the first file it could not fetch, so a folder with two missing files
  // took two rounds of publishing to fix.
  test('names every file missing from the data folder, not just the first', async () => {
    serve({ 'manifest.json': manifestListing('observations/not-copied.csv', 'observations/not-copied.json') });
    const problems = await loadProblems();
    expect(problems.map((problem) => problem.message)).toEqual([
      'The data file observations/not-copied.csv could not be loaded (HTTP 404). Check it is in the published data folder.',
      'The data file observations/not-copied.json could not be loaded (HTTP 404). Check it is in the published data folder.',
    ]);
  });

  test('reads the frameworks file the manifest names and refuses a metric naming no measure, saying where', async () => {
    const frameworks = readFileSync(repoPath('data/frameworks.csv'), 'utf8').replace(',cin_rate,', ',cin_rates,');
    serve({ 'frameworks.csv': frameworks });
    const problems = await loadProblems();
    expect(problems.map(located)).toEqual([{ rule: 'unknown_measure', severity: 'error', row: 2, column: 'measure' }]);
  });

  test('says which pack is missing from the data folder', async () => {
    serve({ 'manifest.json': manifestListing('observations/not-copied.json') });
    const problems = await loadProblems();
    expect(problems.map(located)).toEqual([
      { rule: 'missing_file', severity: 'error', row: undefined, column: undefined },
    ]);
    expect(problems[0]?.message).toBe(
      'The data file observations/not-copied.json could not be loaded (HTTP 404). Check it is in the published data folder.',
    );
  });
});
