import { describe, expect, it } from 'vitest';
import { figure, period } from '../../../test/unit/builders/observation';
import type { Area } from '../areas/area';
import { AreaDirectory } from '../areas/area-directory';
import type { Measure, Polarity } from '../catalogue/measure';
import { rankingsFor, type AreaRanking } from './ranking';
import { ObservationIndex } from '../observations/series';

function area(code: string, name: string, type: Area['type'], regionCode = ''): Area {
  return { code, name, type, regionCode, oldLaCode: '', formerCodes: [] };
}

const ENGLAND = area('E92000001', 'England', 'country');
const NORTH_EAST = area('E12000001', 'North East', 'region');
const NORTH_WEST = area('E12000002', 'North West', 'region');
const DURHAM = area('E06000047', 'County Durham', 'local_authority', NORTH_EAST.code);
const HARTLEPOOL = area('E06000001', 'Hartlepool', 'local_authority', NORTH_EAST.code);
const DARLINGTON = area('E06000005', 'Darlington', 'local_authority', NORTH_EAST.code);
const GATESHEAD = area('E08000037', 'Gateshead', 'local_authority', NORTH_EAST.code);
const BLACKPOOL = area('E06000009', 'Blackpool', 'local_authority', NORTH_WEST.code);
const BOLTON = area('E08000001', 'Bolton', 'local_authority', NORTH_WEST.code);
const areas = new AreaDirectory([
  ENGLAND,
  NORTH_EAST,
  NORTH_WEST,
  DURHAM,
  HARTLEPOOL,
  DARLINGTON,
  GATESHEAD,
  BLACKPOOL,
  BOLTON,
]);

function measure(polarity: Polarity, decimalPlaces = 1): Measure {
  return {
    id: 'm',
    title: 'Measure',
    shortTitle: 'Measure',
    keyQuestionId: 'q',
    unit: 'percent',
    polarity,
    decimalPlaces,
    frequency: 'annual',
    definition: '',
    whatThisShows: '',
    whyItMatters: '',
    source: '',
    similarTolerance: null,
    numeratorLabel: '',
    aliases: [],
    target: null,
    note: '',
    accumulation: null,
  };
}

type Figures = Readonly<Record<string, number | null>>;

/** The 2020/21 figures by LA code; null is a suppressed figure. */
function indexOf(figures: Figures, label = '2020/21') {
  return new ObservationIndex(
    Object.entries(figures).map(([areaCode, value]) =>
      figure('m', label, value, { areaCode, status: value === null ? 'suppressed' : 'final' }),
    ),
  );
}

/** "code:rank:band" per ranked LA, the shape a reader checks a ranking by. */
function places(ranking: AreaRanking | null): string[] | null {
  return ranking ? ranking.ranked.map((entry) => `${entry.areaCode}:${entry.rank}:${entry.band}`) : null;
}

const YEAR = period('2020/21');

