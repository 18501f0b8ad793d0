import { cell } from '../../test/unit/builders/breakdown';
import { describe, expect, it, test } from 'vitest';
import { located } from '../../test/unit/tables';
import { dataset as buildDataset } from '../../test/unit/builders/dataset';
import { VARIED_FIGURES } from '../../test/unit/builders/observation';
import { toStoredRow } from '../domain/observations/stored-rows';
import { readDataPack } from './data-pack';
import { dataPack, packMeasure } from './export';
import type { Commentary } from '../domain/commentary/commentary';
import type { VersionMeta } from './version-store';
import { THREE_HOMES } from '../../test/unit/builders/homes';

const dataset = buildDataset({ observations: VARIED_FIGURES });
const version: VersionMeta = {
  id: 2,
  name: 'Q2 revised',
  createdAt: '2022-01-10T09:30:00.000Z',
  fileName: 'q2-revised.csv',
  kind: 'upload',
  counts: { added: 0, changed: 1, unchanged: 0, total: 275 },
};
const note: Commentary = {
  measureId: 'cla_rate',
  areaCode: 'E06000047',
  period: '2021/22 Q2',
  text: 'More children came into care after the summer.',
  updatedAt: '2022-01-10T09:30:00.000Z',
};
const packInput = {
  catalogue: dataset.catalogue,
  observations: dataset.observations,
  version,
  commentary: [note],
  exportedAt: new Date('2022-01-11T12:00:00Z'),
};
const packText = dataPack(packInput);
const pack = {
  format: 'scorecard-data-pack',
  formatVersion: 1,
  exportedAt: '2022-01-11T12:00:00.000Z',
  version: null,
  keyQuestions: dataset.catalogue.keyQuestions,
};
const claRate = packMeasure(dataset.measuresById.get('cla_rate')!);
const claRateFigure = toStoredRow(dataset.observations[0]!);

