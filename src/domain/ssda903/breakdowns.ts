import type { BreakdownCategory } from '../breakdowns/breakdown-figure';
import type { LookedAfter } from './cla-at-date';
import { completedYears, type Day } from './days';
import { children } from '../text/return903';

/** The counts of one breakdown at a date, before they are labelled with an area and a period. */
export interface BreakdownCounts {
  breakdownId: string;
  total: number;
  cells: {
    categories: readonly [BreakdownCategory] | readonly [BreakdownCategory, BreakdownCategory];
    count: number;
  }[];
  notes: string[];
}

interface Group {
  key: string;
  label: string;
}

/** SPEC N16: the panel's placement groups, in the order the mix is shown. */
export const PLACEMENT_GROUPS: readonly Group[] = [
  { key: 'foster_relative_friend', label: 'Foster care with relatives or friends' },
  { key: 'foster_other_in_house', label: "Foster care with the council's own carers" },
  { key: 'foster_other_agency', label: 'Foster care through an agency (private or voluntary)' },
  { key: 'foster_other_other_provider', label: 'Foster care, other or unrecorded provider' },
  { key: 'placed_for_adoption', label: 'Placed for adoption' },
  { key: 'placed_with_parents', label: 'Placed with parents' },
  { key: 'childrens_homes', label: "Children's homes" },
  { key: 'secure_childrens_homes', label: "Secure children's homes" },
  { key: 'independent_semi_independent_supported', label: 'Independent, semi-independent or supported accommodation' },
  { key: 'residential_schools', label: 'Residential schools' },
  { key: 'nhs_health', label: 'NHS or health setting' },
  { key: 'yoi_prison', label: 'Young offender institution or prison' },
  { key: 'other_residential', label: 'Other residential settings' },
  { key: 'temporary', label: 'Temporary placements' },
  { key: 'other_placements', label: 'Other placements' },
  { key: 'unknown_code', label: 'Placement code not recognised' },
];

const FOSTER_RELATIVE = new Set(['U1', 'U2', 'U3']);
const FOSTER_OTHER = new Set(['U4', 'U5', 'U6']);
const GROUP_OF_PLACE: ReadonlyMap<string, string> = new Map([
  ...['A3', 'A4', 'A5', 'A6'].map((code): [string, string] => [code, 'placed_for_adoption']),
  ['P1', 'placed_with_parents'],
  ['K2', 'childrens_homes'],
  ['K1', 'secure_childrens_homes'],
  ...['P2', 'H5', 'K3'].map((code): [string, string] => [code, 'independent_semi_independent_supported']),
  ['S1', 'residential_schools'],
  ['R2', 'nhs_health'],
  ['R5', 'yoi_prison'],
  ...['R1', 'R3', 'P3'].map((code): [string, string] => [code, 'other_residential']),
  ...['T0', 'T1', 'T2', 'T3', 'T4'].map((code): [string, string] => [code, 'temporary']),
  ...['Z1', 'Z11', 'Z12', 'Z13', 'Z14'].map((code): [string, string] => [code, 'other_placements']),
]);

/** The N16 group of a placement and its provider (the provider splits only unrelated foster care). */
export function placementGroup(place: string, provider: string): string {
  if (FOSTER_RELATIVE.has(place)) return 'foster_relative_friend';
  if (FOSTER_OTHER.has(place)) {
    if (provider === 'PR1') return 'foster_other_in_house';
    if (provider === 'PR4' || provider === 'PR5') return 'foster_other_agency';
    return 'foster_other_other_provider';
  }
  return GROUP_OF_PLACE.get(place) ?? 'unknown_code';
}

/** DfE's top placement categories (SPEC N16's third column), for the provider breakdown. */
export const PLACEMENT_CATEGORIES: readonly Group[] = [
  { key: 'foster', label: 'Foster care' },
  { key: 'placed_for_adoption', label: 'Placed for adoption' },
  { key: 'placed_with_parents', label: 'Placed with parents' },
  { key: 'secure_and_childrens_homes', label: "Secure units and children's homes" },
  { key: 'independent_semi_independent_supported', label: 'Independent, semi-independent or supported accommodation' },
  { key: 'residential_schools', label: 'Residential schools' },
  { key: 'other_residential', label: 'Other residential settings' },
  { key: 'temporary', label: 'Temporary placements' },
  { key: 'other_placements', label: 'Other placements' },
  { key: 'unknown_code', label: 'Placement code not recognised' },
];