describe('rankingsFor', () => {
  it.each([
    {
      rule: 'ranks the highest figure first when higher is better',
      polarity: 'higher_is_better',
      figures: { [DURHAM.code]: 70, [HARTLEPOOL.code]: 80, [DARLINGTON.code]: 60, [GATESHEAD.code]: 50 },
      // LAIT's bands by the quartiles of 50, 60, 70 and 80: 57.5, 65 and 72.5.
      region: ['E06000001:1:A', 'E06000047:2:B', 'E06000005:3:C', 'E08000037:4:D'],
    },
    {
      rule: 'ranks the lowest figure first when lower is better',
      polarity: 'lower_is_better',
      figures: { [DURHAM.code]: 70, [HARTLEPOOL.code]: 80, [DARLINGTON.code]: 60, [GATESHEAD.code]: 50 },
      region: ['E08000037:1:A', 'E06000005:2:B', 'E06000047:3:C', 'E06000001:4:D'],
    },
    {
      rule: 'places the lowest figure first, with no band, when the measure has no polarity',
      polarity: 'no_polarity',
      figures: { [DURHAM.code]: 70, [HARTLEPOOL.code]: 80, [DARLINGTON.code]: 60 },
      region: ['E06000005:1:null', 'E06000047:2:null', 'E06000001:3:null'],
    },
    {
      rule: "ties figures that print the same at the measure's precision",
      polarity: 'higher_is_better',
      figures: { [DURHAM.code]: 70.04, [HARTLEPOOL.code]: 69.96, [DARLINGTON.code]: 60 },
      // 70.0, 70.0 and 60: quartiles 65, 70 and 70, so the two on the median share band C (as LAIT).
      region: ['E06000001:1:C', 'E06000047:1:C', 'E06000005:3:D'],
    },
    {
      rule: 'leaves out a suppressed figure',
      polarity: 'higher_is_better',
      figures: { [DURHAM.code]: 70, [HARTLEPOOL.code]: null, [DARLINGTON.code]: 60 },
      // Quartiles of 60 and 70: 62.5, 65 and 67.5.
      region: ['E06000047:1:A', 'E06000005:2:D'],
    },
    {
      rule: 'cannot rank a region where only one LA has a figure',
      polarity: 'higher_is_better',
      figures: { [DURHAM.code]: 70, [HARTLEPOOL.code]: null, [BLACKPOOL.code]: 60 },
      region: null,
    },
  ] as const)('$rule', ({ polarity, figures, region }) => {
    expect(places(rankingsFor(measure(polarity), indexOf(figures), areas, DURHAM, YEAR).region)).toEqual(region);
  });

  it.each([
    {
      rule: 'counts every LA of the region and lists those without a figure by name',
      scope: 'region',
      of: 4,
      ranked: 2,
      withoutFigure: ['Gateshead', 'Hartlepool'],
    },
    {
      rule: 'counts every LA of England and lists those without a figure by name',
      scope: 'england',
      of: 6,
      ranked: 3,
      withoutFigure: ['Bolton', 'Gateshead', 'Hartlepool'],
    },
  ] as const)('$rule', ({ scope, of, ranked, withoutFigure }) => {
    const figures = { [DURHAM.code]: 70, [DARLINGTON.code]: 60, [HARTLEPOOL.code]: null, [BLACKPOOL.code]: 65 };
    const ranking = rankingsFor(measure('higher_is_better'), indexOf(figures), areas, DURHAM, YEAR)[scope];
    expect({
      of: ranking?.of,
      ranked: ranking?.ranked.length,
      withoutFigure: ranking?.withoutFigure.map((entry) => entry.name),
    }).toEqual({
      of,
      ranked,
      withoutFigure,
    });
  });

  it.each([
    { rule: 'names the region as the scope area', scope: 'region', scopeArea: 'North East' },
    { rule: 'names England as the scope area', scope: 'england', scopeArea: 'England' },
  ] as const)('$rule', ({ scope, scopeArea }) => {
    const ranking = rankingsFor(
      measure('higher_is_better'),
      indexOf({ [DURHAM.code]: 70, [DARLINGTON.code]: 60 }),
      areas,
      DURHAM,
      YEAR,
    )[scope];
    expect({ scope: ranking?.scope, scopeArea: ranking?.scopeArea.name, period: ranking?.period.label }).toEqual({
      scope,
      scopeArea,
      period: '2020/21',
    });
  });

  it('gives the home LA its rank and band among the LAs with figures', () => {
    const figures = {
      [DURHAM.code]: 70,
      [HARTLEPOOL.code]: 80,
      [DARLINGTON.code]: 60,
      [GATESHEAD.code]: 50,
      [BLACKPOOL.code]: 90,
      [BOLTON.code]: 95,
    };
    const { region, england } = rankingsFor(measure('higher_is_better'), indexOf(figures), areas, DURHAM, YEAR);
    expect([region?.home, england?.home]).toEqual([
      { areaCode: DURHAM.code, value: 70, rank: 2, of: 4, band: 'B' },
      { areaCode: DURHAM.code, value: 70, rank: 4, of: 6, band: 'C' },
    ]);
  });

  it('ranks the other LAs when the home LA has no figure, with no place for the home LA', () => {
    const ranking = rankingsFor(
      measure('higher_is_better'),
      indexOf({ [DURHAM.code]: null, [HARTLEPOOL.code]: 80, [DARLINGTON.code]: 60 }),
      areas,
      DURHAM,
      YEAR,
    ).region;
    expect({
      home: ranking?.home,
      ranked: ranking?.ranked.length,
      withoutFigure: ranking?.withoutFigure.map((entry) => entry.name),
    }).toEqual({ home: null, ranked: 2, withoutFigure: ['County Durham', 'Gateshead'] });
  });

  it.each([
    { rule: 'counts only figures for exactly the period, not a quarter that ends with it', label: '2020/21 Q4' },
    { rule: 'counts only figures for exactly the period, not the year before', label: '2019/20' },
  ])('$rule', ({ label }) => {
    const index = new ObservationIndex([
      figure('m', '2020/21', 70),
      figure('m', label, 60, { areaCode: HARTLEPOOL.code }),
      figure('m', label, 50, { areaCode: DARLINGTON.code }),
    ]);
    expect(rankingsFor(measure('higher_is_better'), index, areas, DURHAM, YEAR)).toEqual({
      region: null,
      england: null,
    });
  });

  it.each([
    { rule: 'does not rank England against its LAs', home: ENGLAND },
    { rule: 'does not rank a region against its LAs', home: NORTH_EAST },
  ])('$rule', ({ home }) => {
    const figures = { [ENGLAND.code]: 65, [NORTH_EAST.code]: 66, [DURHAM.code]: 70, [HARTLEPOOL.code]: 80 };
    expect(rankingsFor(measure('higher_is_better'), indexOf(figures), areas, home, YEAR)).toEqual({
      region: null,
      england: null,
    });
  });

  it('never ranks England, a region or statistical neighbours among the LAs', () => {
    const figures = {
      [ENGLAND.code]: 65,
      [NORTH_EAST.code]: 66,
      [`SN:${DURHAM.code}`]: 67,
      [DURHAM.code]: 70,
      [HARTLEPOOL.code]: 80,
    };
    expect(places(rankingsFor(measure('higher_is_better'), indexOf(figures), areas, DURHAM, YEAR).england)).toEqual([
      'E06000001:1:A',
      'E06000047:2:D',
    ]);
  });
});
