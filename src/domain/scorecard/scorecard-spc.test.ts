import { describe, expect, it } from 'vitest';
import { dataset } from '../../../test/unit/builders/dataset';
import { figure, period } from '../../../test/unit/builders/observation';
import { DURHAM } from '../../../test/unit/builders/areas';
import { monthlyPlacements } from '../../../test/unit/spc-series';
import type { Observation } from '../observations/observation';
import { buildScorecard, type Scorecard } from './scorecard';

function scorecardOf(observations: readonly Observation[], label: string): Scorecard {
  const { catalogue, areas, index } = dataset({ observations });
  return buildScorecard({ catalogue, areas, index, area: DURHAM, period: period(label) });
}

function variations(scorecard: Scorecard): [string, string | null][] {
  return scorecard.sections
    .flatMap((section) => section.rows)
    .filter((row) => row.variation !== null)
    .map((row) => [row.measure.id, row.variation]);
}

describe('the scorecard’s SPC variation icon', () => {
  it('is on no row whose area has two quarters of figures, too few for a chart', () => {
    const twoQuarters = [
      figure('cla_3plus_placements', '2021/22 Q1', 9.5),
      figure('cla_3plus_placements', '2021/22 Q2', 10.1),
    ];
    expect(variations(scorecardOf(twoQuarters, '2021/22 Q2'))).toEqual([]);
  });

  it('is on a row whose area has 12 or more monthly figures up to the period shown', () => {
    // 24 months from October 2019: by September 2021 the last months sit above the upper limit
    // (lower is better, so a concern); by June 2020 there are only 9 months, too few.
    expect(variations(scorecardOf(monthlyPlacements(), '2021/22 Q2'))).toEqual([
      ['cla_3plus_placements', 'concern_high'],
    ]);
    expect(variations(scorecardOf(monthlyPlacements(), '2020/21 Q1'))).toEqual([]);
  });
});
