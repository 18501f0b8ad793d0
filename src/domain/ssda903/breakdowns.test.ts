import { describe, expect, it } from 'vitest';
import { day, episode, header, return903, table903 } from '../../../test/ssda903/builders';
import {
  ageByTimeInCare,
  legalStatus,
  placementGroup,
  placementMix,
  placementProvider,
  type BreakdownCounts,
} from './breakdowns';
import { lookedAfterAt } from './cla-at-date';
import { buildCareIndex } from './episodes';

function nonZero(counts: BreakdownCounts): string[] {
  return counts.cells
    .filter((cell) => cell.count > 0)
    .map((cell) => `${cell.categories.map((category) => category.key).join(' × ')}: ${cell.count}`);
}

describe('placement groups (SPEC N16)', () => {
  it.each([
    ['U1', 'PR1', 'foster_relative_friend'],
    ['U4', 'PR1', 'foster_other_in_house'],
    ['U6', 'PR4', 'foster_other_agency'],
    ['U5', 'PR5', 'foster_other_agency'],
    ['U4', 'PR2', 'foster_other_other_provider'],
    ['U4', '', 'foster_other_other_provider'],
    ['A5', 'PR1', 'placed_for_adoption'],
    ['P1', 'PR0', 'placed_with_parents'],
    ['K2', 'PR4', 'childrens_homes'],
    ['K1', 'PR2', 'secure_childrens_homes'],
    ['K3', 'PR4', 'independent_semi_independent_supported'],
    ['H5', 'PR4', 'independent_semi_independent_supported'],
    ['S1', 'PR5', 'residential_schools'],
    ['R2', 'PR3', 'nhs_health'],
    ['R5', 'PR3', 'yoi_prison'],
    ['P3', 'PR4', 'other_residential'],
    ['T2', '', 'temporary'],
    ['Z12', '', 'other_placements'],
    ['Q1', 'PR1', 'unknown_code'],
  ])('%s with %j is %s', (place, provider, group) => {
    expect(placementGroup(place, provider)).toBe(group);
  });
});

// Worked by hand at 31/03/2022: five children.
const ret = return903([
  table903('episodes', [
    episode('baby', '01/02/2022', '', { PLACE: 'U4', PLACE_PROVIDER: 'PR1', LS: 'C1' }),
    episode('ten', '01/03/2019', '', { PLACE: 'U6', PLACE_PROVIDER: 'PR4', LS: 'C2' }),
    episode('teen', '15/06/2016', '', { PLACE: 'K2', PLACE_PROVIDER: 'PR4', LS: 'C2' }),
    episode('home', '01/09/2021', '', { PLACE: 'K3', PLACE_PROVIDER: 'PR4', LS: 'V2' }),
    episode('nodob', '01/09/2021', '', { PLACE: 'K2', PLACE_PROVIDER: 'PR1', LS: 'X9' }),
  ]),
  table903('header', [
    header('baby', '01/01/2022'),
    header('ten', '31/03/2012'),
    header('teen', '01/04/2005'),
    header('home', '01/10/2006'),
  ]),
]);
const asAt = day('31/03/2022');
const cohort = lookedAfterAt(buildCareIndex(ret), asAt);

describe('breakdowns of the children looked after at a date', () => {
  it('gives the placement mix, every group listed, with the K3-under-16 caveat', () => {
    const mix = placementMix(cohort, asAt);
    expect(mix.total).toBe(5);
    expect(nonZero(mix)).toEqual([
      'foster_other_in_house: 1',
      'foster_other_agency: 1',
      'childrens_homes: 2',
      'independent_semi_independent_supported: 1',
    ]);
    expect(mix.cells).toHaveLength(15);
    expect(mix.notes).toEqual([
      '1 child under 16 in registered supported accommodation (K3), which DfE counts under other placements.',
    ]);
  });

  it('gives in-house against agency for each kind of placement', () => {
    expect(nonZero(placementProvider(cohort))).toEqual([
      'foster × in_house: 1',
      'foster × agency: 1',
      'secure_and_childrens_homes × in_house: 1',
      'secure_and_childrens_homes × agency: 1',
      'independent_semi_independent_supported × agency: 1',
    ]);
  });

  it('gives age band × time in care (SPEC N7), with an unknown age only when there is one', () => {
    const grid = ageByTimeInCare(cohort, asAt);
    expect(nonZero(grid)).toEqual([
      'under_1 × under_1_year: 1',
      '10_to_15 × under_1_year: 1',
      '10_to_15 × 2_to_5_years: 1',
      '16_and_over × 5_years_and_over: 1',
      'unknown × under_1_year: 1',
    ]);
    expect(grid.cells).toHaveLength(24);
  });

  it('gives the legal statuses, an unknown code only when there is one', () => {
    expect(nonZero(legalStatus(cohort))).toEqual(['C1: 1', 'C2: 2', 'V2: 1', 'other: 1']);
  });
});