const CATEGORY_OF_GROUP: Readonly<Record<string, string>> = {
  foster_relative_friend: 'foster',
  foster_other_in_house: 'foster',
  foster_other_agency: 'foster',
  foster_other_other_provider: 'foster',
  placed_for_adoption: 'placed_for_adoption',
  placed_with_parents: 'placed_with_parents',
  childrens_homes: 'secure_and_childrens_homes',
  secure_childrens_homes: 'secure_and_childrens_homes',
  independent_semi_independent_supported: 'independent_semi_independent_supported',
  residential_schools: 'residential_schools',
  nhs_health: 'other_residential',
  yoi_prison: 'other_residential',
  other_residential: 'other_residential',
  temporary: 'temporary',
  other_placements: 'other_placements',
  unknown_code: 'unknown_code',
};

/** Who provides the placement (SPEC §2.5), with in-house against agency as the panel asks. */
export const PROVIDERS: readonly Group[] = [
  { key: 'in_house', label: "The council's own provision" },
  { key: 'agency', label: 'Private or voluntary (agency)' },
  { key: 'other_la', label: "Another council's provision" },
  { key: 'other_public', label: 'Other public provision' },
  { key: 'parents', label: 'Parents or person with parental responsibility' },
  { key: 'not_recorded', label: 'No provider recorded' },
];

export function providerClass(provider: string): string {
  switch (provider) {
    case 'PR1':
      return 'in_house';
    case 'PR4':
    case 'PR5':
      return 'agency';
    case 'PR2':
      return 'other_la';
    case 'PR3':
      return 'other_public';
    case 'PR0':
      return 'parents';
    default:
      return 'not_recorded';
  }
}

/** SPEC N7's age bands, at the date (completed years). */
export const AGE_BANDS: readonly (Group & { from: number; to: number })[] = [
  { key: 'under_1', label: 'Under 1', from: 0, to: 0 },
  { key: '1_to_4', label: '1 to 4', from: 1, to: 4 },
  { key: '5_to_9', label: '5 to 9', from: 5, to: 9 },
  { key: '10_to_15', label: '10 to 15', from: 10, to: 15 },
  { key: '16_and_over', label: '16 and over', from: 16, to: Number.POSITIVE_INFINITY },
];
const UNKNOWN_AGE: Group = { key: 'unknown', label: 'Date of birth not known' };

/** SPEC N7's bands of time in the current period of care, in completed years. */
export const TIME_IN_CARE_BANDS: readonly (Group & { from: number; to: number })[] = [
  { key: 'under_1_year', label: 'Under 1 year', from: 0, to: 0 },
  { key: '1_to_2_years', label: '1 year to under 2', from: 1, to: 1 },
  { key: '2_to_5_years', label: '2 years to under 5', from: 2, to: 4 },
  { key: '5_years_and_over', label: '5 years or more', from: 5, to: Number.POSITIVE_INFINITY },
];

/** SPEC §2.2's legal statuses, in the order shown; short breaks (V3, V4) are never among the children counted. */
export const LEGAL_STATUSES: readonly Group[] = [
  { key: 'C1', label: 'Interim care order' },
  { key: 'C2', label: 'Full care order' },
  { key: 'E1', label: 'Placement order' },
  { key: 'D1', label: 'Freeing order' },
  { key: 'V2', label: 'Accommodated under section 20' },
  { key: 'L1', label: 'Police protection' },
  { key: 'L2', label: 'Emergency protection order' },
  { key: 'L3', label: 'Child assessment order' },
  { key: 'J1', label: 'Remanded to local authority or youth detention accommodation' },
  { key: 'J2', label: 'Transferred under PACE 1984' },
  { key: 'J3', label: 'Youth rehabilitation order with residence or fostering requirement' },
  { key: 'other', label: 'Legal status code not recognised' },
];
const KNOWN_LEGAL = new Set(LEGAL_STATUSES.map(({ key }) => key));

function category(dimension: string, group: Group): BreakdownCategory {
  return { dimension, key: group.key, label: group.label };
}

