import { describe, expect, it } from 'vitest';
import { DURHAM, ENGLAND_CODE, HARTLEPOOL, NORTH_EAST_CODE, areaDirectory } from '../../../test/unit/builders/areas';
import { catalogue } from '../../../test/unit/builders/catalogue';
import { THREE_PLUS_PLACEMENTS } from '../../../test/unit/builders/measure';
import { figure, period } from '../../../test/unit/builders/observation';
import { neighbourModel } from '../../../test/unit/builders/dataset';
import type { Area } from '../areas/area';
import type { Observation } from '../observations/observation';
import { ObservationIndex } from '../observations/series';
import { buildScorecard, hasFigures } from './scorecard';

// County Durham's paper gives its own 3+ placements and England's and the North East's beside it;
// Hartlepool (one of Durham's neighbours, and Durham one of its) has a figure only where a case says.
const DURHAM_PAPER = { source: { file: 'county-durham.csv', row: 4 } };
const durhamPaper: Observation[] = [
  figure(THREE_PLUS_PLACEMENTS.id, '2020/21', 7.7, DURHAM_PAPER),
  figure(THREE_PLUS_PLACEMENTS.id, '2020/21', 11, { ...DURHAM_PAPER, areaCode: ENGLAND_CODE }),
  figure(THREE_PLUS_PLACEMENTS.id, '2020/21', 10, { ...DURHAM_PAPER, areaCode: NORTH_EAST_CODE }),
];
const model = neighbourModel('2021', { [HARTLEPOOL.code]: [DURHAM.code], [DURHAM.code]: [HARTLEPOOL.code] });

function rowFor(area: Area, observations: readonly Observation[], at = '2020/21') {
  const scorecard = buildScorecard({
    catalogue: catalogue([THREE_PLUS_PLACEMENTS]),
    areas: areaDirectory(),
    index: new ObservationIndex(observations),
    area,
    period: period(at),
    neighbours: { model, method: 'mean' },
  });
  const [row] = scorecard.sections.flatMap((section) => section.rows);
  if (!row) throw new Error('no row');
  return row;
}

describe("a council with no figure of its own shows no other council's comparators", () => {
  it.each([
    {
      case: 'Hartlepool, with no figure at all: no comparators, left off',
      area: HARTLEPOOL,
      own: [],
      at: '2020/21',
      shown: false,
      comparators: [null, null, null],
    },
    {
      case: 'Hartlepool, with a figure only after the period: none in the period, left off',
      area: HARTLEPOOL,
      own: [figure(THREE_PLUS_PLACEMENTS.id, '2021/22', 6, { areaCode: HARTLEPOOL.code })],
      at: '2020/21',
      shown: false,
      comparators: [null, null, null],
    },
    {
      case: 'Hartlepool, with its own 2020/21 figure: England, the North East and its one neighbour',
      area: HARTLEPOOL,
      own: [figure(THREE_PLUS_PLACEMENTS.id, '2020/21', 6.3, { areaCode: HARTLEPOOL.code })],
      at: '2020/21',
      shown: true,
      comparators: [11, 10, 7.7],
    },
    {
      case: "Hartlepool, with no figure but England's published by DfE: England's own figure, unrated; not the paper's",
      area: HARTLEPOOL,
      own: [
        figure(THREE_PLUS_PLACEMENTS.id, '2020/21', 10.5, {
          areaCode: ENGLAND_CODE,
          source: { file: 'la_cla_placement_stability.csv', row: 2, publisher: 'DfE' },
        }),
      ],
      at: '2020/21',
      shown: true,
      comparators: [10.5, null, null],
    },
    {
      case: 'County Durham, its own paper: its comparators',
      area: DURHAM,
      own: [],
      at: '2020/21',
      shown: true,
      comparators: [11, 10, null],
    },
  ])('$case', ({ area, own, at, shown, comparators }) => {
    const row = rowFor(area, [...durhamPaper, ...own], at);
    expect({
      shown: hasFigures(row),
      comparators: row.comparators.map((comparator) => comparator.observation?.value ?? null),
    }).toEqual({ shown, comparators });
    if (!shown) expect(row.comparators.every((comparator) => comparator.rating === 'not_rated')).toBe(true);
  });
});
