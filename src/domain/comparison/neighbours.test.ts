import { describe, expect, it } from 'vitest';
import { figure, period } from '../../../test/unit/builders/observation';
import {
  csvTable,
  located,
  readRepoCsv,
  readRepoText,
  realAreaDirectory,
  realContext,
} from '../../../test/unit/tables';
import { readDfeFile } from '../readers/dfe/dfe-file';
import { readDfeMeasureMap } from '../readers/dfe/dfe-measure-map';
import {
  chooseNeighbourModel,
  neighbourFigures,
  readStatNeighbours,
  statNeighbourFigure,
  type StatNeighbourModel,
} from './neighbours';
import { ObservationIndex } from '../observations/series';

const areas = realAreaDirectory();
const STOCKTON = 'E06000004';

function model(file: string): StatNeighbourModel {
  const read = readStatNeighbours(readRepoCsv(file).value, areas);
  if (read.problems.length > 0) throw new Error(read.problems.map((problem) => problem.message).join('; '));
  return read.value;
}
const model2021 = model('data/stat-neighbours-2021.csv');
const model2025 = model('data/stat-neighbours-2025.csv');

/** Every figure of the real extracts, indexed as the app indexes a dataset. */
const index = (() => {
  const context = realContext();
  const map = readDfeMeasureMap(readRepoCsv('data/dfe-measure-map.csv').value).value;
  const files = ['cla_number_and_rate_per_10k_children.csv', 'la_care_leavers_accommodation_suitability.csv'];
  return new ObservationIndex(
    files.flatMap(
      (file) => readDfeFile(readRepoCsv(`test/fixtures/dfe/${file}`).value, map, context).value.observations,
    ),
  );
})();

describe('the statistical-neighbour models in data/ (the shipped sample)', () => {
  // New_Statistical_Neighbour_Groupings_April_2021.csv, line 79:
  // 808,Stockton-on-Tees,808,4,North East,841,Extremely Close,381,Extremely Close,888,Very Close,351,Very Close,359,Very Close,342,Very Close,343,Very Close,344,Very Close,392,Very Close,840,Very Close,
  // sn_model_2025_wide.csv, line 123:
  // 808,Stockton-on-Tees,4,North East,841,Very close,332,Very close,888,Very close,390,Very close,384,Very close,351,Very close,840,Very close,372,Very close,894,Very close,344,Very close
  it.each([
    {
      model: model2021,
      neighbours: [
        'E06000005 Darlington',
        'E08000033 Calderdale',
        'E10000017 Lancashire',
        'E08000002 Bury',
        'E08000010 Wigan',
        'E08000013 St. Helens',
        'E08000014 Sefton',
        'E08000015 Wirral',
        'E08000022 North Tyneside',
        'E06000047 County Durham',
      ],
      closeness: [
        'Extremely close',
        'Extremely close',
        'Very close',
        'Very close',
        'Very close',
        'Very close',
        'Very close',
        'Very close',
        'Very close',
        'Very close',
      ],
    },
    {
      model: model2025,
      neighbours: [
        'E06000005 Darlington',
        'E08000027 Dudley',
        'E10000017 Lancashire',
        'E08000037 Gateshead',
        'E08000036 Wakefield',
        'E08000002 Bury',
        'E06000047 County Durham',
        'E08000018 Rotherham',
        'E06000020 Telford and Wrekin',
        'E08000015 Wirral',
      ],
      closeness: Array.from({ length: 10 }, () => 'Very close'),
    },
  ])(
    "gives Stockton-on-Tees the neighbours of DfE's $model.label model, closest first",
    ({ model: chosen, neighbours, closeness }) => {
      const list = chosen.neighboursOf.get(STOCKTON) ?? [];
      expect(list.map((neighbour) => `${neighbour.code ?? ''} ${neighbour.name}`)).toEqual(neighbours);
      expect(list.map((neighbour) => neighbour.closeness)).toEqual(closeness);
    },
  );

  it('gives Cumbria, abolished in 2023, its own code as a neighbour in the 2021 model, so its figures count', () => {
    expect(model2021.neighboursOf.get('E10000007')?.[4]).toMatchObject({
      rank: 5,
      code: 'E10000006',
      name: 'Cumbria',
      closeness: 'Very close',
    });
    expect(readRepoText('data/stat-neighbours-2021.csv')).toContain(
      '2021,E10000007,830,Derbyshire,5,E10000006,909,Cumbria,Very close',
    );
  });

  it('keeps the grouping DfE gives Northamptonshire, abolished in 2021, for the years it has figures', () => {
    expect(model2021.neighboursOf.get('E10000021')).toHaveLength(10);
  });

  it('has no neighbours for Cumberland and Westmorland and Furness in the 2021 model, which predates them', () => {
    expect(model2021.neighboursOf.has('E06000063')).toBe(false);
    expect(model2025.neighboursOf.get('E06000063')).toHaveLength(10);
  });
});

