/**
 * "Brook", a small invented council's 903 return for the year ending 31 March 2022, written by hand
 * so that every figure can be worked out on paper (the comments show the working; docs/ssda903.md
 * explains the rules). Shared by the engine's tests and the command line's. No real child is in it.
 *
 * At 31/03/2022 k1, k2, k3, k4 and k7 are looked after (5). k5 came and went, k6 was adopted on
 * 01/03/2022, k8 had short breaks only, k9 left care on 01/04/2021, the first day of the year.
 */
import type { SourceTable } from '../../src/domain/readers/result';
import { episode, header, table903 } from './builders';

export const BROOK_AREA = 'E06000099';

/** The ONS estimate Brook's rates use: mid-2021 for the year ending March 2022 (invented, 10,000). */
export const BROOK_POPULATION_CSV = [
  'area_code,year,population',
  `${BROOK_AREA},2020,9900`,
  `${BROOK_AREA},2021,10000`,
];

export function brookTables(): SourceTable[] {
  return [
    table903('header', [
      header('k1', '01/06/2018'),
      header('k2', '01/01/2010', { SEX: '2' }),
      header('k3', '01/01/2012'),
      header('k4', '01/03/2020'),
      header('k5', '01/05/2008'),
      header('k6', '01/01/2019'),
      header('k7', '01/01/2006'),
      header('k8', '01/09/2013'),
      header('k9', '01/02/2009'),
      header('o1', '15/06/2004'),
      header('o2', '01/05/2001'),
      header('o3', '01/02/2002'),
    ]),
    table903('episodes', [
      episode('k1', '01/06/2020', ''),
      // k2: three placements in the year (the one open on 1 April, two moves).
      episode('k2', '01/01/2019', '01/06/2021', {
        PLACE: 'U6',
        PLACE_PROVIDER: 'PR4',
        REC: 'X1',
        REASON_PLACE_CHANGE: 'CHILD',
      }),
      episode('k2', '01/06/2021', '01/12/2021', {
        RNE: 'P',
        PLACE: 'K2',
        PLACE_PROVIDER: 'PR4',
        REC: 'X1',
        REASON_PLACE_CHANGE: 'CARPL',
      }),
      episode('k2', '01/12/2021', '', { RNE: 'P' }),
      // k3: with the same carers since 2018.
      episode('k3', '01/01/2018', ''),
      episode('k4', '01/10/2021', '', { LS: 'C1', PLACE: 'U1' }),
      episode('k5', '01/05/2021', '01/08/2021', { LS: 'V2' }),
      // k6: entered care 01/01/2020, placement order 01/06/2020, placed with adopters 01/09/2020, adopted 01/03/2022.
      episode('k6', '01/01/2020', '01/06/2020', { LS: 'C1', REC: 'X1' }),
      episode('k6', '01/06/2020', '01/09/2020', { RNE: 'L', LS: 'E1', REC: 'X1' }),
      episode('k6', '01/09/2020', '01/03/2022', { RNE: 'P', LS: 'E1', PLACE: 'A6', REC: 'E11' }),
      // k7: an unaccompanied asylum-seeking child placed far from home.
      episode('k7', '10/10/2021', '', { LS: 'V2', CIN: 'N7', PLACE: 'H5', PLACE_PROVIDER: 'PR4', PL_POST: 'XX3 3CC' }),
      episode('k8', '01/07/2021', '04/07/2021', { LS: 'V3' }),
      episode('k9', '01/01/2021', '01/04/2021', { REC: 'E41' }),
    ]),
    table903('uasc', [{ CHILD: 'k7', SEX: '1', DOB: '01/01/2006', DUC: '' }]),
    table903('ad1', [
      {
        CHILD: 'k6',
        DOB: '01/01/2019',
        DATE_INT: '01/05/2020',
        DATE_MATCH: '15/08/2020',
        FOSTER_CARE: '0',
        NB_ADOPTR: '2',
        SEX_ADOPTR: 'MF',
        LS_ADOPTR: 'L0',
      },
    ]),
    table903('missing', [
      { CHILD: 'k2', DOB: '01/01/2010', MISSING: 'M', MIS_START: '10/06/2021', MIS_END: '11/06/2021' },
      { CHILD: 'k5', DOB: '01/05/2008', MISSING: 'A', MIS_START: '01/07/2021', MIS_END: '' },
    ]),
    table903(
      'oc2',
      [
        oc2('k1', '01/06/2018', {
          HEALTH_ASSESSMENT: '1',
          TEETH_CHECK: '1',
          IMMUNISATIONS: '1',
          HEALTH_CHECK: '1',
          SDQ_REASON: 'SDQ1',
        }),
        oc2('k2', '01/01/2010', {
          HEALTH_ASSESSMENT: '1',
          IMMUNISATIONS: '1',
          CONVICTED: '1',
          SUBSTANCE_MISUSE: '1',
          SDQ_SCORE: '20',
          INTERVENTION_RECEIVED: '1',
          INTERVENTION_OFFERED: '0',
        }),
        oc2('k3', '01/01/2012', { TEETH_CHECK: '1', CONVICTED: '0', SDQ_SCORE: '10' }),
      ],
      'oc2_2021-22.csv',
    ),
    table903(
      'oc3',
      [
        { CHILD: 'o1', DOB: '15/06/2004', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'U1' },
        { CHILD: 'o2', DOB: '01/05/2001', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'Z1' },
        { CHILD: 'o3', DOB: '01/02/2002', IN_TOUCH: 'NO', ACTIV: '0', ACCOM: '0' },
      ],
      'oc3_2021-22.csv',
    ),
  ];
}

