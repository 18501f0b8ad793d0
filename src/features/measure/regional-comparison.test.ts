import { describe, expect, it, test } from 'vitest';
import type { Area } from '../../domain/areas/area';
import { ObservationIndex } from '../../domain/observations/series';
import { figure, period } from '../../../test/unit/builders/observation';
import { loadRegionalDataset } from '../../../test/unit/regional-dataset';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { chartLayout, regionalComparison } from './regional-comparison';

const dataset = loadRegionalDataset();
const durham = dataset.areas.find('E06000047') as Area;
const northEast = dataset.areas.find('E12000001') as Area;
const claRate = dataset.measuresById.get('cla_rate');
const eet = dataset.measuresById.get('care_leavers_17_18_eet');
if (!claRate || !eet) throw new Error('the catalogue has lost cla_rate or care_leavers_17_18_eet');

describe('regionalComparison', () => {
  test('ranks County Durham among the North East councils for 2020/21 and gives the comparators', () => {
    const view = regionalComparison(claRate, dataset.index, dataset.areas, durham, period('2020/21'), 'region');
    expect({
      summary: view?.summary,
      rankText: view?.rankText,
      bandText: view?.bandText,
      references: view?.references.map((reference) => `${reference.area.name} ${reference.value}`),
    }).toEqual({
      summary:
        "County Durham has the 3rd lowest figure of the 12 North East councils with one for 2020/21. The North East figure is 110.0 and England's is 69.0.",
      rankText: '3rd lowest of 12',
      bandText: 'No band: neither a higher nor a lower figure is better for this measure',
      references: ['England 69', 'North East 110'],
    });
  });

  test('lists every council of the region in rank order, shared ranks included, with the home council named as such', () => {
    const view = regionalComparison(claRate, dataset.index, dataset.areas, durham, period('2020/21'), 'region');
    expect(view?.entries.map((entry) => `${entry.rank ?? '-'} ${entry.label} ${entry.figureText}`)).toEqual([
      '1 North Tyneside 69.0',
      '2 Northumberland 75.0',
      '3 County Durham (this council) 96.0',
      '4 South Tyneside 98.0',
      '5 Sunderland 114.0',
      '5 Gateshead 114.0',
      '7 Redcar and Cleveland 116.0',
      '8 Newcastle upon Tyne 118.0',
      '9 Darlington 122.0',
      '10 Stockton-on-Tees 133.0',
      '11 Middlesbrough 172.0',
      '12 Hartlepool 176.0',
    ]);
  });

  test('goes back to the latest period other councils have figures for, and says so', () => {
    const view = regionalComparison(claRate, dataset.index, dataset.areas, durham, period('2021/22 Q2'), 'region');
    expect({ askedFor: view?.askedFor?.label, compared: view?.ranking.period.label, summary: view?.summary }).toEqual({
      askedFor: '2021/22 Q2',
      compared: '2020/21',
      summary: expect.stringMatching(
        /^Other councils' figures for Q2 2021\/22 are not in the data, so this compares 2020\/21, the latest period with figures for other councils\. County Durham has the 3rd lowest/,
      ) as string,
    });
  });

  // The 151 councils of 31 March 2021: Cumbria and Northamptonshire, not the four councils made from them since.
  test('ranks County Durham among the councils England had in 2020/21 and counts those without a figure', () => {
    const view = regionalComparison(claRate, dataset.index, dataset.areas, durham, period('2020/21'), 'england');
    expect(view?.summary).toBe(
      "County Durham has the 34th highest figure of the 150 councils in England with one for 2020/21. 1 of the 151 councils in England had no figure (Isles of Scilly). The North East figure is 110.0 and England's is 69.0.",
    );
  });

  test('lists the councils without a figure after the ranked ones, saying why where the file does', () => {
    const view = regionalComparison(claRate, dataset.index, dataset.areas, durham, period('2020/21'), 'england');
    expect(view?.entries.slice(150).map((entry) => `${entry.rank ?? '-'} ${entry.label} ${entry.figureText}`)).toEqual([
      '- Isles of Scilly Not applicable',
    ]);
  });

  test('ranks best first for a measure where higher is better, ties and missing councils named', () => {
    const figures = [
      figure('care_leavers_17_18_eet', '2020/21', 70),
      figure('care_leavers_17_18_eet', '2020/21', 80, { areaCode: 'E06000001' }),
      figure('care_leavers_17_18_eet', '2020/21', 70, { areaCode: 'E06000005' }),
      figure('care_leavers_17_18_eet', '2020/21', null, { areaCode: 'E06000002', status: 'suppressed' }),
    ];
    const view = regionalComparison(
      eet,
      new ObservationIndex(figures),
      dataset.areas,
      durham,
      period('2020/21'),
      'region',
    );
    expect(view?.summary).toBe(
      // LAIT's quartiles of 70, 70 and 80 are 70, 70 and 75: the two 70s are on the lower one, so the worst quarter.
      'County Durham ranks joint 2nd best of the 3 North East councils with a figure for 2020/21, in the worst quarter. 9 of the 12 North East councils had no figure.',
    );
  });

  test('names the councils without a figure when there are only a few', () => {
    const figures = [
      figure('care_leavers_17_18_eet', '2020/21', 70),
      ...[
        'E06000001',
        'E06000002',
        'E06000003',
        'E06000004',
        'E06000005',
        'E06000057',
        'E08000021',
        'E08000022',
        'E08000023',
      ].map((areaCode) => figure('care_leavers_17_18_eet', '2020/21', 60, { areaCode })),
    ];
    const view = regionalComparison(
      eet,
      new ObservationIndex(figures),
      dataset.areas,
      durham,
      period('2020/21'),
      'region',
    );
    expect(view?.summary).toMatch(/ 2 of the 12 North East councils had no figure \(Gateshead and Sunderland\)\.$/);
  });

  it.each([{ scope: 'region' }, { scope: 'england' }] as const)(
    'gives no $scope comparison for the sample data, which holds only County Durham',
    ({ scope }) => {
      const sample = loadSampleDataset();
      expect(regionalComparison(claRate, sample.index, sample.areas, durham, period('2021/22 Q2'), scope)).toBeNull();
    },
  );

  test('gives no comparison for a region, which is not a council', () => {
    expect(
      regionalComparison(claRate, dataset.index, dataset.areas, northEast, period('2020/21'), 'england'),
    ).toBeNull();
  });
});

describe('chartLayout', () => {
  it.each([
    { count: 12, layout: 'named_bars' },
    { count: 40, layout: 'named_bars' },
    { count: 41, layout: 'columns' },
    { count: 153, layout: 'columns' },
  ] as const)('draws $count councils as $layout', ({ count, layout }) => {
    expect(chartLayout(count)).toBe(layout);
  });
});
