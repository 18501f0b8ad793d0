// fake-indexeddb/auto puts the IndexedDB classes on globalThis, where idb looks for them; each test
// opens its own empty database through a fresh IDBFactory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { checkRequest, latestFigures, outcomeOf, setUp } from './import-pipeline-harness';
import { describe, expect, test } from 'vitest';
import { importContext, uploadFixtureBytes } from '../../../test/unit/uploads';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { applyIncoming } from '../../domain/observations/diff';
import { readImport } from '../../domain/readers/read-import';
import { readCsvText } from '../../adapters/csv';
import type { FromWorker } from './import-protocol';
import { CHECK_AGAIN, createImportPipeline, NEWER_VERSION_SAVED } from './import-pipeline';
import { PROBLEMS_CSV_HEADER } from './upload-report';

const dataset = loadSampleDataset();
const HARTLEPOOL = 'E06000001';
const GOOD = 'good/hartlepool-scorecard-2021-22-q2.csv';
const bytesOf = (relative: string) => new Uint8Array(uploadFixtureBytes(relative)).buffer;

describe('checking a file', () => {
  test('a good scorecard-layout file: progress in order, no problems, the preview against the published figures', async () => {
    const { send } = await setUp();
    const replies = await send(checkRequest(GOOD, 1));
    const progress = replies.filter((reply) => reply.type === 'progress');
    expect(progress.map((reply) => reply.stage)).toEqual([
      'Reading the file',
      'Checking every row',
      'Comparing with the figures held',
      'Preparing the preview',
    ]);
    expect(progress.map((reply) => reply.fraction)).toEqual(
      [...progress.map((reply) => reply.fraction)].sort((a, b) => a - b),
    );
    const outcome = outcomeOf(replies);
    expect(outcome.report.errors.total).toBe(0);
    // Hartlepool's 3+ placements went from 4.0% in Q1 to 6.3% in Q2: more than 50% up, worth a second look.
    expect(outcome.report.warnings.shown.map((problem) => [problem.rule, problem.row])).toEqual([['large_change', 3]]);
    const preview = outcome.preview;
    expect(preview?.layout).toBe('scorecard');
    expect(preview?.localAuthority).toEqual({ code: HARTLEPOOL, name: 'Hartlepool' });
    // The England and North East comparators are the seed's 2019/20 figures, which County Durham's file already holds.
    const incoming = readImport(readCsvText('x.csv', new TextDecoder().decode(bytesOf(GOOD))).value, importContext())
      .value.observations;
    expect((preview?.counts.added ?? 0) + (preview?.counts.changed ?? 0) + (preview?.counts.unchanged ?? 0)).toBe(
      incoming.length,
    );
    expect(preview?.counts.unchanged).toBeGreaterThan(0);
    expect(preview?.counts.total).toBe(dataset.observations.length + (preview?.counts.added ?? 0));
  });

  test.each([
    ['empty_file.csv', 'empty_file'],
    ['binary_file.csv', 'binary_file'],
    ['wrong_delimiter.csv', 'wrong_delimiter'],
    ['missing_column.csv', 'missing_column'],
    ['conflicting_values.csv', 'conflicting_values'],
    ['unknown_measure.csv', 'unknown_measure'],
    ['unknown_area.csv', 'unknown_area'],
    ['invalid_period.csv', 'invalid_period'],
    ['invalid_value.csv', 'invalid_value'],
    ['numerator_without_value.csv', 'numerator_without_value'],
    ['too_many_columns.csv', 'too_many_columns'],
    ['header_only.csv', 'header_only'],
    ['old_excel_file.xls', 'old_excel_file'],
    ['unreadable_xlsx.xlsx', 'unreadable_xlsx'],
  ])('%s is refused with %s and no preview', async (fixture, rule) => {
    const { send } = await setUp();
    const outcome = outcomeOf(await send(checkRequest(fixture, 1)));
    expect(outcome.preview).toBeNull();
    expect(outcome.report.errors.shown.map((problem) => problem.rule)).toContain(rule);
  });

  test.each([
    ['duplicate_row.csv', 'duplicate_row'],
    ['future_period.csv', 'future_period'],
  ])('%s gives the warning %s with a preview', async (fixture, rule) => {
    const { send } = await setUp();
    const outcome = outcomeOf(await send(checkRequest(fixture, 1)));
    expect(outcome.report.errors.total).toBe(0);
    expect(outcome.report.warnings.shown.map((problem) => problem.rule)).toContain(rule);
    expect(outcome.preview).not.toBeNull();
  });

  test('warns about a figure more than 50% away from the one held before it', async () => {
    const { send } = await setUp();
    const file = 'measure,area,period,value\ncla_rate,E06000047,2021/22 Q3,180\n';
    const outcome = outcomeOf(
      await send({ ...checkRequest(GOOD, 1), fileName: 'q3.csv', bytes: new TextEncoder().encode(file).buffer }),
    );
    expect(outcome.report.warnings.shown.map((problem) => problem.rule)).toEqual(['large_change']);
  });

  test('the full list of problems is handed out as CSV for the check it belongs to', async () => {
    const { send } = await setUp();
    await send(checkRequest('invalid_value.csv', 7));
    const [reply] = await send({ type: 'problems-csv', requestId: 8, checkId: 7 });
    expect(reply?.type === 'problems-csv' && reply.csv.slice(1).split('\r\n')[0]).toBe(PROBLEMS_CSV_HEADER);
    expect(reply?.type === 'problems-csv' && reply.csv).toContain('invalid_value');
  });
});

