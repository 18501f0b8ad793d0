import { describe, expect, it } from 'vitest';
import { period } from '../../../test/unit/builders/observation';
import { monthlyPlacements } from '../../../test/unit/spc-series';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { ObservationIndex } from '../observations/series';
import { buildScorecard, type Scorecard } from './scorecard';

const { catalogue, areas, index } = loadSampleDataset();
const durham = areas.find('E06000047');
if (!durham) throw new Error('data/areas.csv has County Durham');

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
    const withMonths = new ObservationIndex(monthlyPlacements());
    const at = (label: string) =>
      variations(buildScorecard({ catalogue, areas, index: withMonths, area: durham, period: period(label) }));
    expect(at('2021/22 Q2')).toEqual([['cla_3plus_placements', 'concern_high']]);
    expect(at('2020/21 Q1')).toEqual([]);
  });
});
