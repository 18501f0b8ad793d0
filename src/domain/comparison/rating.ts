import type { Measure, Unit } from '../catalogue/measure';
import { isFigure } from './figure';
import { poissonInterval, wilsonInterval } from './intervals';

/**
 * How a figure compares with a comparator (England, region, statistical neighbours) or with a
 * target, and where an area stands among all areas with a figure.
 */
export type Rating = 'better' | 'similar' | 'worse' | 'not_rated';

/** Why a figure with a comparator beside it is not rated. */
export type NotRatedReason =
  /** Neither higher nor lower is better. */
  | 'no_polarity'
  /** The figure or the comparator has no number. */
  | 'no_figure'
  /** The counts are not known and the measure's unit has no tolerance (a count: one council's number beside England's). */
  | 'no_tolerance'
  /** A neighbours' figure worked out from fewer than MIN_NEIGHBOUR_FIGURES of them. */
  | 'too_few_neighbours'
  /** A year-to-date figure for part of a year, beside a comparator for a whole year. */
  | 'part_year';

/**
 * How a rating was reached: the 95% interval of the figure (in the measure's unit) that the
 * comparator fell inside or outside, or the tolerance the difference was within or beyond.
 */
export type RatingBasis =
  | { kind: 'interval'; method: 'wilson' | 'poisson'; lower: number; upper: number }
  | { kind: 'tolerance'; tolerance: number }
  | { kind: 'not_rated'; reason: NotRatedReason };

export interface RatingJudgement {
  rating: Rating;
  basis: RatingBasis;
}

/**
 * The tolerance, in the measure's own unit, used where the counts behind a figure are not known
 * and the catalogue sets none (measures.csv similar_tolerance). A count has none: a council's
 * number of children beside England's is not a like-for-like comparison.
 */
export const DEFAULT_TOLERANCE: Readonly<Record<Unit, number | null>> = {
  percent: 2,
  rate_per_10k: 5,
  days: 14,
  months: 1,
  score: 0.5,
  ratio: 1,
  count: null,
  // Spending has no good or bad direction (LAIT gives its finance measures none), so no margin is set.
  pounds_per_child: null,
  chart: null,
};

/** A neighbours' average worked out from fewer of the neighbours' figures than this is shown but not rated. */
export const MIN_NEIGHBOUR_FIGURES = 5;

// Published figures are decimals that binary numbers only approximate (63.3 − 60.3 is
// 3.0000000000000036), so a difference of exactly the tolerance must not tip into better or worse.
const ROUNDING_ALLOWANCE = 1e-9;

export function notRated(reason: NotRatedReason): RatingJudgement {
  return { rating: 'not_rated', basis: { kind: 'not_rated', reason } };
}

function ranked(polarity: Measure['polarity'], value: number, comparatorValue: number): Rating {
  return value > comparatorValue === (polarity === 'higher_is_better') ? 'better' : 'worse';
}

/** The figure's 95% interval in its own unit, where its counts are known and make sense for its unit. */
function intervalOf(
  unit: Unit,
  value: number,
  numerator: number | null,
  denominator: number | null,
): Extract<RatingBasis, { kind: 'interval' }> | null {
  if (numerator === null || !Number.isFinite(numerator)) return null;
  if (unit === 'percent' && denominator !== null) {
    const interval = wilsonInterval(numerator, denominator);
    return interval && { kind: 'interval', method: 'wilson', lower: interval.lower * 100, upper: interval.upper * 100 };
  }
  if (unit === 'rate_per_10k') {
    const interval = poissonInterval(numerator);
    // The population is the denominator when the file gives it; otherwise it follows from the
    // count and the rate (949 children at 93.5 per 10,000 is a population of about 101,500).
    const perEvent =
      denominator !== null && denominator > 0 ? 10_000 / denominator : numerator > 0 ? value / numerator : null;
    if (!interval || perEvent === null) return null;
    return { kind: 'interval', method: 'poisson', lower: interval.lower * perEvent, upper: interval.upper * perEvent };
  }
  return null;
}

/**
 * Rates a figure against a comparator, as the public-health profiles (Fingertips) do.
 *
 * - A measure with no polarity is not rated; nor is a figure or comparator that is missing.
 * - Where the counts behind the figure are known, a percentage's 95% Wilson score interval, or a
 *   rate's exact Poisson (Byar) interval on its count, decides: the figure is **similar** when the
 *   comparator lies inside the interval (chance alone could give the difference), otherwise better
 *   or worse by the measure's polarity.
 * - Otherwise the figure is similar when it differs from the comparator by no more than a tolerance
 *   in the measure's unit: the measure's own (measures.csv similar_tolerance) or its unit's
 *   default (DEFAULT_TOLERANCE); a unit with neither is not rated.
 */
export function judgeAgainst(input: {
  measure: Pick<Measure, 'polarity' | 'unit' | 'similarTolerance'>;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  comparatorValue: number | null;
}): RatingJudgement {
  const { measure, value, comparatorValue } = input;
  if (measure.polarity === 'no_polarity') return notRated('no_polarity');
  if (!isFigure(value) || !isFigure(comparatorValue)) return notRated('no_figure');
  const interval = intervalOf(measure.unit, value, input.numerator, input.denominator);
  if (interval) {
    const inside = comparatorValue >= interval.lower && comparatorValue <= interval.upper;
    return { rating: inside ? 'similar' : ranked(measure.polarity, value, comparatorValue), basis: interval };
  }
  const tolerance = measure.similarTolerance ?? DEFAULT_TOLERANCE[measure.unit];
  if (tolerance === null) return notRated('no_tolerance');
  const scale = Math.max(1, Math.abs(value), Math.abs(comparatorValue));
  const within = Math.abs(value - comparatorValue) <= tolerance + ROUNDING_ALLOWANCE * scale;
  return {
    rating: within ? 'similar' : ranked(measure.polarity, value, comparatorValue),
    basis: { kind: 'tolerance', tolerance },
  };
}
