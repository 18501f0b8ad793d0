import { describe, expect, it } from 'vitest';
import type { Area } from '../areas/area';
import type { Rating } from '../comparison/rating';
import type { ComparatorFigure, ComparatorKind } from '../scorecard/scorecard';
import { figure } from '../../../test/unit/builders/observation';
import { ENGLAND, NORTH_EAST } from '../../../test/unit/builders/areas';
import { ratingSentence } from './rating-sentence';

const AREAS: Readonly<Record<ComparatorKind, Area>> = {
  england: ENGLAND,
  region: NORTH_EAST,
  stat_neighbours: { ...ENGLAND, code: 'SN:E06000047', name: 'Statistical neighbours', type: 'stat_neighbours' },
};

function comparator(kind: ComparatorKind, rating: Rating, value: number | null = 50): ComparatorFigure {
  return {
    kind,
    area: AREAS[kind],
    observation: figure('example', '2019/20', value),
    rating,
    ratedBy: { kind: 'tolerance', tolerance: 2 },
    basis: null,
  };
}

describe('ratingSentence', () => {
  it.each([
    {
      name: 'better than two, similar to one',
      ratings: ['better', 'better', 'similar'],
      text: 'Better than England and the North East, and similar to the statistical neighbours.',
    },
    {
      name: 'one of each',
      ratings: ['worse', 'similar', 'better'],
      text: 'Better than the statistical neighbours, similar to the North East, and worse than England.',
    },
    {
      name: 'all worse',
      ratings: ['worse', 'worse', 'worse'],
      text: 'Worse than England, the North East and the statistical neighbours.',
    },
  ] as const)('says $name', ({ ratings, text }) => {
    const [england, region, neighbours] = ratings;
    expect(
      ratingSentence('higher_is_better', [
        comparator('england', england),
        comparator('region', region),
        comparator('stat_neighbours', neighbours),
      ]),
    ).toBe(text);
  });

  it('says a measure with no good or bad direction is not rated', () => {
    expect(ratingSentence('no_polarity', [comparator('england', 'not_rated'), comparator('region', 'not_rated')])).toBe(
      'This measure has no good or bad direction, so it is not rated against England or the North East.',
    );
  });

  it('leaves out a comparator without a figure, and says nothing when none has one', () => {
    expect(
      ratingSentence('lower_is_better', [comparator('england', 'better'), comparator('region', 'not_rated', null)]),
    ).toBe('Better than England.');
    expect(ratingSentence('lower_is_better', [comparator('england', 'not_rated', null)])).toBe('');
  });
});
