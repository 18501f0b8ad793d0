import type { AreaDirectory } from '../../areas/area-directory';
import type { Observation } from '../../observations/observation';
import { financialYearOf, parsePeriod, type Period } from '../../periods/period';
import { dateInWords, monthNumberOf } from '../../text/dates';
import { append } from '../../lists/append';
import type { ParseResult, Problem, SourceRows } from '../result';
import { GRADE_LABEL, GRADES, type Grade } from './grade';
import { readCurrentJudgements } from './inspections';
import { LEADERSHIP_MEASURE } from './leadership-measures';

/*
 * The National Framework's enabler "Leaders drive conditions for effective practice" counts councils
 * by Ofsted's judgement of "the impact of leaders on social work practice with children and
 * families" (DfE's dashboard: metrics 59 to 62). Here each judgement is a measure: England's and each
 * region's figure is how many of their councils Ofsted last judged so, and a council's row says, in
 * words, which judgement it had, with no number of its own (one council is not a count of councils).
 * The figures are reference figures (Dataset.reference): the loader keeps them apart from the data's own.
 */

const OFSTED_PUBLISHER = 'Ofsted';
const ENGLAND = 'E92000001';

/** "31 March 2025", the sheet's title's day, as the financial year it ends (2024/25). */
function periodOf(asAt: string | null): Period | null {
  const match = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(asAt?.trim() ?? '');
  const month = match ? monthNumberOf(match[2] ?? '') : null;
  if (!match || month === null) return null;
  const day = `${match[3]}-${String(month).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
  const parsed = parsePeriod(day);
  return parsed.ok ? financialYearOf(parsed.period) : null;
}

/**
 * The four leadership counts from Ofsted's "Inspections as at 31 March" sheet, for the financial
 * year its day ends: England's and each region's (our regions, areas.csv) count of councils, and
 * each council's judgement: "not applicable" (it is not a count) under the measure of its judgement
 * alone, so which judgement it had is the measure (judgementOf), and in words as the note. A council
 * not yet inspected, or set aside by the reader (no longer a council), gives none.
 */
export function leadershipFigures(source: SourceRows, areas: AreaDirectory): ParseResult<Observation[]> {
  const sheet = readCurrentJudgements(source, areas);
  const problems: Problem[] = [...sheet.problems];
  const period = periodOf(sheet.value.asAt);
  if (!period) {
    if (sheet.value.inspections.length > 0)
      problems.push({
        severity: 'error',
        rule: 'invalid_period',
        row: 1,
        message: `${source.fileName}: the title does not say which day the judgements are "as at" (such as "as at 31 March 2025"), so the leadership counts have no period. Keep Ofsted's title row.`,
      });
    return { value: [], problems };
  }
  const counts = new Map<string, Map<Grade, number>>();
  const add = (code: string, grade: Grade) => {
    const byGrade = counts.get(code) ?? new Map<Grade, number>();
    byGrade.set(grade, (byGrade.get(grade) ?? 0) + 1);
    counts.set(code, byGrade);
  };
  const observations: Observation[] = [];
  for (const inspection of sheet.value.inspections) {
    const leaders = inspection.judgements.leaders;
    if (leaders.kind !== 'graded') continue;
    add(ENGLAND, leaders.grade);
    add(inspection.regionCode, leaders.grade);
    observations.push({
      measureId: LEADERSHIP_MEASURE[leaders.grade],
      areaCode: inspection.areaCode,
      period,
      value: null,
      numerator: null,
      denominator: null,
      status: 'not_applicable',
      note: `Ofsted judged the impact of ${inspection.areaName}’s leaders on social work practice ${GRADE_LABEL[leaders.grade]} (inspection of ${dateInWords(inspection.date)}).`,
      source: { file: source.fileName, row: inspection.source.row, publisher: OFSTED_PUBLISHER },
    });
  }
  const totals: Observation[] = [];
  for (const [code, byGrade] of counts) {
    const judged = [...byGrade.values()].reduce((sum, count) => sum + count, 0);
    for (const grade of GRADES) {
      totals.push({
        measureId: LEADERSHIP_MEASURE[grade],
        areaCode: code,
        period,
        value: byGrade.get(grade) ?? 0,
        numerator: null,
        denominator: null,
        status: 'final',
        note: `Of the ${judged} councils Ofsted had judged.`,
        source: { file: source.fileName, row: 1, publisher: OFSTED_PUBLISHER },
      });
    }
  }
  append(observations, totals);
  return { value: observations, problems };
}
