import { describe, expect, it } from 'vitest';
import { withObservations } from '../dataset/dataset';
import { figure, period } from '../../../test/unit/builders/observation';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { quarterAfter, templateColumns } from './template-columns';

const sample = loadSampleDataset();

describe('quarterAfter', () => {
  it.each([
    ['2021/22 Q2', '2021/22 Q3'],
    ['2021/22 Q4', '2022/23 Q1'],
    ['2020/21', '2021/22 Q1'],
    ['2021-09', '2021/22 Q3'],
  ])('gives %s → %s', (label, next) => {
    expect(quarterAfter(period(label)).label).toBe(next);
  });
});

describe('templateColumns', () => {
  it('ends with the quarter after the newest one held, and names the home LA’s region', () => {
    expect(templateColumns(sample)).toEqual({
      periods: ['2018/19', '2019/20', '2020/21', 'Q1 2021/22', 'Q2 2021/22', 'Q3 2021/22'],
      regionName: 'North East',
    });
  });

  it('moves on when a newer quarter is saved', () => {
    const withQ3 = withObservations(sample, [...sample.observations, figure('cla_rate', '2021/22 Q3', 89)]);
    expect(templateColumns(withQ3).periods.at(-1)).toBe('Q4 2021/22');
  });

  it('with no figures at all, follows the default period, or has no period columns and a "Region" column', () => {
    const empty = withObservations(sample, []);
    expect(templateColumns(empty).periods.at(-1)).toBe('Q3 2021/22');
    const nowhere = {
      ...withObservations(sample, []),
      manifest: { ...sample.manifest, homeArea: 'E99999999', defaultPeriod: '' },
    };
    expect(templateColumns(nowhere)).toEqual({ periods: [], regionName: 'Region' });
  });
});
