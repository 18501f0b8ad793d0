import { describe, expect, it } from 'vitest';
import { figure } from '../../../test/unit/builders/observation';
import { dataSources, newestPeriod } from './data-sources';

const OWN = { file: 'q2.csv', row: 2 };
const DFE = { file: 'cla.csv', row: 2, publisher: 'DfE' };
const observations = [
  figure('cla_rate', '2020/21', 93.5, { source: OWN }),
  figure('cla_rate', '2021/22 Q2', 90, { source: OWN }),
  figure('cla_rate', '2018/19', 82.9, { source: OWN }),
  figure('cla_rate', '2024/25', 125, { source: DFE, areaCode: 'E06000004' }),
  figure('cla_rate', '2025/26 Q1', null, { source: OWN, status: 'tbc' }),
];

describe('dataSources', () => {
  it('gives each file its publisher, figures, areas and the periods they span', () => {
    expect(
      dataSources(observations).map((source) => ({ ...source, first: source.first.label, last: source.last.label })),
    ).toEqual([
      { file: 'q2.csv', publisher: '', figures: 4, areas: 1, first: '2018/19', last: '2025/26 Q1' },
      { file: 'cla.csv', publisher: 'DfE', figures: 1, areas: 1, first: '2024/25', last: '2024/25' },
    ]);
  });
});

describe('newestPeriod', () => {
  it.each([
    { area: undefined, newest: '2024/25' },
    { area: 'E06000047', newest: '2021/22 Q2' },
    { area: 'E06000001', newest: null },
  ])('is $newest for area $area, passing over a status without a figure', ({ area, newest }) => {
    expect(newestPeriod(observations, area)?.label ?? null).toBe(newest);
  });
});
