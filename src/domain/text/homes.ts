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
