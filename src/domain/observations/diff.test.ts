import { describe, expect, it, test } from 'vitest';
import { figure } from '../../../test/unit/builders/observation';
import { applyIncoming, compareObservations, countChanges, diffObservations } from './diff';
import { isSameFigure } from './observation';

const held = figure('cla_rate', '2021/22 Q1', 92.7, {
  numerator: 937,
  note: 'Provisional',
  source: { file: 'q1.csv', row: 5 },
});

describe('isSameFigure', () => {
  it.each([
    {
      what: 'the same figure read from another file',
      other: figure('cla_rate', '2021/22 Q1', 92.7, {
        numerator: 937,
        note: 'Provisional',
        source: { file: 'q2.csv', row: 9 },
      }),
      same: true,
    },
    {
      what: 'a different value',
      other: figure('cla_rate', '2021/22 Q1', 92.8, { numerator: 937, note: 'Provisional' }),
      same: false,
    },
    {
      what: 'a different numerator',
      other: figure('cla_rate', '2021/22 Q1', 92.7, { numerator: 938, note: 'Provisional' }),
      same: false,
    },
    {
      what: 'a denominator added',
      other: figure('cla_rate', '2021/22 Q1', 92.7, { numerator: 937, denominator: 10000, note: 'Provisional' }),
      same: false,
    },
    {
      what: 'a different status',
      other: figure('cla_rate', '2021/22 Q1', 92.7, { numerator: 937, note: 'Provisional', status: 'revised' }),
      same: false,
    },
    {
      what: 'a different note',
      other: figure('cla_rate', '2021/22 Q1', 92.7, { numerator: 937, note: 'Final' }),
      same: false,
    },
  ])('says $same for $what', ({ other, same }) => {
    expect(isSameFigure(held, other)).toBe(same);
  });
});

describe('diffObservations', () => {
  const current = [
    figure('cla_rate', '2020/21', 93.5, { status: 'provisional' }),
    figure('cla_rate', '2021/22 Q1', 92.7),
    figure('cla_rate', '2019/20', 90),
  ];

  test('sorts each incoming figure into added, changed (before and after) or unchanged', () => {
    const incoming = [
      figure('cla_rate', '2021/22 Q2', 90),
      figure('cla_rate', '2020/21', 93.5, { status: 'final' }),
      figure('cla_rate', '2019/20', 90, { source: { file: 'q2.csv', row: 3 } }),
    ];
    expect(diffObservations(current, incoming)).toEqual({
      added: [figure('cla_rate', '2021/22 Q2', 90)],
      changed: [
        {
          before: figure('cla_rate', '2020/21', 93.5, { status: 'provisional' }),
          after: figure('cla_rate', '2020/21', 93.5, { status: 'final' }),
        },
      ],
      unchanged: [figure('cla_rate', '2019/20', 90, { source: { file: 'q2.csv', row: 3 } })],
      kept: [],
    });
  });

  test("keeps the council's own final figure when a DfE figure arrives for the same measure, area and period, and lists it as kept", () => {
    const dfe = { file: 'cla_number_and_rate_per_10k_children.csv', row: 40, publisher: 'DfE' };
    const incoming = [
      figure('cla_rate', '2019/20', 91, { source: dfe }),
      figure('cla_rate', '2018/19', 82, { source: dfe }),
    ];
    expect(diffObservations(current, incoming)).toEqual({
      added: [figure('cla_rate', '2018/19', 82, { source: dfe })],
      changed: [],
      unchanged: [],
      kept: [{ held: figure('cla_rate', '2019/20', 90), incoming: figure('cla_rate', '2019/20', 91, { source: dfe }) }],
    });
  });

  test("gives the council's provisional figure way to DfE's final one, as a change the preview shows", () => {
    const dfe = { file: 'cla_number_and_rate_per_10k_children.csv', row: 40, publisher: 'DfE' };
    const final = figure('cla_rate', '2020/21', 96, { numerator: 950, source: dfe });
    expect(diffObservations(current, [final])).toMatchObject({
      changed: [{ before: figure('cla_rate', '2020/21', 93.5, { status: 'provisional' }), after: final }],
      kept: [],
    });
  });

  test("keeps the council's provisional figure over DfE's provisional one", () => {
    const dfe = { file: 'cla_number_and_rate_per_10k_children.csv', row: 40, publisher: 'DfE' };
    const provisional = figure('cla_rate', '2020/21', 96, { status: 'provisional', source: dfe });
    expect(diffObservations(current, [provisional]).kept).toHaveLength(1);
  });

  test("lets the council's own figure replace a DfE figure held for the same key", () => {
    const fromDfe = figure('cla_rate', '2020/21', 94, { source: { file: 'dfe.csv', row: 40, publisher: 'DfE' } });
    expect(diffObservations([fromDfe], [figure('cla_rate', '2020/21', 93.5)]).changed).toEqual([
      { before: fromDfe, after: figure('cla_rate', '2020/21', 93.5) },
    ]);
  });

  test('lists figures by measure, then area, then period on the timeline, whatever order they came in', () => {
    const incoming = [
      figure('cla_rate', '2021/22 Q2', 90),
      figure('adoption_a1_days', '2016-19', 428),
      figure('cla_rate', '2021/22 Q2', 67, { areaCode: 'E92000001' }),
      figure('cla_rate', '2018/19', 82.9),
      figure('cla_rate', '2020/21 Q4', 93),
    ];
    expect(diffObservations([], incoming).added).toEqual([
      figure('adoption_a1_days', '2016-19', 428),
      figure('cla_rate', '2018/19', 82.9),
      figure('cla_rate', '2020/21 Q4', 93),
      figure('cla_rate', '2021/22 Q2', 90),
      figure('cla_rate', '2021/22 Q2', 67, { areaCode: 'E92000001' }),
    ]);
  });

  test('has nothing to show for an empty upload', () => {
    expect(diffObservations(current, [])).toEqual({ added: [], changed: [], unchanged: [], kept: [] });
  });
});