describe('checking the seed’s table, whose comparator columns give no period', () => {
  const SEED = 'good/seed-002-characteristics-as-printed.csv';
  const durham = (comparatorPeriod = '') => ({
    ...checkRequest(SEED, 1),
    comparatorPeriod,
    areaCode: 'E06000047',
  });

  test('asks once for the period of the undated columns, offering the one the file’s other cells give', async () => {
    const { send } = await setUp();
    const outcome = outcomeOf(await send(durham()));
    expect(outcome.preview).toBeNull();
    expect(outcome.comparatorPeriod).toEqual({
      columns: ['England', 'North East', 'Stat Neighbour'],
      suggested: '2019/20',
      onlyThis: true,
    });
    expect(outcome.report.errors.total).toBe(3);
  });

  test('reads every undated comparator figure for the period given', async () => {
    const { send } = await setUp();
    const outcome = outcomeOf(await send(durham('2019/20')));
    expect(outcome.comparatorPeriod).toBeNull();
    expect(outcome.report.errors.total).toBe(0);
    expect(outcome.preview?.counts.total).toBeGreaterThan(0);
  });
});

describe('checking a DfE open-data file', () => {
  const DFE_FILE = '../dfe/cla_number_and_rate_per_10k_children.csv';

  test("previews the DfE figures, accounts for every row, and shows DfE's final figure replacing the council's provisional one", async () => {
    const { send } = await setUp();
    const outcome = outcomeOf(await send(checkRequest(DFE_FILE, 1)));
    const preview = outcome.preview;
    expect(outcome.report.errors.total).toBe(0);
    expect(preview?.layout).toBe('dfe_open_data');
    // The extract keeps Cumbria's 15 rows: a council abolished in 2023, whose figures are its own.
    expect(preview?.openDataRows).toMatchObject({ rows: 390, rejectedRows: 0 });
    expect(outcome.report.warnings.shown.map((problem) => problem.rule)).not.toContain('unknown_local_authority');
    // The sample holds County Durham's own 2020/21 figure from the seed's scorecard (93.5, provisional
    // then); the DfE later published 96, final, which replaces it, and the preview says so.
    expect(
      preview?.changed.rows
        .filter((row) => row.measure === dataset.measuresById.get('cla_rate')?.title && row.area === 'County Durham')
        .map((row) => [row.area, row.period, row.before?.figure, row.after.figure]),
    ).toEqual([['County Durham', '2020/21', '93.5 (949 children)', '96.0 (950 children)']]);
  });

  test("saves the DfE figures beside the council's own, its provisional ones replaced by DfE's final ones", async () => {
    const { store, send } = await setUp();
    outcomeOf(await send(checkRequest(DFE_FILE, 1)));
    const saved = (await send({ type: 'save', requestId: 2, checkId: 1, name: 'DfE children looked after 2025' })).at(
      -1,
    );
    expect(saved).toMatchObject({ type: 'saved', result: { ok: true } });
    const figures = await latestFigures(store);
    const durham2021 = figures.find(
      (figure) =>
        figure.measureId === 'cla_rate' && figure.areaCode === 'E06000047' && figure.period.label === '2020/21',
    );
    const stockton2025 = figures.find(
      (figure) =>
        figure.measureId === 'cla_rate' && figure.areaCode === 'E06000004' && figure.period.label === '2024/25',
    );
    expect(durham2021).toMatchObject({
      value: 96,
      status: 'final',
      source: { file: 'cla_number_and_rate_per_10k_children.csv', publisher: 'DfE' },
    });
    expect(stockton2025).toMatchObject({
      source: { file: 'cla_number_and_rate_per_10k_children.csv', publisher: 'DfE' },
    });
  });
});