function oc2(child: string, dob: string, cells: Record<string, string>): Record<string, string> {
  return {
    CHILD: child,
    DOB: dob,
    HEALTH_ASSESSMENT: '0',
    TEETH_CHECK: '0',
    IMMUNISATIONS: '0',
    SUBSTANCE_MISUSE: '0',
    ...cells,
  };
}

/** The optional postcode lookup: XX1 1AA to XX2 2BB is 6.2 miles, to XX3 3CC 24.9 miles. */
export const BROOK_POSTCODES_CSV = [
  'postcode,easting,northing',
  'XX1 1AA,400000,500000',
  'XX2 2BB,410000,500000',
  'XX3 3CC,440000,500000',
];

/**
 * Every figure at 31/03/2022, worked by hand: [measure, period, value, numerator, denominator, status].
 * Values are rounded as the catalogue prints them.
 */
export const BROOK_FIGURES_2022: readonly (readonly [
  string,
  string,
  number | null,
  number | null,
  number | null,
  string,
])[] = [
  ['cla_count', '2021/22', 5, 5, null, 'final'],
  ['cla_rate', '2021/22', 5, 5, 10000, 'final'], // 5 ÷ 10,000 × 10,000
  ['cla_starts_rate', '2021/22', 3, 3, 10000, 'final'], // k4, k5, k7 (k8's short break is left out)
  ['cla_ceased_rate', '2021/22', 3, 3, 10000, 'final'], // k5, k6, k9 (who left on 1 April)
  ['cla_uasc_percent', '2021/22', 20, 1, 5, 'final'], // k7
  ['cla_3plus_placements', '2021/22', 20, 1, 5, 'final'], // k2
  ['cla_long_term_stability', '2021/22', 50, 1, 2, 'final'], // k2 and k3 in care since 30/09/2019; k3 with the same carers
  ['cla_missing_percent', '2021/22', 12.5, 1, 8, 'final'], // k2 of the 8 looked after during the year (k5 was away, not missing)
  ['cla_health_assessments', '2021/22', 66.7, 2, 3, 'final'], // cohort k1, k2, k3
  ['cla_dental_checks', '2021/22', 66.7, 2, 3, 'final'],
  ['cla_immunisations', '2021/22', 66.7, 2, 3, 'final'],
  ['cla_development_assessments', '2021/22', 100, 1, 1, 'final'], // k1, aged 3
  ['cla_convictions_percent', '2021/22', 50, 1, 2, 'final'], // k2 of k2, k3 (aged 10 or over)
  ['cla_substance_misuse', '2021/22', 33.3, 1, 3, 'final'],
  ['cla_sdq_score', '2021/22', 15, null, 2, 'final'], // (20 + 10) ÷ 2
  ['care_leavers_17_18_eet', '2021/22', 100, 1, 1, 'final'], // o1
  ['care_leavers_17_18_suitable_accommodation', '2021/22', 100, 1, 1, 'final'],
  ['care_leavers_17_18_higher_education', '2021/22', 0, 0, 1, 'final'],
  ['care_leavers_17_18_in_touch', '2021/22', 100, 1, 1, 'final'],
  ['care_leavers_19_21_eet', '2021/22', 50, 1, 2, 'final'], // o2 of o2, o3
  ['care_leavers_19_21_suitable_accommodation', '2021/22', 50, 1, 2, 'final'],
  ['care_leavers_19_21_higher_education', '2021/22', 50, 1, 2, 'final'],
  ['care_leavers_19_21_in_touch', '2021/22', 50, 1, 2, 'final'],
  ['cla_adopted_percent', '2021/22', 33.3, 1, 3, 'final'], // k6 of k5, k6, k9
  // The three years to 31/03/2022 start on 01/04/2019; Brook's files start on 01/04/2020.
  ['adoption_a1_days', '2019-22', null, null, null, 'not_available'],
  ['adoption_a2_days', '2019-22', null, null, null, 'not_available'],
  ['adoption_a1_days_one_year', '2021/22', 244, null, 1, 'final'], // 01/01/2020 to 01/09/2020
  ['adoption_a2_days_one_year', '2021/22', 75, null, 1, 'final'], // 01/06/2020 to 15/08/2020
  ['cla_placed_for_adoption_count', '2021/22', 0, 0, null, 'final'],
  ['cla_placed_over_20_miles', '2021/22', 20, 1, 5, 'final'], // k7, 24.9 miles
];

/** The breakdowns at 31/03/2022 that have children in them: [breakdown, categories, count, percent]. */
export const BROOK_BREAKDOWNS_2022: readonly (readonly [string, string, number, number])[] = [
  ['cla_placement_mix', 'foster_relative_friend', 1, 20], // k4
  ['cla_placement_mix', 'foster_other_in_house', 3, 60], // k1, k2, k3
  ['cla_placement_mix', 'independent_semi_independent_supported', 1, 20], // k7
  ['cla_placement_provider', 'foster × in_house', 4, 80],
  ['cla_placement_provider', 'independent_semi_independent_supported × agency', 1, 20],
  ['cla_age_and_time_in_care', '1_to_4 × under_1_year', 1, 20], // k4
  ['cla_age_and_time_in_care', '1_to_4 × 1_to_2_years', 1, 20], // k1
  ['cla_age_and_time_in_care', '10_to_15 × 2_to_5_years', 2, 40], // k2, k3
  ['cla_age_and_time_in_care', '16_and_over × under_1_year', 1, 20], // k7
  ['cla_legal_status', 'C1', 1, 20],
  ['cla_legal_status', 'C2', 3, 60],
  ['cla_legal_status', 'V2', 1, 20],
  ['cla_placement_distance', '20_miles_or_less', 4, 80],
  ['cla_placement_distance', 'over_20_miles', 1, 20],
];
