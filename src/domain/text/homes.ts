/** Children's homes in words: the council's own homes and the settings Ofsted lists in its area. */
import type { FullInspection, InterimInspection } from '../homes/home';
import { INTERIM_OUTCOME_LABEL } from '../homes/home';
import type { HomesSummary } from '../homes/homes-summary';
import { goodOrBetterOf, type ProvisionRow, type SettingCount } from '../homes/provision';
import { GRADES, GRADE_LABEL, type Grade } from '../readers/ofsted/inspections';
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

/** Ofsted's sector in plain words: "local authority", "private", "voluntary". */
export function sectorName(sector: string): string {
  return sector.toLowerCase();
}

/** Ofsted's provision types as plural nouns, for "44 children's homes". */
const PROVISION_PLURAL: Readonly<Record<string, string>> = {
  "Children's home": "children's homes",
  "Residential special school (registered as a children's home)":
    "residential special schools registered as children's homes",
  "Secure children's home": "secure children's homes",
  'Independent Fostering Agency': 'independent fostering agencies',
  'Voluntary Adoption Agency': 'voluntary adoption agencies',
  'Residential Special School': 'residential special schools',
  'Boarding School': 'boarding schools',
  'Residential Family Centre': 'residential family centres',
  'Adoption Support Agency': 'adoption support agencies',
  'Further Education College with Residential Accommodation':
    'further education colleges with residential accommodation',
  'Residential Holiday Scheme for Disabled Children': 'residential holiday schemes for disabled children',
  'Secure Training Centre': 'secure training centres',
};

/** "44 children's homes"; a type Ofsted adds later reads "3 settings of type Supported accommodation". */
export function settingsText(provisionType: string, count: number): string {
  const plural = PROVISION_PLURAL[provisionType];
  if (plural === undefined) return `${countOf(count, 'setting')} of type ${provisionType}`;
  // The singular is Ofsted's own type, which starts with a capital ("Children's home").
  return count === 1 ? `1 ${provisionType.toLowerCase()}` : `${count.toLocaleString('en-GB')} ${plural}`;
}

function placesText(count: SettingCount): string {
  return count.places === null ? '' : ` with ${countOf(count.places, 'place')}`;
}

/** "44 children's homes with 190 places: 10 local authority (41 places), 32 private (139 places), 2 voluntary (10 places)". */
export function provisionText(row: ProvisionRow): string {
  const sectors = row.bySector.map(
    (sector) =>
      `${sector.settings} ${sectorName(sector.sector)}${sector.places === null ? '' : ` (${countOf(sector.places, 'place')})`}`,
  );
  return `${settingsText(row.provisionType, row.settings)}${placesText(row)}: ${sectors.join(', ')}`;
}

/** "40 of 42 judged good or better (95%)"; "none judged yet". */
export function goodOrBetterText(row: ProvisionRow): string {
  const { good, judged } = goodOrBetterOf(row);
  if (judged === 0) return 'none judged yet';
  return `${good} of ${judged} judged good or better (${goodOrBetterShare(row)})`;
}

/** "Ofsted's list of settings at 31 March 2023", or says the file gives no day. */
export function providersAsAtText(asAt: string | null): string {
  return asAt
    ? `Ofsted's list of settings at ${dateInWords(asAt)}`
    : "Ofsted's list of settings (the file does not say its date)";
}

/** A provision type as a heading: "Children's homes", "Independent fostering agencies". */
export function settingsHeading(provisionType: string): string {
  const plural = PROVISION_PLURAL[provisionType];
  return plural === undefined ? provisionType : `${plural.charAt(0).toUpperCase()}${plural.slice(1)}`;
}

/** "95%" good or better of those judged; "-" when none is judged, never 0%. */
export function goodOrBetterShare(row: ProvisionRow): string {
  const { good, judged } = goodOrBetterOf(row);
  return judged === 0 ? '-' : `${Math.round((good / judged) * 100)}%`;
}

/** The lines under each provision type in a table of the settings of an area. */
export const PROVISION_LINE = {
  places: 'places',
  notJudged: 'no full inspection judgement yet',
  goodOrBetter: 'good or better, of those judged',
} as const;

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

/**
 * "In County Durham, 37 of 42 children's homes judged are good or better (88%); the North East 82%,
 * England 80%." Null when the council has no children's home judged.
 */
export function provisionGoodOrBetterSentence(
  provisionType: string,
  own: { name: string; row: ProvisionRow | undefined },
  others: readonly { name: string; row: ProvisionRow | undefined }[],
): string | null {
  if (!own.row) return null;
  const { good, judged } = goodOrBetterOf(own.row);
  if (judged === 0) return null;
  const beside = others
    .filter((other) => other.row && goodOrBetterOf(other.row).judged > 0)
    .map((other) => `${other.name} ${other.row ? goodOrBetterShare(other.row) : ''}`);
  const besideText = beside.length > 0 ? `, against ${listOf(beside)}` : '';
  return `In ${own.name}, ${good} of the ${judged} ${settingsHeading(provisionType).toLowerCase()} judged are good or better (${goodOrBetterShare(own.row)})${besideText}.`;
}