describe('readDataPack', () => {
  test('round trip: a pack written by dataPack reads back as the same catalogue, figures, version and commentary', () => {
    expect(readDataPack(packText)).toEqual({
      value: {
        exportedAt: '2022-01-11T12:00:00.000Z',
        version,
        catalogue: dataset.catalogue,
        observations: dataset.observations,
        commentary: [note],
        breakdowns: [],
        homes: [],
      },
      problems: [],
    });
  });

  test('round trip: breakdown figures read back as they were exported', () => {
    const figures = [cell('cla_placement_types', 'ifa', 166, 911, { period: '2021-09-27' })];
    const text = dataPack({ catalogue: dataset.catalogue, observations: [], version: null, breakdowns: figures });
    expect(readDataPack(text).value?.breakdowns).toEqual(figures);
  });

  test('carries the councils’ tables of their children’s homes, read back as they were saved', () => {
    const withHomes = dataPack({ ...packInput, homes: [THREE_HOMES] });
    expect(readDataPack(withHomes)).toMatchObject({ value: { homes: [THREE_HOMES] }, problems: [] });
  });

  test('passes over a damaged homes table with a warning, keeping the figures', () => {
    const damaged = { ...(JSON.parse(packText) as object), homes: [{ areaCode: 'E06000047', homes: 'ten' }] };
    const read = readDataPack(JSON.stringify(damaged), 'pack.json');
    expect(read.problems).toEqual([
      {
        severity: 'warning',
        rule: 'invalid_data_pack',
        message: 'pack.json: "homes" is not a list of tables of children\'s homes; the homes are left out.',
      },
    ]);
    expect(read.value?.homes).toEqual([]);
    expect(read.value?.observations).toEqual(dataset.observations);
  });

  test('reads a pack exported before commentary existed as one with no notes', () => {
    const { commentary: _left, ...older } = JSON.parse(packText) as Record<string, unknown>;
    const read = readDataPack(JSON.stringify(older));
    expect(read.problems).toEqual([]);
    expect(read.value?.commentary).toEqual([]);
    expect(read.value?.observations).toEqual(dataset.observations);
  });

  it.each([
    {
      what: 'a commentary that is not a list',
      commentary: 'none',
      message: 'pack.json: "commentary" is not a list; the notes are left out.',
    },
    {
      what: 'a note without a measure',
      commentary: [{ ...note, measureId: 3 }],
      message: 'pack.json: commentary entry 1 is not a note',
    },
    {
      what: 'a note over the length limit',
      commentary: [{ ...note, text: 'a'.repeat(1001) }],
      message: 'pack.json: commentary entry 1: The commentary is 1,001 characters long.',
    },
  ])('warns about $what and leaves it out, keeping the figures', ({ commentary, message }) => {
    const read = readDataPack(JSON.stringify({ ...(JSON.parse(packText) as object), commentary }), 'pack.json');
    expect(read.problems.map((problem) => problem.severity)).toEqual(['warning']);
    expect(read.problems[0]?.message).toContain(message);
    expect(read.value?.commentary).toEqual([]);
    expect(read.value?.observations).toEqual(dataset.observations);
  });

  it.each([
    {
      what: 'text that is not JSON',
      text: '<html>',
      message: 'pack.json: this is not a data pack: it is not valid JSON.',
    },
    {
      what: 'JSON of another kind',
      text: '{"title": "County Durham"}',
      message: 'pack.json: this is not a scorecard data pack ("format" is not "scorecard-data-pack").',
    },
    {
      what: 'a pack from a newer app',
      text: JSON.stringify({ ...pack, formatVersion: 2 }),
      message: 'pack.json: the pack is format version 2, but this app reads version 1.',
    },
  ])('refuses $what and reads nothing', ({ text, message }) => {
    const read = readDataPack(text, 'pack.json');
    expect(read.value).toBeNull();
    expect(read.problems.map(located)).toEqual([
      { rule: 'invalid_data_pack', severity: 'error', row: undefined, column: undefined },
    ]);
    expect(read.problems[0]?.message).toContain(message);
  });

  it.each([
    {
      what: 'a measure with an unknown unit, found by the catalogue reader',
      pack: { ...pack, measures: [{ ...claRate, unit: 'per_cent' }], observations: [] },
      rule: 'invalid_unit',
      message: "pack.json (measures) row 1, column unit: 'per_cent' is not a unit",
    },
    {
      what: 'a figure for a measure the pack does not list',
      pack: { ...pack, measures: [claRate], observations: [{ ...claRateFigure, measure: 'cla_rat' }] },
      rule: 'unknown_measure',
      message: "pack.json (observations): 'cla_rat' (E06000047, 2019/20) is not a measure in the pack's catalogue.",
    },
    {
      what: 'a figure with an impossible period, found by the stored-row reader',
      pack: { ...pack, measures: [claRate], observations: [{ ...claRateFigure, period: '2021/23' }] },
      rule: 'invalid_period',
      message: 'pack.json (observations), observation 1, period: 2021/23 is not a financial year',
    },
  ])('reports $what', ({ pack: broken, rule, message }) => {
    const read = readDataPack(JSON.stringify(broken), 'pack.json');
    expect(read.problems.map((problem) => problem.rule)).toEqual([rule]);
    expect(read.problems[0]?.message).toContain(message);
    expect(read.value?.observations).toEqual([]);
  });

  test('reads a pack that starts with a byte-order mark, as an editor may save it', () => {
    expect(readDataPack(`\uFEFF${packText}`).problems).toEqual([]);
  });
});

describe('a data pack with deeply nested values', () => {
  /** `[[[…1…]]]` nested `depth` times, as JSON text: JSON.parse reads it, a recursive walk overflows. */
  const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

  it('refuses a measure field nested 100,000 deep with a problem, without overflowing the call stack', () => {
    const text = JSON.stringify({ ...pack, measures: [{ ...claRate, id: 'DEEP' }], observations: [] }).replace(
      '"DEEP"',
      nested(100_000),
    );
    const read = readDataPack(text, 'deep.json');
    expect(read.problems.map(located)).toContainEqual(expect.objectContaining({ severity: 'error', column: 'id' }));
    expect(read.problems.every((problem) => problem.message.length < 400)).toBe(true);
  });

  it('refuses an observation nested 100,000 deep, naming the entry', () => {
    const text = JSON.stringify({ ...pack, measures: [claRate], observations: ['DEEP'] }).replace(
      '"DEEP"',
      nested(100_000),
    );
    const read = readDataPack(text, 'deep.json');
    expect(read.problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        rule: 'invalid_stored_row',
        message: expect.stringMatching(/observation 1: \[\[\[.*…/),
      }),
    );
  });
});
