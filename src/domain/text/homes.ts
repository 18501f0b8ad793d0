/** Children's homes in words: the council's own homes and the settings Ofsted lists in its area. */
import type { FullInspection, InterimInspection } from '../homes/home';
import { INTERIM_OUTCOME_LABEL } from '../homes/home';
import type { HomesSummary } from '../homes/homes-summary';
import { GRADES, GRADE_LABEL, type Grade } from '../readers/ofsted/grade';
import { dateInWords } from './dates';
import { listOf } from './lists';
import { countOf } from './plural';

/** The scorecard row: "Our children's homes: 10 of 10 good or better", with new homes said beside, never counted as failing. */
export function homesHeadline(summary: HomesSummary): string {
  const notYet = summary.notInspected > 0 ? `; ${countOf(summary.notInspected, 'home')} not yet inspected` : '';
  return `Our children's homes: ${summary.goodOrBetter} of ${summary.judged} good or better at their latest full inspection${notYet}`;
}

/** "3 outstanding and 7 good", grades with no home left out; "none judged" when no home has a judgement. */
export function gradeSpreadText(counts: Readonly<Record<Grade, number>>): string {
  const parts = GRADES.filter((grade) => counts[grade] > 0).map(
    (grade) => `${counts[grade]} ${GRADE_LABEL[grade].toLowerCase()}`,
  );
  return parts.length === 0 ? 'none judged' : listOf(parts);
}

/**
 * "Interim inspections: 7 improved, 2 sustained and 1 declined in effectiveness (High Etherley, 16
 * February 2016)." Null when the table has no interim columns.
 */
export function interimText(summary: HomesSummary): string | null {
  const counts = summary.byInterimOutcome;
  if (!counts) return null;
  const parts = [
    counts.improved > 0 ? `${counts.improved} improved` : '',
    counts.sustained > 0 ? `${counts.sustained} sustained` : '',
    counts.declined > 0 ? `${counts.declined} declined` : '',
  ].filter((part) => part !== '');
  if (parts.length === 0) return 'Interim inspections: none given.';
  const named = summary.declined
    .map((home) => `${home.name}, ${home.interim ? dateInWords(home.interim.date) : ''}`)
    .join('; ');
  return `Interim inspections: ${listOf(parts)} in effectiveness${named ? ` (${named})` : ''}.`;
}

/** A full inspection in words: "Outstanding, 21 July 2015"; "Not yet inspected". */
export function fullInspectionText(full: FullInspection | null): string {
  return full ? `${GRADE_LABEL[full.grade]}, ${dateInWords(full.date)}` : 'Not yet inspected';
}

/** An interim inspection in words: "Declined in effectiveness, 16 February 2016"; "None given". */
export function interimInspectionText(interim: InterimInspection | null): string {
  return interim ? `${INTERIM_OUTCOME_LABEL[interim.outcome]}, ${dateInWords(interim.date)}` : 'None given';
}

/** The column that flags a home whose latest full inspection is over a year old, in words, never by colour alone. */
export const RECENT_INSPECTION_HEADING = 'Full inspection in the last year?';

/** "No: over a year ago" (the flag), "Yes", or "Not yet inspected". */
export function recentInspectionText(inspected: boolean, overAYear: boolean): string {
  if (!inspected) return 'Not yet inspected';
  return overAYear ? 'No: over a year ago' : 'Yes';
}

/**
 * "Latest full inspections of the 10 homes: 3 Outstanding and 7 Good." Ofsted's words for each
 * judgement, best first, with homes not yet inspected said apart.
 */
export function homesByJudgementText(summary: HomesSummary): string {
  const parts = GRADES.filter((grade) => summary.byGrade[grade] > 0).map(
    (grade) => `${summary.byGrade[grade]} ${GRADE_LABEL[grade]}`,
  );
  const judged = parts.length === 0 ? 'none judged yet' : listOf(parts);
  const notYet = summary.notInspected > 0 ? ` ${countOf(summary.notInspected, 'home')} not yet inspected.` : '';
  return `Latest full inspections of the ${countOf(summary.listed, 'home')}: ${judged}.${notYet}`;
}

/** "All 10 homes were last inspected in full over a year ago." / "2 of 10 homes …"; null when none is. */
export function overAYearSummaryText(overAYear: number, listed: number): string | null {
  if (overAYear === 0) return null;
  const which =
    overAYear === listed
      ? listed === 1
        ? 'The home was'
        : `All ${listed} homes were`
      : `${overAYear} of ${countOf(listed, 'home')} ${overAYear === 1 ? 'was' : 'were'}`;
  return `${which} last inspected in full over a year ago: Ofsted inspects each children's home in full at least once a year, so ask whether a newer judgement is due or not yet in this table.`;
}