describe('saving', () => {
  test('saves the published figures with the upload applied as version 1, and compares the next file with it', async () => {
    const { store, send } = await setUp();
    const outcome = outcomeOf(await send(checkRequest(GOOD, 1)));
    const replies = await send({ type: 'save', requestId: 2, checkId: 1, name: '  Hartlepool Q2  ' });
    expect(replies.filter((reply) => reply.type === 'progress').map((reply) => reply.stage)).toEqual([
      'Combining the figures',
      'Saving the new version',
    ]);
    const saved = replies.at(-1);
    if (saved?.type !== 'saved' || !saved.result.ok) throw new Error(JSON.stringify(saved));
    expect(saved.result.version).toMatchObject({
      id: 1,
      name: 'Hartlepool Q2',
      fileName: 'hartlepool-scorecard-2021-22-q2.csv',
      kind: 'upload',
      counts: outcome.preview?.counts,
    });
    const figures = await latestFigures(store);
    expect(figures).toHaveLength(outcome.preview?.counts.total ?? -1);
    expect(figures.filter((figure) => figure.areaCode === HARTLEPOOL).length).toBeGreaterThan(0);

    // The same file again, against version 1: nothing new.
    const again = outcomeOf(await send(checkRequest(GOOD, 3, { kind: 'version', versionId: 1 })));
    expect(again.preview?.counts).toMatchObject({ added: 0, changed: 0 });
  });

  test('reads the version the page shows from the store when the pipeline has not seen it', async () => {
    const factory = new IDBFactory();
    const { store } = await setUp(factory);
    await store.saveVersion(
      { name: 'v1', fileName: 'a.csv', kind: 'upload', counts: { added: 0, changed: 0, unchanged: 0, total: 0 } },
      dataset.observations,
    );
    const fresh = await setUp(factory);
    const replies = await fresh.send(checkRequest(GOOD, 1, { kind: 'version', versionId: 1 }));
    expect(replies[0]).toMatchObject({ type: 'progress', stage: 'Reading the saved figures' });
    expect(outcomeOf(replies).preview?.counts.total).toBe(
      dataset.observations.length + (outcomeOf(replies).preview?.counts.added ?? 0),
    );
  });

  test('refuses a save for a file with errors, a check it no longer holds, or on top of a newer version', async () => {
    const factory = new IDBFactory();
    const { store, send } = await setUp(factory);
    await send(checkRequest('invalid_value.csv', 1));
    expect((await send({ type: 'save', requestId: 2, checkId: 1, name: 'x' })).at(-1)).toEqual({
      type: 'saved',
      requestId: 2,
      result: { ok: false, reason: CHECK_AGAIN },
    });

    await send(checkRequest(GOOD, 3));
    // Another tab saves in between.
    await store.saveVersion(
      {
        name: 'other tab',
        fileName: 'b.csv',
        kind: 'upload',
        counts: { added: 0, changed: 0, unchanged: 0, total: 0 },
      },
      applyIncoming(dataset.observations, []),
    );
    expect((await send({ type: 'save', requestId: 4, checkId: 3, name: 'x' })).at(-1)).toEqual({
      type: 'saved',
      requestId: 4,
      result: { ok: false, reason: NEWER_VERSION_SAVED },
    });
    expect((await store.listVersions()).map((version) => version.name)).toEqual(['other tab']);
  });

  test('a bad name is refused by the store and nothing is saved', async () => {
    const { store, send } = await setUp();
    await send(checkRequest(GOOD, 1));
    const reply = (await send({ type: 'save', requestId: 2, checkId: 1, name: '   ' })).at(-1);
    expect(reply?.type === 'saved' && reply.result.ok).toBe(false);
    expect(await store.listVersions()).toEqual([]);
  });

  test('when the browser will not store anything, says why', async () => {
    const pipeline = createImportPipeline({
      openStore: () => Promise.resolve({ ok: false, reason: 'No storage here.' }),
    });
    const replies: FromWorker[] = [];
    await pipeline.handle(checkRequest(GOOD, 1), (reply) => replies.push(reply));
    expect(outcomeOf(replies).preview).not.toBeNull();
    await pipeline.handle({ type: 'save', requestId: 2, checkId: 1, name: 'x' }, (reply) => replies.push(reply));
    expect(replies.at(-1)).toEqual({ type: 'saved', requestId: 2, result: { ok: false, reason: 'No storage here.' } });
  });
});