function oneDimension(
  breakdownId: string,
  dimension: string,
  groups: readonly Group[],
  keys: readonly string[],
  keepEmpty: (key: string) => boolean,
  notes: string[] = [],
): BreakdownCounts {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return {
    breakdownId,
    total: keys.length,
    cells: groups
      .filter((group) => (counts.get(group.key) ?? 0) > 0 || keepEmpty(group.key))
      .map((group) => ({ categories: [category(dimension, group)] as const, count: counts.get(group.key) ?? 0 })),
    notes,
  };
}

/** Children looked after at the date by placement group, with DfE's K3 caveat (SPEC N16). */
export function placementMix(cohort: readonly LookedAfter[], day: Day): BreakdownCounts {
  const keys = cohort.map(({ episode }) => placementGroup(episode.place, episode.provider));
  const k3UnderSixteen = cohort.filter(
    ({ child, episode }) => episode.place === 'K3' && child.dob !== null && completedYears(child.dob, day) < 16,
  ).length;
  const notes =
    k3UnderSixteen > 0
      ? [
          `${children(k3UnderSixteen)} under 16 in registered supported accommodation (K3), which DfE counts under other placements.`,
        ]
      : [];
  return oneDimension(
    'cla_placement_mix',
    'placement_type',
    PLACEMENT_GROUPS,
    keys,
    (key) => key !== 'unknown_code',
    notes,
  );
}

/** Children looked after at the date by DfE placement category × provider. */
export function placementProvider(cohort: readonly LookedAfter[]): BreakdownCounts {
  const counts = new Map<string, number>();
  for (const { episode } of cohort) {
    const key = `${CATEGORY_OF_GROUP[placementGroup(episode.place, episode.provider)] ?? 'unknown_code'}|${providerClass(episode.provider)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const cells: BreakdownCounts['cells'] = [];
  for (const placement of PLACEMENT_CATEGORIES) {
    for (const provider of PROVIDERS) {
      const count = counts.get(`${placement.key}|${provider.key}`) ?? 0;
      if (count > 0) {
        cells.push({ categories: [category('placement_type', placement), category('provider', provider)], count });
      }
    }
  }
  return { breakdownId: 'cla_placement_provider', total: cohort.length, cells, notes: [] };
}

function bandOf<T extends { from: number; to: number }>(bands: readonly T[], value: number): T | undefined {
  return bands.find((band) => value >= band.from && value <= band.to);
}

/** SPEC N7: children looked after at the date by age band × time in their current period of care. */
export function ageByTimeInCare(cohort: readonly LookedAfter[], day: Day): BreakdownCounts {
  const counts = new Map<string, number>();
  let startNotSeen = 0;
  for (const { child, period } of cohort) {
    const age = child.dob === null ? null : completedYears(child.dob, day);
    const ageBand = (age === null || age < 0 ? undefined : bandOf(AGE_BANDS, age)) ?? UNKNOWN_AGE;
    const timeBand = bandOf(TIME_IN_CARE_BANDS, completedYears(period.start, day));
    if (child.episodes[period.first]?.rne !== 'S') startNotSeen += 1;
    const key = `${ageBand.key}|${timeBand?.key ?? ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const cells: BreakdownCounts['cells'] = [];
  const ageBands: Group[] = [...AGE_BANDS];
  if ([...counts.keys()].some((key) => key.startsWith(`${UNKNOWN_AGE.key}|`))) ageBands.push(UNKNOWN_AGE);
  for (const ageBand of ageBands) {
    for (const timeBand of TIME_IN_CARE_BANDS) {
      cells.push({
        categories: [category('age_band', ageBand), category('time_in_care', timeBand)],
        count: counts.get(`${ageBand.key}|${timeBand.key}`) ?? 0,
      });
    }
  }
  const notes =
    startNotSeen > 0
      ? [
          `For ${children(startNotSeen)} the files do not reach the start of the period of care; time in care counts from the earliest episode given.`,
        ]
      : [];
  return { breakdownId: 'cla_age_and_time_in_care', total: cohort.length, cells, notes };
}

/** Children looked after at the date by legal status. */
export function legalStatus(cohort: readonly LookedAfter[]): BreakdownCounts {
  const keys = cohort.map(({ episode }) => (KNOWN_LEGAL.has(episode.ls) ? episode.ls : 'other'));
  return oneDimension('cla_legal_status', 'legal_status', LEGAL_STATUSES, keys, (key) => key !== 'other');
}
