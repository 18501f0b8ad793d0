import type { Basis, MeasureGroup } from './figure';
import { tableSpec, type TableName } from './tables';

/** What a figure needs besides the tables: the population table for rates, the postcode lookup for distance. */
export type Requirement = TableName | 'population' | 'postcode_lookup';

/**
 * The measures the 903 engine computes, under the catalogue's ids (data/measures.csv; a test checks
 * every id is there and that `decimals` matches its decimal_places, to which figures are rounded).
 */
export interface MeasureDefinition {
  id: string;
  group: MeasureGroup;
  basis: Basis;
  decimals: number;
  needs: readonly Requirement[];
}

export const MEASURES_903: readonly MeasureDefinition[] = [
  { id: 'cla_count', group: 'looked_after', basis: 'snapshot', decimals: 0, needs: ['episodes'] },
  { id: 'cla_rate', group: 'looked_after', basis: 'snapshot', decimals: 1, needs: ['episodes', 'population'] },
  { id: 'cla_starts_rate', group: 'flows', basis: 'rolling_12_months', decimals: 1, needs: ['episodes', 'population'] },
  { id: 'cla_ceased_rate', group: 'flows', basis: 'rolling_12_months', decimals: 1, needs: ['episodes', 'population'] },
  { id: 'cla_uasc_percent', group: 'uasc', basis: 'snapshot', decimals: 1, needs: ['episodes', 'uasc'] },
  { id: 'cla_3plus_placements', group: 'stability', basis: 'rolling_12_months', decimals: 1, needs: ['episodes'] },
  {
    id: 'cla_long_term_stability',
    group: 'stability',
    basis: 'snapshot',
    decimals: 1,
    needs: ['episodes', 'header'],
  },
  {
    id: 'cla_missing_percent',
    group: 'missing',
    basis: 'rolling_12_months',
    decimals: 1,
    needs: ['episodes', 'missing'],
  },
  { id: 'cla_health_assessments', group: 'oc2', basis: 'year_end', decimals: 1, needs: ['episodes', 'oc2'] },
  { id: 'cla_dental_checks', group: 'oc2', basis: 'year_end', decimals: 1, needs: ['episodes', 'oc2'] },
  { id: 'cla_immunisations', group: 'oc2', basis: 'year_end', decimals: 1, needs: ['episodes', 'oc2'] },
  { id: 'cla_development_assessments', group: 'oc2', basis: 'year_end', decimals: 1, needs: ['episodes', 'oc2'] },
  { id: 'cla_convictions_percent', group: 'oc2', basis: 'year_end', decimals: 1, needs: ['episodes', 'oc2'] },
  { id: 'cla_substance_misuse', group: 'oc2', basis: 'year_end', decimals: 1, needs: ['episodes', 'oc2'] },
  { id: 'cla_sdq_score', group: 'oc2', basis: 'year_end', decimals: 1, needs: ['episodes', 'oc2'] },
  { id: 'care_leavers_17_18_eet', group: 'oc3', basis: 'year_to_date', decimals: 1, needs: ['oc3'] },
  { id: 'care_leavers_17_18_suitable_accommodation', group: 'oc3', basis: 'year_to_date', decimals: 1, needs: ['oc3'] },
  { id: 'care_leavers_17_18_higher_education', group: 'oc3', basis: 'year_to_date', decimals: 1, needs: ['oc3'] },
  { id: 'care_leavers_17_18_in_touch', group: 'oc3', basis: 'year_to_date', decimals: 1, needs: ['oc3'] },
  { id: 'care_leavers_19_21_eet', group: 'oc3', basis: 'year_to_date', decimals: 1, needs: ['oc3'] },
  { id: 'care_leavers_19_21_suitable_accommodation', group: 'oc3', basis: 'year_to_date', decimals: 1, needs: ['oc3'] },
  { id: 'care_leavers_19_21_higher_education', group: 'oc3', basis: 'year_to_date', decimals: 1, needs: ['oc3'] },
  { id: 'care_leavers_19_21_in_touch', group: 'oc3', basis: 'year_to_date', decimals: 1, needs: ['oc3'] },
  { id: 'cla_adopted_percent', group: 'adoption', basis: 'rolling_12_months', decimals: 1, needs: ['episodes'] },
  { id: 'adoption_a1_days', group: 'adoption', basis: 'rolling_36_months', decimals: 0, needs: ['episodes'] },
  { id: 'adoption_a2_days', group: 'adoption', basis: 'rolling_36_months', decimals: 0, needs: ['episodes', 'ad1'] },
  { id: 'adoption_a1_days_one_year', group: 'adoption', basis: 'rolling_12_months', decimals: 0, needs: ['episodes'] },
  {
    id: 'adoption_a2_days_one_year',
    group: 'adoption',
    basis: 'rolling_12_months',
    decimals: 0,
    needs: ['episodes', 'ad1'],
  },
  { id: 'cla_placed_for_adoption_count', group: 'looked_after', basis: 'snapshot', decimals: 0, needs: ['episodes'] },
  {
    id: 'cla_placed_over_20_miles',
    group: 'distance',
    basis: 'snapshot',
    decimals: 1,
    needs: ['episodes', 'postcode_lookup'],
  },
];

