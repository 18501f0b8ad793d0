import { describe, expect, test } from 'vitest';
import { figure } from '../../../test/unit/builders/observation';
import { indexInSlices } from './sliced-index';
import { ObservationIndex } from './series';

// Out of order on purpose: both indexes must give each series oldest first.
const FIGURES = [
  figure('cla_rate', '2021/22', 3),
  figure('cla_rate', '2019/20', 1),
  figure('cla_rate', '2020/21', 2, { areaCode: 'E92000001' }),
  figure('cla_rate', '2020/21', 2),
  figure('cla_3plus_placements', '2019/20', 8),
];

describe('an index built in slices', () => {
  test.each([1, 2, 5, 100])('is the index built at once, in slices of %i', async (sliceSize) => {
    const sliced = await indexInSlices(FIGURES, () => Promise.resolve(), sliceSize);
    const whole = new ObservationIndex(FIGURES);
    expect(sliced.areaCodes()).toEqual(whole.areaCodes());
    for (const [measureId, areaCode] of [
      ['cla_rate', 'E06000047'],
      ['cla_rate', 'E92000001'],
      ['cla_3plus_placements', 'E06000047'],
    ] as const) {
      expect(sliced.seriesOf(measureId, areaCode)).toEqual(whole.seriesOf(measureId, areaCode));
    }
    expect(sliced.seriesOf('cla_rate', 'E06000047').map((each) => each.period.label)).toEqual([
      '2019/20',
      '2020/21',
      '2021/22',
    ]);
  });

  test('gives the page a turn between slices and before sorting', async () => {
    let paused = 0;
    await indexInSlices(
      FIGURES,
      () => {
        paused += 1;
        return Promise.resolve();
      },
      2,
    );
    // Slices of 2, 2 and 1: two pauses between them and one before the sort.
    expect(paused).toBe(3);
  });
});
