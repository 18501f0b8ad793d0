import { describe, expect, it } from 'vitest';
import { ENGLAND, localAuthority, region } from '../../../test/unit/builders/areas';
import { measure } from '../../../test/unit/builders/measure';
import { figure, period } from '../../../test/unit/builders/observation';
import { AreaDirectory } from '../areas/area-directory';
import { ObservationIndex } from '../observations/series';
import { rankingsFor } from './ranking';

/*
 * A council abolished mid-series, worked by hand: the East Midlands as DfE's
 * cla_number_and_rate_per_10k_children.csv gives it (children looked after per 10,000 at 31 March),
 * with Northamptonshire to 31 March 2021 and North and West Northamptonshire from 1 April 2021
 * (data/areas.csv, from DfE's las.csv).
 */
const EAST_MIDLANDS = region('E12000004', 'East Midlands');
const council = (code: string, name: string, lifetime: { from?: string; to?: string } = {}) =>
  localAuthority(code, name, { regionCode: EAST_MIDLANDS.code, ...lifetime });
const NORTHAMPTONSHIRE = council('E10000021', 'Northamptonshire', { to: '2021-03-31' });
const NORTH_NORTHANTS = {
  ...council('E06000061', 'North Northamptonshire', { from: '2021-04-01' }),
  replaces: ['E10000021'],
  jointReturn: 'E06000061 / E06000062',
};
const WEST_NORTHANTS = { ...NORTH_NORTHANTS, code: 'E06000062', name: 'West Northamptonshire' };
const LINCOLNSHIRE = council('E10000019', 'Lincolnshire');
const OTHERS = [
  council('E06000015', 'Derby'),
  council('E06000016', 'Leicester'),
  council('E06000017', 'Rutland'),
  council('E06000018', 'Nottingham'),
  council('E10000007', 'Derbyshire'),
  council('E10000018', 'Leicestershire'),
  council('E10000024', 'Nottinghamshire'),
];
const areas = new AreaDirectory([
  ENGLAND,
  EAST_MIDLANDS,
  NORTHAMPTONSHIRE,
  NORTH_NORTHANTS,
  WEST_NORTHANTS,
  LINCOLNSHIRE,
  ...OTHERS,
]);
const RATE = measure('rate_per_10k', { id: 'cla_rate', polarity: 'lower_is_better', decimalPlaces: 0 });

/** DfE's published rates; North and West Northamptonshire are z (not applicable) for 2020/21, Northamptonshire for 2021/22. */
const RATES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  '2020/21': {
    E06000015: 109,
    E06000016: 70,
    E06000017: 42,
    E06000018: 102,
    E10000007: 59,
    E10000018: 50,
    E10000019: 47,
    E10000021: 67,
    E10000024: 61,
  },
  '2021/22': {
    E06000015: 107,
    E06000016: 71,
    E06000017: 31,
    E06000018: 109,
    E06000061: 66,
    E06000062: 71,
    E10000007: 60,
    E10000018: 49,
    E10000019: 51,
    E10000024: 59,
  },
};
const index = new ObservationIndex(
  Object.entries(RATES).flatMap(([label, byArea]) =>
    Object.entries(byArea).map(([areaCode, value]) => figure('cla_rate', label, value, { areaCode })),
  ),
);

describe('rankingsFor: councils over time', () => {
  it.each([
    // 2020/21, lowest first: Rutland 42, Lincolnshire 47, Leicestershire 50, Derbyshire 59,
    // Nottinghamshire 61, Northamptonshire 67, Leicester 70, Nottingham 102, Derby 109.
    { home: NORTHAMPTONSHIRE, period: '2020/21', rank: 6, ranked: 9, of: 9 },
    { home: LINCOLNSHIRE, period: '2020/21', rank: 2, ranked: 9, of: 9 },
    // 2021/22: Rutland 31, Leicestershire 49, Lincolnshire 51, Nottinghamshire 59, Derbyshire 60,
    // North Northamptonshire 66, Leicester 71 and West Northamptonshire 71, Derby 107, Nottingham 109.
    { home: LINCOLNSHIRE, period: '2021/22', rank: 3, ranked: 10, of: 10 },
    { home: NORTH_NORTHANTS, period: '2021/22', rank: 6, ranked: 10, of: 10 },
  ])(
    'ranks $home.name in the East Midlands for $period: $rank of $ranked ranked, of $of councils that year',
    ({ home, period: label, rank, ranked, of }) => {
      const ranking = rankingsFor(RATE, index, areas, home, period(label)).region;
      expect({ rank: ranking?.home?.rank, ranked: ranking?.ranked.length, of: ranking?.of }).toEqual({
        rank,
        ranked,
        of,
      });
      expect(ranking?.withoutFigure).toEqual([]);
    },
  );

  it('never counts a council in a year it did not exist, with or without a figure', () => {
    const ranking = rankingsFor(RATE, index, areas, LINCOLNSHIRE, period('2020/21')).england;
    expect(ranking?.ranked.map((entry) => entry.areaCode)).not.toContain(NORTH_NORTHANTS.code);
    expect(ranking?.withoutFigure.map((area) => area.code)).toEqual([]);
  });

  it("counts a joint return once, under the home council when it is one of the joint return's", () => {
    // DfE's workforce file gives the Northamptonshire Children's Trust one row for both councils.
    const joint = { file: 'csww_indicators_2017_to_2025.csv', row: 24, publisher: 'DfE' };
    const withJoint = new ObservationIndex([
      figure('caseload', '2021-09-30', 17, { areaCode: NORTH_NORTHANTS.code, source: joint }),
      figure('caseload', '2021-09-30', 17, { areaCode: WEST_NORTHANTS.code, source: joint }),
      figure('caseload', '2021-09-30', 15, { areaCode: LINCOLNSHIRE.code }),
    ]);
    const caseload = measure('count', { id: 'caseload', polarity: 'lower_is_better', decimalPlaces: 0 });
    const ranking = rankingsFor(caseload, withJoint, areas, WEST_NORTHANTS, period('2021-09-30')).region;
    expect(ranking?.ranked.map((entry) => `${entry.areaCode}:${entry.rank}`)).toEqual(['E10000019:1', 'E06000062:2']);
    expect(ranking?.of).toBe(OTHERS.length + 2);
  });
});