/** The breakdowns the engine gives (figures per category; see domain/breakdowns/breakdown-figure.ts). */
export interface BreakdownDefinition {
  id: string;
  group: MeasureGroup;
  needs: readonly Requirement[];
}

export const BREAKDOWNS_903: readonly BreakdownDefinition[] = [
  { id: 'cla_placement_mix', group: 'placements', needs: ['episodes'] },
  { id: 'cla_placement_provider', group: 'placements', needs: ['episodes'] },
  { id: 'cla_age_and_time_in_care', group: 'looked_after', needs: ['episodes', 'header'] },
  { id: 'cla_legal_status', group: 'looked_after', needs: ['episodes'] },
  { id: 'cla_placement_distance', group: 'distance', needs: ['episodes', 'postcode_lookup'] },
];

const BY_ID = new Map(MEASURES_903.map((definition) => [definition.id, definition]));

export function measureDefinition(id: string): MeasureDefinition | undefined {
  return BY_ID.get(id);
}

/** Whether a figure can be computed from what was given, and if not what to add. */
export interface Availability {
  id: string;
  kind: 'measure' | 'breakdown';
  computable: boolean;
  missing: readonly Requirement[];
  /** Plain words: empty when computable. */
  reason: string;
}

function requirementText(requirement: Requirement): string {
  if (requirement === 'population') return "the population of the council's area (ONS mid-year estimates)";
  if (requirement === 'postcode_lookup') return 'a postcode lookup file (postcode,easting,northing)';
  const spec = tableSpec(requirement);
  return `the ${spec.title} table (${spec.usualFileName}: ${spec.purpose})`;
}

/**
 * For the tables given (and whether the population and a postcode lookup are at hand), which
 * measures and breakdowns can be computed and, for the rest, what is missing, so the page can say
 * "add the Missing table to see the percentage who went missing".
 */
export function figureAvailability(present: ReadonlySet<Requirement>): Availability[] {
  const check = (id: string, kind: Availability['kind'], needs: readonly Requirement[]): Availability => {
    const missing = needs.filter((requirement) => !present.has(requirement));
    return {
      id,
      kind,
      computable: missing.length === 0,
      missing,
      reason: missing.length === 0 ? '' : `Needs ${missing.map(requirementText).join(' and ')}.`,
    };
  };
  return [
    ...MEASURES_903.map((definition) => check(definition.id, 'measure', definition.needs)),
    ...BREAKDOWNS_903.map((definition) => check(definition.id, 'breakdown', definition.needs)),
  ];
}