describe('applyIncoming', () => {
  const own = (file: string) => ({ file, row: 2 });
  const dfe = (file: string) => ({ file, row: 2, publisher: 'DfE' });
  it.each([
    {
      what: "the council's own figure when a DfE figure arrives",
      held: own('held.csv'),
      incoming: dfe('incoming.csv'),
      keptSource: own('held.csv'),
      keptValue: 93.5,
    },
    {
      what: "the council's own figure arriving over a DfE one",
      held: dfe('held.csv'),
      incoming: own('incoming.csv'),
      keptSource: own('incoming.csv'),
      keptValue: 94,
    },
    {
      what: 'the newer DfE figure over an older DfE one',
      held: dfe('held.csv'),
      incoming: dfe('incoming.csv'),
      keptSource: dfe('incoming.csv'),
      keptValue: 94,
    },
    {
      what: "the newer of two of the council's own figures",
      held: own('held.csv'),
      incoming: own('incoming.csv'),
      keptSource: own('incoming.csv'),
      keptValue: 94,
    },
  ])('keeps $what', ({ held: heldSource, incoming, keptSource, keptValue }) => {
    const result = applyIncoming(
      [figure('cla_rate', '2020/21', 93.5, { source: heldSource })],
      [figure('cla_rate', '2020/21', 94, { source: incoming })],
    );
    expect(result).toEqual([figure('cla_rate', '2020/21', keptValue, { source: keptSource })]);
  });

  test('keeps every held figure the upload does not give, replaces those it does, adds the new, in order', () => {
    const current = [
      figure('cla_rate', '2021/22 Q1', 92.7),
      figure('cla_rate', '2019/20', 90),
      figure('cla_rate', '2020/21', 93.5, { status: 'provisional' }),
    ];
    const incoming = [figure('cla_rate', '2021/22 Q2', 90), figure('cla_rate', '2020/21', 93.6)];
    expect(applyIncoming(current, incoming)).toEqual([
      figure('cla_rate', '2019/20', 90),
      figure('cla_rate', '2020/21', 93.6),
      figure('cla_rate', '2021/22 Q1', 92.7),
      figure('cla_rate', '2021/22 Q2', 90),
    ]);
  });

  test('never deletes: an upload of one figure keeps the other held figures', () => {
    const current = [figure('cla_rate', '2019/20', 90), figure('cla_rate', '2020/21', 93.5)];
    expect(applyIncoming(current, [figure('adoption_a1_days', '2016-19', 428)])).toHaveLength(3);
  });

  test('gives the unchanged figure the source of the newest file that gave it', () => {
    const current = [figure('cla_rate', '2019/20', 90, { source: { file: 'q1.csv', row: 4 } })];
    expect(
      applyIncoming(current, [figure('cla_rate', '2019/20', 90, { source: { file: 'q2.csv', row: 7 } })])[0]?.source,
    ).toEqual({ file: 'q2.csv', row: 7 });
  });
});

test('countChanges counts what an upload brought in and how many figures the version holds', () => {
  const diff = diffObservations(
    [figure('cla_rate', '2019/20', 90), figure('cla_rate', '2020/21', 93.5)],
    [figure('cla_rate', '2020/21', 93.6), figure('cla_rate', '2021/22 Q1', 92.7)],
  );
  expect(countChanges(diff, 3)).toEqual({ added: 1, changed: 1, unchanged: 0, total: 3 });
});

describe('compareObservations', () => {
  test('puts the day, month, quarter, year and three years ending on 31 March 2021 in that order, after other measures and before later periods', () => {
    const mixed = [
      figure('cla_rate', '2021/22 Q1', 92.7),
      figure('cla_rate', '2018-21', 90),
      figure('cla_rate', '2020/21', 93.5),
      figure('cla_rate', '2020/21 Q4', 93),
      figure('cla_rate', '2021-03', 93),
      figure('cla_rate', '2021-03-31', 93),
      figure('adoption_a1_days', '2016-19', 428),
    ];
    expect(
      mixed.sort(compareObservations).map((observation) => `${observation.measureId} ${observation.period.label}`),
    ).toEqual([
      'adoption_a1_days 2016-19',
      'cla_rate 2021-03-31',
      'cla_rate 2021-03',
      'cla_rate 2020/21 Q4',
      'cla_rate 2020/21',
      'cla_rate 2018-21',
      'cla_rate 2021/22 Q1',
    ]);
  });
});
