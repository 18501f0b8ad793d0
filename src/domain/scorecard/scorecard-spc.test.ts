import { describe, expect, it } from 'vitest';
import { period, run } from '../../../test/unit/observation-builder';
import { realDataset } from '../../../test/unit/tables';
import { ObservationIndex } from '../observations/series';
import { buildScorecard, type Scorecard } from './scorecard';

const { catalogue, areas, index } = realDataset().value;
const durham = areas.find('E06000047');
if (!durham) throw new Error('data/areas.csv has County Durham');

// 16 months around 10% then 8 around 11%: the last 8 above the mean, where lower is better.
const MONTHLY = run(
  'cla_3plus_placements',
  '2019-10',
  [
    9.8, 10.4, 10.1, 9.6, 10.2, 10.5, 9.9, 10, 9.7, 10.3, 10.1, 9.8, 10.2, 9.9, 10, 9.7, 10.6, 10.9, 10.7, 11, 10.8,
    11.2, 10.9, 11.1,
  ],
);

function variations(scorecard: Scorecard): [string, string | null][] {
  return scorecard.sections
    .flatMap((section) => section.rows)
    .filter((row) => row.variation !== null)
    .map((row) => [row.measure.id, row.variation]);
}

describe('the scorecard’s SPC variation icon', () => {
  it('is on no row of the sample, whose measures have two quarters at most', () => {
    expect(variations(buildScorecard({ catalogue, areas, index, area: durham, period: period('2021/22 Q2') }))).toEqual(
      [],
    );
  });

  it('is on a row whose area has 12 or more monthly figures up to the period shown', () => {
    const withMonths = new ObservationIndex(MONTHLY);
    const at = (label: string) =>
      variations(buildScorecard({ catalogue, areas, index: withMonths, area: durham, period: period(label) }));
    expect(at('2021/22 Q2')).toEqual([['cla_3plus_placements', 'concern_high']]);
    expect(at('2020/21 Q1')).toEqual([]);
  });
});
