import { describe, expect, it } from 'vitest';
import { DURHAM, ENGLAND_CODE, areaDirectory } from '../../../test/unit/builders/areas';
import { catalogue } from '../../../test/unit/builders/catalogue';
import { measure } from '../../../test/unit/builders/measure';
import { figure, period } from '../../../test/unit/builders/observation';
import type { Measure } from '../catalogue/measure';
import type { Observation } from '../observations/observation';
import { ObservationIndex } from '../observations/series';
import { buildScorecard, type ScorecardRow } from './scorecard';

const areas = areaDirectory();

/** The one row of a scorecard of County Durham at `at` over the given measures. */
function onlyRow(observations: readonly Observation[], at: string, measures: readonly Measure[]): ScorecardRow {
  const scorecard = buildScorecard({
    catalogue: catalogue(measures),
    areas,
    index: new ObservationIndex(observations),
    area: DURHAM,
    period: period(at),
  });
  const [row] = scorecard.sections.flatMap((section) => section.rows);
  if (!row) throw new Error('the scorecard has no row');
  return row;
}

describe('year-to-date measures', () => {
  const CARERS = measure('count', { id: 'adopters_approved', decimalPlaces: 0, accumulation: 'year_to_date' });
  const CONVICTIONS = measure('percent', {
    id: 'cla_convictions_percent',
    polarity: 'lower_is_better',
    accumulation: 'year_to_date',
  });
  const carers = (label: string, value: number) => figure(CARERS.id, label, value);

  it.each([
    {
      name: 'Q1 to Q2 only',
      figures: [carers('2021/22 Q1', 10), carers('2021/22 Q2', 16)],
      previous: null,
      direction: null,
    },
    {
      name: 'Q2 a year before',
      figures: [carers('2020/21 Q2', 20), carers('2021/22 Q1', 10), carers('2021/22 Q2', 16)],
      previous: '2020/21 Q2',
      direction: 'worsening',
    },
    {
      name: 'a whole year against the year before',
      figures: [carers('2019/20', 25), carers('2020/21', 47)],
      previous: '2019/20',
      direction: 'improving',
    },
  ])('gives the direction against the same part of the year before: $name', ({ figures, previous, direction }) => {
    const at = figures.at(-1)?.period.label ?? '';
    const row = onlyRow(figures, at, [CARERS]);
    expect([row.previous?.period.label ?? null, row.direction]).toEqual([previous, direction]);
  });

  it.each([
    {
      name: 'Q2 so far against England’s whole year',
      at: '2021/22 Q2',
      comparator: '2020/21',
      rating: 'not_rated',
      reason: 'part_year',
    },
    {
      name: 'Q4, the whole year, against a whole year',
      at: '2021/22 Q4',
      comparator: '2020/21',
      rating: 'similar',
      reason: undefined,
    },
    {
      name: 'Q2 so far against England’s Q2 so far',
      at: '2021/22 Q2',
      comparator: '2021/22 Q2',
      rating: 'similar',
      reason: undefined,
    },
  ])('$name: $rating', ({ at, comparator, rating, reason }) => {
    const row = onlyRow(
      [figure(CONVICTIONS.id, at, 1.2), figure(CONVICTIONS.id, comparator, 3, { areaCode: ENGLAND_CODE })],
      at,
      [CONVICTIONS],
    );
    const england = row.comparators[0];
    expect([england?.rating, england?.ratedBy.kind === 'not_rated' ? england.ratedBy.reason : undefined]).toEqual([
      rating,
      reason,
    ]);
  });
});
