/**
 * Ofsted's judgement of a council's leaders as one row of the scorecard: the National Framework's
 * enabler "Leaders drive conditions for effective practice" gives four metrics (DfE's 59 to 62),
 * each the number of councils Ofsted judged so, which are a spread for England and a region but
 * mean nothing as four numbers for one council. The row says the council's own judgement, in
 * Ofsted's words, beside how England's and the region's councils were judged. A judgement is not a
 * figure: it has no rating, direction, trend or rank.
 */
import type { Measure } from '../catalogue/measure';
import type { Observation } from '../observations/observation';
import type { Period } from '../periods/period';
import { GRADES, type Grade } from '../readers/ofsted/grade';
import { LEADERSHIP_MEASURE } from '../readers/ofsted/leadership-measures';
import type { ComparatorArea, ScorecardRow } from './scorecard';

export interface JudgementCount {
  grade: Grade;
  /** How many of the area's councils Ofsted last judged so. */
  count: number;
}

export interface JudgementSpread extends ComparatorArea {
  /** Every judgement, best first, with its count of councils. */
  counts: readonly JudgementCount[];
  /** The councils judged: the counts' sum. */
  judged: number;
  /** The period of the counts (the sheet's: 31 March 2025 is 2024/25). */
  period: Period;
}

export interface JudgementRow {
  /** The measures it stands for, best judgement first; a row's link opens the first's page. */
  measures: readonly Measure[];
  /** The council's judgement, with the figure that says it in words (its note); null when Ofsted has not judged it. */
  council: { grade: Grade; measure: Measure; observation: Observation } | null;
  /** One per comparator of the scorecard, in its order; null where the area has no count of every judgement. */
  spreads: ReadonlyArray<JudgementSpread | null>;
}

/**
 * The rows of a section that are Ofsted's leadership judgements, as one row; null when the rows hold
 * none of them, or nothing to show. The council's judgement is the measure under which it has a figure (leadership.ts
 * writes it under its judgement's measure alone); each comparator's spread needs a count for all
 * four judgements, so a region missing one is not shown as a spread that adds up wrong.
 */
export function leadershipJudgementRow(rows: readonly ScorecardRow[]): JudgementRow | null {
  const byGrade = GRADES.map((grade) => ({
    grade,
    row: rows.find((row) => row.measure.id === LEADERSHIP_MEASURE[grade]),
  }));
  const present = byGrade.flatMap(({ grade, row }) => (row ? [{ grade, row }] : []));
  const first = present[0];
  if (!first) return null;
  let council: JudgementRow['council'] = null;
  for (const { grade, row } of present) {
    const observation = row.latest ?? row.laterStatus;
    if (observation) council = { grade, measure: row.measure, observation };
  }
  const spreads = first.row.comparators.map((comparator, index): JudgementSpread | null => {
    const counts: JudgementCount[] = [];
    let period: Period | null = null;
    for (const { grade, row } of byGrade) {
      const observation = row?.comparators[index]?.observation;
      if (observation?.value == null) return null;
      counts.push({ grade, count: observation.value });
      period ??= observation.period;
    }
    if (!period) return null;
    const judged = counts.reduce((sum, { count }) => sum + count, 0);
    return { kind: comparator.kind, area: comparator.area, counts, judged, period };
  });
  if (!council && spreads.every((spread) => spread === null)) return null;
  return { measures: present.map(({ row }) => row.measure), council, spreads };
}
