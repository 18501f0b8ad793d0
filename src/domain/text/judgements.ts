/** Ofsted's judgements in words: a council's, and how an area's councils were judged. */
import { GRADE_LABEL } from '../readers/ofsted/grade';
import type { JudgementSpread } from '../scorecard/judgement-row';
import { grouped } from './figures';
import { countOf } from './plural';

/** "Outstanding 45, Good 60, Requires improvement to be good 33, Inadequate 15": every judgement, best first. */
export function spreadInWords(spread: JudgementSpread): string {
  return spread.counts.map(({ grade, count }) => `${GRADE_LABEL[grade]} ${grouped(count)}`).join(', ');
}

/** "of 153 councils judged, 2024/25": what the counts are of, and when. */
export function spreadOf(spread: JudgementSpread): string {
  return `of ${countOf(spread.judged, 'council')} judged, ${spread.period.label}`;
}
