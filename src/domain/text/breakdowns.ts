/**
 * Breakdowns in words: the name of each breakdown the 903 engine gives and of each of its
 * dimensions, for tables and downloads. Categories carry their own labels (BreakdownCategory).
 */
const BREAKDOWN_NAMES: Readonly<Record<string, string>> = {
  cla_placement_mix: 'Placement mix',
  cla_placement_provider: 'Placements by who provides them',
  cla_age_and_time_in_care: 'Age and length of time in care',
  cla_legal_status: 'Legal status',
  cla_placement_distance: 'Distance of the placement from home',
};

const DIMENSION_NAMES: Readonly<Record<string, string>> = {
  placement_type: 'Placement',
  provider: 'Provider',
  age_band: 'Age',
  time_in_care: 'Time in care',
  legal_status: 'Legal status',
  distance: 'Distance from home',
};

/** "Placement mix"; an id with no name of its own is shown as it is, never dropped. */
export function breakdownName(breakdownId: string): string {
  return BREAKDOWN_NAMES[breakdownId] ?? breakdownId;
}

/** "Time in care" for `time_in_care`; an unknown dimension is written with spaces for its underscores. */
export function dimensionName(dimension: string): string {
  return DIMENSION_NAMES[dimension] ?? dimension.replaceAll('_', ' ');
}
