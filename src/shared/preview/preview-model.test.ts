import { describe, expect, test } from 'vitest';
import { figure } from '../../../test/unit/builders/observation';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { diffObservations } from '../../domain/observations/diff';
import type { Observation } from '../../domain/observations/observation';
import { buildPreview, describeFigure, shownOf, type PreviewInput } from './preview-model';

const dataset = loadSampleDataset();
const measure = (id: string) => dataset.measuresById.get(id);
const HARTLEPOOL = 'E06000001';

describe('describeFigure', () => {
  test.each([
    {
      name: 'a rate with its count of children',
      id: 'cla_rate',
      observation: figure('cla_rate', '2021/22 Q2', 90, { numerator: 912 }),
      expected: { figure: '90.0 (912 children)', status: '', note: '', superseded: '' },
    },
    {
      name: 'a percentage with numerator and denominator',
      id: 'care_leavers_17_18_eet',
      observation: figure('care_leavers_17_18_eet', '2018/19', 63.9, { numerator: 53, denominator: 83 }),
      expected: { figure: '63.9% (53 of 83)', status: '', note: '', superseded: '' },
    },
    {
      name: 'a provisional figure says so',
      id: 'cla_rate',
      observation: figure('cla_rate', '2020/21', 93.5, { status: 'provisional' }),
      expected: { figure: '93.5', status: 'Provisional', note: '', superseded: '' },
    },
    {
      name: 'a status without a figure, in words, never zero',
      id: 'cla_rate',
      observation: figure('cla_rate', '2021/22 Q2', null, { status: 'reported_annually' }),
      expected: { figure: 'Reported annually', status: '', note: '', superseded: '' },
    },
    {
      name: 'the note is kept as text',
      id: 'cla_rate',
      observation: figure('cla_rate', '2021/22 Q2', 90, { note: '<script>alert(1)</script>' }),
      expected: { figure: '90.0', status: '', note: '<script>alert(1)</script>', superseded: '' },
    },
    {
      name: 'a measure no longer in the catalogue, printed plainly',
      id: 'retired_measure',
      observation: figure('retired_measure', '2021/22 Q2', 12.3456),
      expected: { figure: '12.3456', status: '', note: '', superseded: '' },
    },
  ])('$name', ({ id, observation, expected }) => {
    expect(describeFigure(measure(id), observation)).toEqual(expected);
  });
});

function input(held: readonly Observation[], incoming: readonly Observation[]): PreviewInput {
  return {
    fileName: 'upload.csv',
    layout: 'observations',
    openDataRows: null,
    diff: diffObservations(held, incoming),
    heldCount: held.length,
    measures: dataset.measuresById,
    areas: dataset.areas,
  };
}