describe('readStatNeighbours: one broken row per rule', () => {
  const HEADER = 'model,la_code,rank,neighbour_code,neighbour_name';
  it.each([
    { line: '2021,E06000004,1,E06000005,Darlington', rule: undefined, severity: undefined, column: undefined },
    { line: '2025,E06000004,1,E06000005,Darlington', rule: 'mixed_models', severity: 'error', column: 'model' },
    {
      line: '2021,E10099999,1,E06000005,Darlington',
      rule: 'unknown_local_authority',
      severity: 'warning',
      column: 'la_code',
    },
    { line: '2021,E06000004,0,E06000005,Darlington', rule: 'invalid_rank', severity: 'error', column: 'rank' },
    { line: '2021,E06000004,first,E06000005,Darlington', rule: 'invalid_rank', severity: 'error', column: 'rank' },
    {
      line: '2021,E06000004,2,E06000004,Stockton-on-Tees',
      rule: 'self_neighbour',
      severity: 'error',
      column: 'neighbour_code',
    },
    {
      line: '2021,E06000004,2,E10099999,Nowhere',
      rule: 'unknown_local_authority',
      severity: 'warning',
      column: 'neighbour_code',
    },
  ])('reports $rule for "$line" after a good first row', ({ line, rule, severity, column }) => {
    const read = readStatNeighbours(csvTable('sn.csv', [HEADER, '2021,E06000004,1,E06000005,Darlington', line]), areas);
    const expected = rule
      ? [{ rule, severity, row: 3, column }]
      : [{ rule: 'duplicate_rank', severity: 'error', row: 3, column: 'rank' }];
    expect(read.problems.map(located)).toEqual(expected);
  });

  it('keeps a neighbour with an unknown code as one without figures', () => {
    const read = readStatNeighbours(
      csvTable('sn.csv', [HEADER, '2021,E06000004,1,E10099999,Nowhere', '2021,E06000004,2,,Gone']),
      areas,
    );
    expect(read.value.neighboursOf.get(STOCKTON)?.map((neighbour) => neighbour.code)).toEqual([null, null]);
  });

  // The old-code columns used to be listed in the format but read by nothing.
  it('finds a council by its former code, or by its LA number when the code is not known', () => {
    const read = readStatNeighbours(
      csvTable('sn.csv', [
        'model,la_code,old_la_code,rank,neighbour_code,neighbour_old_la_code,neighbour_name',
        '2021,E08000016,370,1,E08000019,373,Sheffield',
        '2021,E08000016,370,2,,808,Stockton-on-Tees',
        '2021,E06099999,370,3,E06000005,841,Darlington',
      ]),
      areas,
    );
    expect(read.problems).toEqual([]);
    expect([...read.value.neighboursOf.keys()]).toEqual(['E08000038']);
    expect(read.value.neighboursOf.get('E08000038')?.map((neighbour) => neighbour.code)).toEqual([
      'E08000039',
      STOCKTON,
      'E06000005',
    ]);
  });

  it('refuses a file without the columns it needs', () => {
    const read = readStatNeighbours(csvTable('sn.csv', ['la_code,neighbour', 'E06000004,E06000005']), areas);
    expect(read.problems.map((problem) => problem.column)).toEqual(['model', 'rank', 'neighbour_code']);
  });
});

