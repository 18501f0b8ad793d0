/** The ratings of a measure's latest figure as one sentence, for the measure page's summary and the slides' notes. */
import type { Polarity } from '../catalogue/measure';
import type { Rating } from '../comparison/rating';
import type { ComparatorArea, ComparatorFigure } from '../scorecard/scorecard';
import { comparatorName } from './comparators';
import { regionPhrase } from './regions';

const RATED_WORDS: Readonly<Record<Exclude<Rating, 'not_rated'>, string>> = {
  better: 'better than',
  similar: 'similar to',
  worse: 'worse than',
};

/** "England", "the North East", "the statistical neighbours": a comparator as the object of a sentence. */
export function comparatorInSentence(comparator: ComparatorArea): string {
  if (comparator.kind === 'region') return regionPhrase(comparator.area.name);
  const name = comparatorName(comparator, 'sentence');
  return comparator.kind === 'stat_neighbours' ? `the ${name}` : name;
}

/** "A", "A and B", "A, B and C". */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * "Better than England and the North East, and similar to the statistical neighbours." Comparators
 * without a figure are left out; a measure with no good or bad direction says it is not rated, so
 * the sentence never leaves the reader to guess from colour or silence.
 */
export function ratingSentence(polarity: Polarity, comparators: readonly ComparatorFigure[]): string {
  const withFigures = comparators.filter((comparator) => comparator.observation?.value != null);
  if (withFigures.length === 0) return '';
  if (polarity === 'no_polarity')
    return `This measure has no good or bad direction, so it is not rated against ${listed(withFigures.map(comparatorInSentence)).replace(/ and (?=[^,]*$)/, ' or ')}.`;
  const groups = (['better', 'similar', 'worse'] as const).flatMap((rating) => {
    const names = withFigures.filter((comparator) => comparator.rating === rating).map(comparatorInSentence);
    return names.length > 0 ? [`${RATED_WORDS[rating]} ${listed(names)}`] : [];
  });
  const unrated = withFigures.filter((comparator) => comparator.rating === 'not_rated').map(comparatorInSentence);
  if (unrated.length > 0) groups.push(`not rated against ${listed(unrated).replace(/ and (?=[^,]*$)/, ' or ')}`);
  const sentence =
    groups.length <= 1 ? (groups[0] ?? '') : `${groups.slice(0, -1).join(', ')}, and ${groups.at(-1) ?? ''}`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
