import type { AsAt } from './as-at';
import type { LookedAfter } from './cla-at-date';
import { completedYears, parseUkDate, type Day } from './days';
import { averageFigure, noFigure, percentFigure, type MeasureFigure } from './figure';
import type { Return903, Row903 } from './read-tables';
import { children } from '../text/return903';
import { grouped } from '../text/figures';

export const OC2_MEASURES = [
  'cla_health_assessments',
  'cla_dental_checks',
  'cla_immunisations',
  'cla_development_assessments',
  'cla_convictions_percent',
  'cla_substance_misuse',
  'cla_sdq_score',
] as const;

/** OC2 records by collection year (closing year) and child; the first record of a child in a year is used. */
export function oc2ByYear(ret: Return903): Map<number, Map<string, Row903>> {
  const byYear = new Map<number, Map<string, Row903>>();
  for (const row of ret.tables.oc2?.rows ?? []) {
    const child = row.cells.CHILD ?? '';
    if (row.year === null || child === '') continue;
    let year = byYear.get(row.year);
    if (!year) {
      year = new Map();
      byYear.set(row.year, year);
    }
    if (!year.has(child)) year.set(child, row);
  }
  return byYear;
}

/** SPEC N13's cohort: looked after at 31 March, in the current period since 1 April of the year or before. */
export function oc2Cohort(cohort: readonly LookedAfter[], asAt: AsAt): LookedAfter[] {
  return cohort.filter(({ period }) => period.start <= asAt.rolling12.from);
}

const SDQ_SCORE = /^\d{1,2}$/;

/** A valid SDQ total (0–40), or null. */
export function sdqScore(text: string): number | null {
  if (!SDQ_SCORE.test(text)) return null;
  const score = Number(text);
  return score <= 40 ? score : null;
}

interface AgedChild {
  id: string;
  age: number | null;
  row: Row903 | undefined;
}

/**
 * SPEC N13 (§3.10): the OC2 health and wellbeing figures for children looked after continuously for
 * 12 months at 31 March. A cohort child with no OC2 record, or a blank flag, counts in the
 * denominator only. Ages are at 31 March, from the Header (or, failing it, the OC2 record's DOB).
 * OC2 describes the year to 31 March, so at any other date the figures are reported annually.
 */
export function oc2Figures(
  cohort: readonly LookedAfter[],
  asAt: AsAt,
  byYear: ReadonlyMap<number, ReadonlyMap<string, Row903>>,
): MeasureFigure[] {
  if (!asAt.isYearEnd) {
    return OC2_MEASURES.map((id) =>
      noFigure(id, 'reported_annually', [
        'OC2 health and wellbeing items cover the year to 31 March; choose 31 March to see them.',
      ]),
    );
  }
  const rows = byYear.get(asAt.collectionYear);
  if (!rows) {
    const years = [...byYear.keys()].sort((a, b) => a - b);
    return OC2_MEASURES.map((id) =>
      noFigure(id, 'not_available', [
        `No OC2 table for the year ending 31/03/${asAt.collectionYear}${years.length > 0 ? ` (the files give OC2 for the year${years.length === 1 ? '' : 's'} ending 31 March ${years.join(', ')})` : ''}.`,
      ]),
    );
  }
  const day: Day = asAt.day;
  const aged: AgedChild[] = oc2Cohort(cohort, asAt).map(({ child }) => {
    const row = rows.get(child.id);
    const dob = child.dob ?? parseUkDate(row?.cells.DOB ?? '');
    return { id: child.id, age: dob === null ? null : completedYears(dob, day), row };
  });
  const noAge = aged.filter((child) => child.age === null).length;
  const ageNote = noAge > 0 ? [`${children(noAge)} with no readable date of birth left out.`] : [];
  const flagged = (flag: string, group: readonly AgedChild[], id: string, notes: string[] = []) =>
    percentFigure(
      id,
      group.filter((child) => child.row?.cells[flag] === '1').length,
      group.length,
      group.map((child) => child.id),
      notes,
    );
  const underFive = aged.filter((child) => child.age !== null && child.age < 5);
  const tenPlus = aged.filter((child) => child.age !== null && child.age >= 10);
  const fiveToSixteen = aged.filter((child) => child.age !== null && child.age >= 5 && child.age <= 16);
  const scores: number[] = [];
  const scored: string[] = [];
  for (const child of fiveToSixteen) {
    const score = sdqScore(child.row?.cells.SDQ_SCORE ?? '');
    if (score === null) continue;
    scores.push(score);
    scored.push(child.id);
  }
  const sdq = averageFigure('cla_sdq_score', scores, scored, [
    `${children(scores.length)} of the ${grouped(fiveToSixteen.length)} aged 5 to 16 had a score.`,
    ...ageNote,
  ]);
  return [
    flagged('HEALTH_ASSESSMENT', aged, 'cla_health_assessments'),
    flagged('TEETH_CHECK', aged, 'cla_dental_checks'),
    flagged('IMMUNISATIONS', aged, 'cla_immunisations'),
    flagged('HEALTH_CHECK', underFive, 'cla_development_assessments', [
      'Children aged under 5 at 31 March.',
      ...ageNote,
    ]),
    flagged('CONVICTED', tenPlus, 'cla_convictions_percent', ['Children aged 10 or over at 31 March.', ...ageNote]),
    flagged('SUBSTANCE_MISUSE', aged, 'cla_substance_misuse'),
    sdq,
  ];
}
