/**
 * Ofsted's settings in an area in words (the inspections page's "Children's homes and other
 * settings" and `scorecard homes`): apart from the council's own homes' words (text/homes.ts), so a
 * page that only names the homes does not load the provider sheet's reader with them.
 */
import { goodOrBetterOf, type ProvisionRow, type SettingCount } from '../homes/provision';
import { dateInWords } from './dates';
import { listOf } from './lists';
import { countOf } from './plural';
import { grouped } from './figures';

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
  return count === 1 ? `1 ${provisionType.toLowerCase()}` : `${grouped(count)} ${plural}`;
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
