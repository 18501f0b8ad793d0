/** Ratings and polarity in words, and the rules that decide "Similar", as the legend states them. */
import { UNITS, type Polarity, type Unit } from '../catalogue/measure';
import { DEFAULT_TOLERANCE, MIN_NEIGHBOUR_FIGURES, type Rating } from '../comparison/rating';
import { formatNumber } from './figures';

export const RATING_LABEL: Readonly<Record<Rating, string>> = {
  better: 'Better',
  similar: 'Similar',
  worse: 'Worse',
  not_rated: 'Not rated',
};

export const POLARITY_LABEL: Readonly<Record<Polarity, string>> = {
  higher_is_better: 'Higher is better',
  lower_is_better: 'Lower is better',
  no_polarity: 'No good or bad direction',
};

/** The words after a tolerance's number: "2 percentage points", "14 days". */
const TOLERANCE_UNIT: Readonly<Record<Unit, readonly [string, string]>> = {
  percent: ['percentage point', 'percentage points'],
  rate_per_10k: ['per 10,000 children', 'per 10,000 children'],
  days: ['day', 'days'],
  months: ['month', 'months'],
  score: ['point', 'points'],
  ratio: ['', ''],
  count: ['', ''],
  pounds_per_child: ['pound per child', 'pounds per child'],
  chart: ['', ''],
};

/** "2 percentage points", "0.5 points", "1": a tolerance in the measure's own unit. */
export function toleranceInWords(unit: Unit, tolerance: number): string {
  const [one, many] = TOLERANCE_UNIT[unit];
  const words = tolerance === 1 ? one : many;
  return `${formatNumber(tolerance, 2)}${words ? ` ${words}` : ''}`;
}

/** "2 percentage points for a percentage, 5 per 10,000 children for a rate, …": each unit's default margin, read from the rule itself. */
export function defaultTolerancesText(): string {
  const parts = UNITS.flatMap((unit) => {
    const tolerance = DEFAULT_TOLERANCE[unit];
    return tolerance === null ? [] : [`${toleranceInWords(unit, tolerance)} for ${UNIT_WORDS[unit]}`];
  });
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

const UNIT_WORDS: Readonly<Record<Unit, string>> = {
  percent: 'a percentage',
  rate_per_10k: 'a rate',
  days: 'a number of days',
  months: 'a number of months',
  score: 'a score',
  ratio: 'a caseload or other ratio',
  count: 'a number',
  pounds_per_child: 'spending per child',
  chart: 'a chart',
};

/**
 * What "Similar" means, as the legend, the glossary and About the data state it: read from the
 * rating rule itself, so the words cannot promise a rule the ratings do not use.
 */
export function similarRuleText(): string {
  return (
    'within the range chance alone would give (its 95% confidence interval) when the number of children behind a percentage or rate is known; ' +
    `otherwise within a margin in the measure’s own unit: ${defaultTolerancesText()}, unless the measure sets its own`
  );
}

/** Why a neighbours' average with few figures is not rated, as the legend states it. */
export function neighbourMinimumText(): string {
  return `An average of the statistical neighbours is rated only when at least ${MIN_NEIGHBOUR_FIGURES} of them have a figure; with fewer, the cell shows the average and how many it has, and is not rated.`;
}
