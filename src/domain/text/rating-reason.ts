/**
 * How each rating was reached, in a sentence a councillor can read aloud: "Similar: 12% of 77 care
 * leavers is within the range chance alone would give around England’s 9%". Shown as the rating's
 * accessible text on the scorecard and beside it on the measure page.
 */
import type { Measure } from '../catalogue/measure';
import { MIN_NEIGHBOUR_FIGURES, type RatingBasis, type RatingJudgement } from '../comparison/rating';
import type { Observation } from '../observations/observation';
import { figureInWords, shortFigure, grouped } from './figures';
import { comparatorInSentence } from './rating-sentence';
import type { ComparatorFigure, ScorecardRow } from '../scorecard/scorecard';
import { RATING_LABEL, toleranceInWords } from './ratings';

/** "England’s", "the statistical neighbours’": a comparator's name (as a sentence names it) owning its figure. */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

/** "12% of 77 care leavers", "93.5 per 10,000 children (949 children)": the figure with the counts the interval came from. */
function figureWithCounts(measure: Measure, figure: Observation, value: number): string {
  const shown = figureInWords(measure, value);
  const { numerator, denominator } = figure;
  if (measure.unit === 'percent' && denominator !== null)
    return `${shown} of ${grouped(denominator)}${measure.numeratorLabel ? ` ${measure.numeratorLabel}` : ''}`;
  if (numerator !== null)
    return `${shown} (${grouped(numerator)}${measure.numeratorLabel ? ` ${measure.numeratorLabel}` : ''})`;
  return shown;
}

function notRatedWords(
  basis: Extract<RatingBasis, { kind: 'not_rated' }>,
  comparator: string,
  used: number | null,
): string {
  switch (basis.reason) {
    case 'no_polarity':
      return 'this measure has no good or bad direction';
    case 'no_figure':
      return `there is no figure to compare with ${comparator}`;
    case 'no_tolerance':
      return `a council’s number is not like for like with ${possessive(comparator)}`;
    case 'too_few_neighbours':
      return `only ${used ?? 'a few'} of the neighbours have a figure, and an average needs at least ${MIN_NEIGHBOUR_FIGURES}`;
    case 'part_year':
      return `the figure is for part of the year so far, and ${possessive(comparator)} is for a whole year`;
  }
}

/**
 * How a rating was reached, for the latest figure against one comparator.
 * `comparator` is the comparator as a sentence names it ("England", "the North East");
 * `neighboursUsed` is how many neighbours' figures a computed neighbours' average has.
 */
export function ratingReason(input: {
  measure: Measure;
  figure: Observation | null;
  judgement: RatingJudgement;
  comparator: string;
  comparatorValue: number | null;
  neighboursUsed?: number | null;
}): string {
  const { measure, figure, judgement, comparator, comparatorValue } = input;
  const label = RATING_LABEL[judgement.rating];
  const { basis } = judgement;
  if (basis.kind === 'not_rated') return `${label}: ${notRatedWords(basis, comparator, input.neighboursUsed ?? null)}.`;
  if (figure?.value == null || comparatorValue === null) return label;
  const theirs = `${possessive(comparator)} ${figureInWords(measure, comparatorValue)}`;
  const higher = figure.value > comparatorValue;
  if (basis.kind === 'interval') {
    const ours = figureWithCounts(measure, figure, figure.value);
    if (judgement.rating === 'similar')
      return `${label}: ${ours} is within the range chance alone would give around ${theirs}.`;
    const range = `${shortFigure(measure, basis.lower)} to ${shortFigure(measure, basis.upper)}`;
    return `${label}: ${ours} is ${higher ? 'above' : 'below'} ${theirs} by more than chance alone would give (the range around it is ${range}).`;
  }
  const ours = figureInWords(measure, figure.value);
  const margin = toleranceInWords(measure.unit, basis.tolerance);
  if (judgement.rating === 'similar') return `${label}: ${ours} is within ${margin} of ${theirs}.`;
  return `${label}: ${ours} is more than ${margin} ${higher ? 'above' : 'below'} ${theirs}.`;
}

/** How one comparator cell's rating was reached, for its accessible text and the measure page. */
export function comparatorRatingReason(
  row: Pick<ScorecardRow, 'measure' | 'latest'>,
  comparator: ComparatorFigure,
): string {
  return ratingReason({
    measure: row.measure,
    figure: row.latest,
    judgement: { rating: comparator.rating, basis: comparator.ratedBy },
    comparator: comparatorInSentence(comparator),
    comparatorValue: comparator.observation?.value ?? null,
    neighboursUsed: comparator.basis?.kind === 'computed' ? comparator.basis.used : null,
  });
}

/** Why a comparator cell is not rated, as a sentence of its own beside "Not rated"; null when it is rated. */
export function notRatedWhy(comparator: ComparatorFigure): string | null {
  if (comparator.ratedBy.kind !== 'not_rated') return null;
  const words = notRatedWords(
    comparator.ratedBy,
    comparatorInSentence(comparator),
    comparator.basis?.kind === 'computed' ? comparator.basis.used : null,
  );
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}