describe('buildPreview', () => {
  const held = [
    figure('cla_rate', '2021/22 Q1', 92.7, { numerator: 937 }),
    figure('cla_rate', '2021/22 Q2', 90, { numerator: 912 }),
    figure('cla_rate', '2020/21', 93.5),
  ];

  test('counts new, changed and unchanged figures, and what the version would hold', () => {
    const incoming = [
      figure('cla_rate', '2021/22 Q2', 91, { numerator: 922 }),
      figure('cla_rate', '2020/21', 93.5),
      figure('cla_rate', '2021/22 Q3', 89),
    ];
    const preview = buildPreview(input(held, incoming));
    expect(preview.counts).toEqual({ added: 1, changed: 1, unchanged: 1, total: 4 });
    expect(preview.changed.rows).toEqual([
      {
        key: 'cla_rate|E06000047|2021/22 Q2',
        measure: 'Rate of children looked after (CLA) per 10,000 children aged under 18',
        area: 'County Durham',
        period: '2021/22 Q2',
        before: { figure: '90.0 (912 children)', status: '', note: '', superseded: '' },
        after: { figure: '91.0 (922 children)', status: '', note: '', superseded: '' },
      },
    ]);
    expect(preview.added.rows.map((row) => [row.period, row.before, row.after.figure])).toEqual([
      ['2021/22 Q3', null, '89.0'],
    ]);
    expect(preview.unchanged.rows.map((row) => row.period)).toEqual(['2020/21']);
    // The scorecard opens on this after the save, not on the period the published figures open on.
    expect(preview).toMatchObject({
      localAuthority: { code: 'E06000047', name: 'County Durham' },
      newestPeriod: '2021/22 Q3',
    });
  });

  const provisional = figure('cla_rate', '2020/21', 93.5, { numerator: 949, status: 'provisional' });
  const final = figure('cla_rate', '2020/21', 96, {
    numerator: 950,
    source: { file: 'cla_number_and_rate_per_10k_children.csv', row: 2058, publisher: 'DfE' },
  });
  test.each([
    {
      case: "DfE's final file over the council's provisional figure",
      held: provisional,
      incoming: final,
      list: 'changed',
    },
    {
      case: "the council's provisional file over DfE's final figure",
      held: final,
      incoming: provisional,
      list: 'kept',
    },
  ] as const)('shows the provisional figure a final one replaces: $case', ({ held, incoming, list }) => {
    const [row] = buildPreview(input([held], [incoming]))[list].rows;
    expect(row?.[list === 'changed' ? 'after' : 'before']?.superseded).toBe('93.5 provisional → 96.0 final (DfE)');
  });

  test('a change of note or status alone is a change', () => {
    const incoming = [
      figure('cla_rate', '2020/21', 93.5, { status: 'revised' }),
      figure('cla_rate', '2021/22 Q1', 92.7, { numerator: 937, note: 'Corrected' }),
    ];
    const preview = buildPreview(input(held, incoming));
    expect(preview.counts).toMatchObject({ added: 0, changed: 2, unchanged: 0 });
    expect(preview.changed.rows.map((row) => [row.before?.status, row.after.status, row.after.note])).toEqual([
      ['', 'Revised', ''],
      ['', '', 'Corrected'],
    ]);
  });

  test.each([
    {
      name: 'one LA and its comparators',
      areas: [HARTLEPOOL, 'E92000001', 'E12000001', `SN:${HARTLEPOOL}`],
      expected: { code: HARTLEPOOL, name: 'Hartlepool' },
    },
    { name: 'statistical neighbours alone name no LA', areas: [`SN:${HARTLEPOOL}`], expected: null },
    { name: 'two LAs', areas: [HARTLEPOOL, 'E06000047'], expected: null },
    { name: 'England alone', areas: ['E92000001'], expected: null },
  ])('names the local authority of an upload: $name', ({ areas, expected }) => {
    const incoming = areas.map((areaCode) => figure('cla_rate', '2021/22 Q2', 100, { areaCode }));
    expect(buildPreview(input([], incoming)).localAuthority).toEqual(expected);
  });

  test('lists at most `cap` rows of each kind, in measure, area and period order, with the totals', () => {
    const periods = ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21'];
    const incoming = periods.map((label) => figure('cla_rate', label, 80, { areaCode: HARTLEPOOL }));
    const preview = buildPreview(input([], incoming), 2);
    expect(preview.added.total).toBe(5);
    expect(preview.added.rows.map((row) => row.period)).toEqual(['2016/17', '2017/18']);
    expect(preview.added.rows[0]?.area).toBe('Hartlepool');
  });

  test('gives the area code when the area is not in areas.csv', () => {
    const preview = buildPreview(input([], [figure('cla_rate', '2020/21', 1, { areaCode: 'E09999999' })]));
    expect(preview.added.rows[0]?.area).toBe('E09999999');
  });
});

describe('shownOf', () => {
  test('says when a list is cut short', () => {
    expect(shownOf(100, 2345)).toBe('Showing the first 100 of 2,345.');
    expect(shownOf(3, 3)).toBe('');
  });
});
