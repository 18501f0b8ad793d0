import type { AsAt } from './as-at';
import { addYears, completedYears, parseUkDate, type Day } from './days';
import { noFigure, percentFigure, type MeasureFigure } from './figure';
import type { Return903, Row903 } from './read-tables';
import { children } from '../text/return903';

/** SPEC §2.8: the activities DfE counts as education, employment or training, and higher education among them. */
const EET: ReadonlySet<string> = new Set(['F1', 'P1', 'F2', 'P2', 'F3', 'P3', 'F4', 'P4', 'F5', 'P5']);
const HIGHER_EDUCATION: ReadonlySet<string> = new Set(['F1', 'P1']);
/** Not counted at all: died since leaving care, or returned home for 6 months or more (SPEC N14). */
const OUT_OF_SCOPE_CONTACT: ReadonlySet<string> = new Set(['DIED', 'RHOM']);
/** Gone abroad, deported, residence not known: left out of the suitability percentage only. */
const NO_SUITABILITY: ReadonlySet<string> = new Set(['G', 'H', 'R']);

export const OC3_BANDS = [
  { key: '17_18', from: 17, to: 18 },
  { key: '19_21', from: 19, to: 21 },
] as const;

export function oc3ByYear(ret: Return903): Map<number, Row903[]> {
  const byYear = new Map<number, Row903[]>();
  for (const row of ret.tables.oc3?.rows ?? []) {
    if (row.year === null) continue;
    let rows = byYear.get(row.year);
    if (!rows) {
      rows = [];
      byYear.set(row.year, rows);
    }
    rows.push(row);
  }
  return byYear;
}

interface InScope {
  id: string;
  age: number;
  row: Row903;
}

/**
 * SPEC N14 with §4's year-to-date rule: care leavers whose 17th to 21st birthday fell between
 * 1 April and the date (at 31 March, the whole year), by their age at that birthday. Ages use the
 * OC3 record's own DOB, or the Header's when it is not a date.
 */
export function oc3InScope(rows: readonly Row903[], asAt: AsAt, headerDob: ReadonlyMap<string, Day>): InScope[] {
  const inScope: InScope[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const id = row.cells.CHILD ?? '';
    if (id === '' || seen.has(id)) continue;
    const dob = parseUkDate(row.cells.DOB ?? '') ?? headerDob.get(id) ?? null;
    if (dob === null) continue;
    const age = completedYears(dob, asAt.day);
    if (age < 17 || age > 21 || addYears(dob, age) < asAt.yearToDate.from) continue;
    seen.add(id);
    inScope.push({ id, age, row });
  }
  return inScope;
}

export function oc3Figures(
  byYear: ReadonlyMap<number, readonly Row903[]>,
  asAt: AsAt,
  headerDob: ReadonlyMap<string, Day>,
): MeasureFigure[] {
  const rows = byYear.get(asAt.collectionYear);
  const ids = OC3_BANDS.flatMap(({ key }) =>
    ['eet', 'suitable_accommodation', 'higher_education', 'in_touch'].map((name) => `care_leavers_${key}_${name}`),
  );
  if (!rows) {
    const years = [...byYear.keys()].sort((a, b) => a - b);
    return ids.map((id) =>
      noFigure(id, 'not_available', [
        `No OC3 table for the year ending 31/03/${asAt.collectionYear}${years.length > 0 ? ` (the files give OC3 for the year${years.length === 1 ? '' : 's'} ending 31 March ${years.join(', ')})` : ''}.`,
      ]),
    );
  }
  const inScope = oc3InScope(rows, asAt, headerDob);
  const figures: MeasureFigure[] = [];
  for (const band of OC3_BANDS) {
    const ofBand = inScope.filter(({ age }) => age >= band.from && age <= band.to);
    const counted = ofBand.filter(({ row }) => !OUT_OF_SCOPE_CONTACT.has(row.cells.IN_TOUCH ?? ''));
    const excluded = ofBand.length - counted.length;
    const notes =
      excluded > 0 ? [`${children(excluded)} who died or returned home for 6 months or more left out.`] : [];
    const countedIds = counted.map(({ id }) => id);
    const activity = (codes: ReadonlySet<string>) =>
      counted.filter(({ row }) => codes.has(row.cells.ACTIV ?? '')).length;
    const withSuitability = counted.filter(({ row }) => !NO_SUITABILITY.has((row.cells.ACCOM ?? '').slice(0, 1)));
    const suitable = withSuitability.filter(({ row }) => (row.cells.ACCOM ?? '').slice(1) === '1').length;
    const noSuitability = counted.length - withSuitability.length;
    figures.push(
      percentFigure(`care_leavers_${band.key}_eet`, activity(EET), counted.length, countedIds, notes),
      percentFigure(
        `care_leavers_${band.key}_suitable_accommodation`,
        suitable,
        withSuitability.length,
        withSuitability.map(({ id }) => id),
        noSuitability > 0
          ? [...notes, `${children(noSuitability)} abroad, deported or with residence not known left out.`]
          : notes,
      ),
      percentFigure(
        `care_leavers_${band.key}_higher_education`,
        activity(HIGHER_EDUCATION),
        counted.length,
        countedIds,
        notes,
      ),
      percentFigure(
        `care_leavers_${band.key}_in_touch`,
        counted.filter(({ row }) => row.cells.IN_TOUCH === 'YES').length,
        counted.length,
        countedIds,
        notes,
      ),
    );
  }
  return figures;
}