describe('statNeighbourFigure for Stockton-on-Tees from the real extracts', () => {
  // Children looked after per 10,000 at 31 March 2025 (cla_number_and_rate_per_10k_children.csv,
  // column rate_per_10000) of Stockton's ten neighbours in the 2021 model:
  //   Darlington 117, Calderdale 79, Lancashire 65, Bury 82, Wigan 91, St. Helens 117, Sefton 92,
  //   Wirral 103, North Tyneside 91, County Durham 118.
  // Mean 955 / 10 = 95.5. Sorted 65 79 82 91 91 92 103 117 117 118: median (91 + 92) / 2 = 91.5.
  //
  // Care leavers aged 17 to 18 in suitable accommodation, 2025 (la_care_leavers_accommodation_suitability.csv):
  //   Darlington 88, Calderdale 95, Lancashire 94, Bury 94, Wigan 98, St. Helens 100, Sefton 100,
  //   Wirral c (suppressed), North Tyneside 88, County Durham 93.
  // Nine used: mean 850 / 9 = 94.44…; sorted 88 88 93 94 94 95 98 100 100: median 94.
  const RAW_LINES = [
    [
      'cla_number_and_rate_per_10k_children.csv',
      '2025,Reporting year,Local authority,E92000001,England,E12000002,North West,344,Wirral,E08000015,Children looked after on 31 March each year,66223,681,103',
    ],
    [
      'cla_number_and_rate_per_10k_children.csv',
      '2025,Reporting year,Local authority,E92000001,England,E12000002,North West,888,Lancashire,E10000017,Children looked after on 31 March each year,261392,1699,65',
    ],
    [
      'la_care_leavers_accommodation_suitability.csv',
      '2025,Reporting year,Local authority,E92000001,England,E12000002,North West,344,Wirral,E08000015,17 to 18 years,Accommodation considered suitable,c,c',
    ],
  ] as const;

  it.each(RAW_LINES)('finds in %s the raw line %s', (file, line) => {
    expect(readRepoText(`test/fixtures/dfe/${file}`).split('\n')).toContain(line);
  });

  it.each([
    { measure: 'cla_rate', method: 'mean', value: 95.5, used: 10 },
    { measure: 'cla_rate', method: 'median', value: 91.5, used: 10 },
    { measure: 'care_leavers_17_18_suitable_accommodation', method: 'mean', value: 850 / 9, used: 9 },
    { measure: 'care_leavers_17_18_suitable_accommodation', method: 'median', value: 94, used: 9 },
  ] as const)(
    'gives the $method of $measure in 2024/25 as $value from $used of 10 neighbours (2021 model)',
    ({ measure, method, value, used }) => {
      const figure = statNeighbourFigure(model2021, STOCKTON, measure, period('2024/25'), index, method);
      expect(figure).toEqual({ value: expect.closeTo(value, 10), used, of: 10, method, model: '2021' });
    },
  );

  it('uses only figures of exactly the period asked for, so a year with no figures gives null', () => {
    expect(statNeighbourFigure(model2021, STOCKTON, 'cla_rate', period('2019/20'), index, 'mean')).toEqual({
      value: null,
      used: 0,
      of: 10,
      method: 'mean',
      model: '2021',
    });
    expect(statNeighbourFigure(model2021, STOCKTON, 'cla_rate', period('2024/25 Q4'), index, 'median')).toMatchObject({
      value: null,
      used: 0,
    });
  });

  it('gives no figure and no neighbours for an LA the model does not have', () => {
    expect(statNeighbourFigure(model2021, 'E06000063', 'cla_rate', period('2024/25'), index, 'mean')).toEqual({
      value: null,
      used: 0,
      of: 0,
      method: 'mean',
      model: '2021',
    });
  });

  it('leaves out a status-only figure and takes the median of an even count as the mean of the middle two', () => {
    const [first, second, third, fourth] = (model2025.neighboursOf.get(STOCKTON) ?? []).map(
      (neighbour) => neighbour.code ?? '',
    );
    const figures = new ObservationIndex([
      figure('cla_rate', '2024/25', 10, { areaCode: first }),
      figure('cla_rate', '2024/25', 40, { areaCode: second }),
      figure('cla_rate', '2024/25', 20, { areaCode: third }),
      figure('cla_rate', '2024/25', null, { areaCode: fourth, status: 'suppressed' }),
      figure('cla_rate', '2023/24', 99, { areaCode: fourth }),
    ]);
    expect(statNeighbourFigure(model2025, STOCKTON, 'cla_rate', period('2024/25'), figures, 'median')).toEqual({
      value: 20,
      used: 3,
      of: 10,
      method: 'median',
      model: '2025',
    });
    const withFourth = new ObservationIndex(
      [10, 40, 20, 30].map((value, at) =>
        figure('cla_rate', '2024/25', value, { areaCode: [first, second, third, fourth][at] }),
      ),
    );
    expect(statNeighbourFigure(model2025, STOCKTON, 'cla_rate', period('2024/25'), withFourth, 'median').value).toBe(
      25,
    );
    expect(statNeighbourFigure(model2025, STOCKTON, 'cla_rate', period('2024/25'), withFourth, 'mean').value).toBe(25);
  });
});

