import { describe, expect, it, test } from 'vitest';
import { figure } from '../../../test/unit/builders/observation';
import { located } from '../../../test/unit/tables';
import { fromStoredRows, toStoredRow, type StoredObservation } from './stored-rows';

const stored: StoredObservation = {
  measure: 'cla_rate',
  area: 'E06000047',
  period: '2021/22 Q2',
  value: 90,
  numerator: 912,
  denominator: null,
  status: 'final',
  note: 'Includes <b>UASC</b>',
  sourceFile: 'county-durham-2021-22-q2.csv',
  sourceRow: 6,
};

describe('toStoredRow', () => {
  test('writes an observation as plain data named after the observations CSV columns', () => {
    const observation = figure('cla_rate', '2021/22 Q2', 90, {
      numerator: 912,
      note: 'Includes <b>UASC</b>',
      source: { file: 'county-durham-2021-22-q2.csv', row: 6 },
    });
    expect(toStoredRow(observation)).toEqual(stored);
  });
});

describe('fromStoredRows', () => {
  it.each([
    { what: 'a quarter with a numerator', observation: figure('cla_rate', '2021/22 Q2', 90, { numerator: 912 }) },
    { what: 'a three-year figure', observation: figure('adoption_a1_days', '2016-19', 428) },
    { what: 'a snapshot date', observation: figure('sw_caseloads', '2021-09-27', 17.5) },
    {
      what: 'a status without a figure',
      observation: figure('cla_sdq_score', '2021/22 Q2', null, { status: 'reported_annually' }),
    },
    {
      what: 'a DfE open-data figure, with its publisher',
      observation: figure('cla_rate', '2020/21', 87, {
        source: { file: 'cla_number_and_rate_per_10k_children.csv', row: 40, publisher: 'DfE' },
      }),
    },
    {
      what: "DfE's final figure with the council's provisional one it replaced",
      observation: figure('cla_rate', '2020/21', 96, {
        numerator: 950,
        source: { file: 'cla_number_and_rate_per_10k_children.csv', row: 2058, publisher: 'DfE' },
        superseded: {
          value: 93.5,
          numerator: 949,
          denominator: null,
          status: 'provisional',
          source: { file: 'county-durham-2021-22-q2.csv', row: 4 },
        },
      }),
    },
    {
      what: 'a note with quotes and a line break',
      observation: figure('cla_rate', '2020/21', 93.5, { status: 'provisional', note: 'the "Staying put"\nscheme' }),
    },
  ])('reads back $what exactly as it was stored, through JSON too', ({ observation }) => {
    expect(fromStoredRows(JSON.parse(JSON.stringify([toStoredRow(observation)])))).toEqual({
      value: [observation],
      problems: [],
    });
  });

  test('fills what a hand-made data pack may leave out: counts, status, note and source', () => {
    expect(
      fromStoredRows([{ measure: 'cla_rate', area: 'E06000047', period: 'Q2 2021-22', value: 90 }], 'pack.json').value,
    ).toEqual([figure('cla_rate', '2021/22 Q2', 90, { source: { file: 'pack.json', row: 1 } })]);
  });

  it.each([
    { what: 'not an object', superseded: 93.5 },
    { what: 'without a figure', superseded: { value: null, status: 'provisional', sourceFile: 'a.csv', sourceRow: 4 } },
    { what: 'without its row', superseded: { value: 93.5, status: 'provisional', sourceFile: 'a.csv' } },
  ])('keeps the figure and leaves out a superseded figure $what, with a warning', ({ superseded }) => {
    const read = fromStoredRows([{ ...stored, superseded }], 'pack.json');
    expect({ superseded: read.value[0]?.superseded, value: read.value[0]?.value }).toEqual({
      superseded: undefined,
      value: 90,
    });
    expect(read.problems.map(located)).toEqual([
      { rule: 'invalid_stored_field', severity: 'warning', row: undefined, column: 'superseded' },
    ]);
  });

  test('reads row 0, a figure worked out rather than read from one row (the 903 return’s)', () => {
    const worked = { ...toStoredRow(figure('cla_count', '2021/22', 5)), sourceFile: 'episodes.csv', sourceRow: 0 };
    expect(fromStoredRows([worked])).toEqual({
      value: [figure('cla_count', '2021/22', 5, { source: { file: 'episodes.csv', row: 0 } })],
      problems: [],
    });
  });

  it.each([
    {
      what: 'a list',
      rows: { observations: [] },
      rule: 'invalid_stored_rows',
      column: undefined,
      message: 'the saved data: the observations are not a list, so none could be read.',
    },
    {
      what: 'an object',
      rows: ['cla_rate'],
      rule: 'invalid_stored_row',
      column: undefined,
      message: "the saved data, observation 1: 'cla_rate' is not an observation.",
    },
    {
      what: 'a measure',
      rows: [{ ...stored, measure: ' ' }],
      rule: 'invalid_stored_field',
      column: 'measure',
      message: 'the saved data, observation 1, measure: it is blank.',
    },
    {
      what: 'an area',
      rows: [{ ...stored, area: undefined }],
      rule: 'invalid_stored_field',
      column: 'area',
      message: 'the saved data, observation 1, area: it is missing.',
    },
    {
      what: 'a real period',
      rows: [{ ...stored, period: '2021-13' }],
      rule: 'invalid_period',
      column: 'period',
      message: 'the saved data, observation 1, period: 2021-13 is neither a month',
    },
    {
      what: 'a number for value',
      rows: [{ ...stored, value: '90' }],
      rule: 'invalid_value',
      column: 'value',
      message: "the saved data, observation 1, value: '90' is not a number.",
    },
    {
      what: 'a finite value',
      rows: [{ ...stored, value: Number.NaN }],
      rule: 'invalid_value',
      column: 'value',
      message: 'the saved data, observation 1, value: NaN is not a number.',
    },
    {
      what: 'a number for numerator',
      rows: [{ ...stored, numerator: true }],
      rule: 'invalid_numerator',
      column: 'numerator',
      message: 'the saved data, observation 1, numerator: true is not a number.',
    },
    {
      what: 'a known status',
      rows: [{ ...stored, status: 'draft' }],
      rule: 'invalid_status',
      column: 'status',
      message: "the saved data, observation 1, status: 'draft' is not a status.",
    },
    {
      what: 'a status that allows a figure',
      rows: [{ ...stored, status: 'suppressed' }],
      rule: 'value_with_status',
      column: 'value',
      message: "a figure of 90 is given with the status 'Suppressed'",
    },
    {
      what: 'a figure for a final status',
      rows: [{ ...stored, value: null }],
      rule: 'missing_value',
      column: 'value',
      message: 'a missing figure is never read as zero',
    },
    {
      what: 'a figure behind the counts',
      rows: [{ ...stored, value: null, status: 'suppressed' }],
      rule: 'numerator_without_value',
      column: 'numerator',
      message: 'a numerator or denominator is given but there is no figure',
    },
    {
      what: 'a publisher named in text',
      rows: [{ ...stored, sourcePublisher: 7 }],
      rule: 'invalid_stored_field',
      column: 'sourcePublisher',
      message: 'the saved data, observation 1, sourcePublisher: 7 is not text.',
    },
    {
      what: 'a row number',
      rows: [{ ...stored, sourceRow: -1 }],
      rule: 'invalid_stored_field',
      column: 'sourceRow',
      message: 'the saved data, observation 1, sourceRow: -1 is not a row number.',
    },
    {
      what: 'one row per measure, area and period',
      rows: [stored, { ...stored, value: 91 }],
      rule: 'conflicting_values',
      column: 'value',
      message:
        'the saved data, observation 2: observation 1 gives a different figure for cla_rate, E06000047, 2021/22 Q2. Only the first is read.',
      kept: 1,
    },
  ])(
    'reports a stored row that is not $what and leaves it out, without throwing',
    ({ rows, rule, column, message, kept = 0 }) => {
      const read = fromStoredRows(rows);
      expect(read.problems.map(located)).toEqual([{ rule, severity: 'error', row: undefined, column }]);
      expect(read.problems[0]?.message).toContain(message);
      expect(read.value).toHaveLength(kept);
    },
  );

  // The same figure twice says nothing new: read once with a warning, as a file's repeated row is
  // (observations/merge.ts). Before the one merge, a stored list refused it as an error.
  test('reads a row repeated exactly once, with a warning', () => {
    const read = fromStoredRows([stored, { ...stored, sourceRow: 9 }]);
    expect(read.value).toHaveLength(1);
    expect(read.problems).toEqual([
      {
        severity: 'warning',
        rule: 'duplicate_row',
        column: 'measure',
        message:
          'the saved data, observation 2: repeats observation 1 (cla_rate, E06000047, 2021/22 Q2). The repeat is ignored.',
      },
    ]);
  });

  test("keeps the council's own stored figure over an open-data one for the same key, without a problem", () => {
    const read = fromStoredRows([{ ...stored, value: 94, sourcePublisher: 'DfE' }, stored]);
    expect(read.problems).toEqual([]);
    expect(read.value.map((observation) => [observation.value, observation.source.publisher])).toEqual([
      [90, undefined],
    ]);
  });

  test('keeps the good rows of a store with a bad one', () => {
    expect(
      fromStoredRows([stored, { ...stored, period: 'Q5 2021/22' }, { ...stored, period: '2021/22 Q1' }]).value.map(
        (observation) => observation.period.label,
      ),
    ).toEqual(['2021/22 Q2', '2021/22 Q1']);
  });
});