describe('neighbourFigures: supplied figures and computed ones', () => {
  const choice = { model: model2021, method: 'mean' } as const;

  it('computes a figure for every period in which a neighbour has one, saying how, from the chosen model', () => {
    const figures = neighbourFigures('cla_rate', STOCKTON, index, choice);
    expect(figures.map((entry) => entry.observation.period.label)).toEqual([
      '2020/21',
      '2021/22',
      '2022/23',
      '2023/24',
      '2024/25',
    ]);
    expect(figures.at(-1)).toEqual({
      observation: expect.objectContaining({
        areaCode: 'SN:E06000004',
        value: 95.5,
        note: 'Mean of the 10 most similar councils (DfE’s 2021 model).',
      }),
      basis: { kind: 'computed', used: 10, of: 10, method: 'mean', model: '2021' },
    });
  });

  it('lets a figure supplied in the data (area SN:<code>) win over the computed one for its period, labelled as supplied', () => {
    const supplied = figure('cla_rate', '2024/25', 97, { areaCode: 'SN:E06000004' });
    const withSupplied = new ObservationIndex([...index.seriesOf('cla_rate', 'E06000005'), supplied]);
    expect(
      neighbourFigures('cla_rate', STOCKTON, withSupplied, choice).filter(
        (entry) => entry.observation.period.label === '2024/25',
      ),
    ).toEqual([{ observation: supplied, basis: { kind: 'supplied' } }]);
  });

  it('gives only the supplied figures when no model is chosen or the LA is not in the model', () => {
    expect(neighbourFigures('cla_rate', STOCKTON, index, null)).toEqual([]);
    expect(neighbourFigures('cla_rate', 'E06000063', index, choice)).toEqual([]);
  });

  it.each([
    { label: '2021', chosen: '2021' },
    { label: '', chosen: '2025' },
    { label: '1999', chosen: '2025' },
  ])('chooses model $chosen when asked for "$label"', ({ label, chosen }) => {
    expect(chooseNeighbourModel([model2021, model2025], label)?.label).toBe(chosen);
  });
});

describe('statNeighbourFigure rounding', () => {
  it('gives the mean to twelve significant figures, without binary noise', () => {
    const neighbours = (model2025.neighboursOf.get(STOCKTON) ?? []).flatMap((neighbour) =>
      neighbour.code ? [neighbour.code] : [],
    );
    const figures = new ObservationIndex(
      neighbours
        .slice(0, 3)
        .map((areaCode, at) => figure('cpp_repeat', '2024/25', [23.1, 24.2, 23.8][at] ?? 0, { areaCode })),
    );
    expect(statNeighbourFigure(model2025, STOCKTON, 'cpp_repeat', period('2024/25'), figures, 'mean').value).toBe(23.7);
  });
});
