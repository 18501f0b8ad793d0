import type { MeasureGroup } from './figure';

export interface QualityRule {
  /** SPEC §5's number. 21 is the app's own: repeated episodes, which have no validator code. */
  number: number;
  id: string;
  title: string;
  /** The Data to Insight validator's codes for the check. */
  codes: string;
  /** The figures a broken record can change; a figure counting such a child carries a note. */
  touches: 'all' | readonly MeasureGroup[];
}

export const QUALITY_RULES: readonly QualityRule[] = [
  {
    number: 1,
    id: 'child_not_in_header',
    title: 'Child not in the Header table',
    codes: 'INT01–INT09',
    touches: 'all',
  },
  {
    number: 2,
    id: 'header_mismatch',
    title: 'Date of birth or sex differs from the Header table',
    codes: 'INT11–INT18, INT21',
    touches: 'all',
  },
  {
    number: 3,
    id: 'child_repeated',
    title: 'Child more than once in Header, OC2, OC3, AD1, UASC or PrevPerm',
    codes: 'INT31–INT36',
    touches: 'all',
  },
  { number: 4, id: 'invalid_date', title: 'Date missing or not a date', codes: '141, 147', touches: 'all' },
  {
    number: 5,
    id: 'episode_end_before_start',
    title: 'Episode ends before it starts, or lasts under 24 hours',
    codes: '356, 355',
    touches: 'all',
  },
  {
    number: 6,
    id: 'episode_overlap',
    title: 'Episode starts before the previous one ended',
    codes: '501',
    touches: 'all',
  },
  {
    number: 7,
    id: 'episode_open_before_next',
    title: 'Episode starts while the previous one is still open',
    codes: '142',
    touches: 'all',
  },
  {
    number: 8,
    id: 'dec_rec_mismatch',
    title: 'End date and reason for ending not given together',
    codes: '148',
    touches: 'all',
  },
  {
    number: 9,
    id: 'episode_continuity',
    title: 'Episodes do not follow on as their codes say',
    codes: '388, 433, 431, 432',
    touches: 'all',
  },
  {
    number: 10,
    id: 'first_episode_not_start',
    title: 'First episode is not a start (RNE S)',
    codes: '357',
    touches: 'all',
  },
  {
    number: 11,
    id: 'invalid_code',
    title: 'Code not in the list for the year',
    codes: '143, 144, 145, 146, 178, 149, 1009',
    touches: 'all',
  },
  {
    number: 12,
    id: 'provider_placement',
    title: 'Placement provider does not fit the placement',
    codes: '550, 213, 526–531',
    touches: ['placements'],
  },
  {
    number: 13,
    id: 'date_out_of_range',
    title: 'Episode before birth, birth after the year end, or episode after the year end',
    codes: '302, 301, 354, 385',
    touches: 'all',
  },
  {
    number: 14,
    id: 'short_breaks',
    title: 'Short breaks: V3 and V4 in one year, or breaks too long',
    codes: '426, 365, 367',
    touches: 'all',
  },
  {
    number: 15,
    id: 'postcode',
    title: 'Postcode missing or not a postcode; home and placement the same',
    codes: '392b, 392c, 392d',
    touches: ['distance'],
  },
  {
    number: 16,
    id: 'oc2_cohort',
    title: 'OC2 filled for a child outside the cohort, or blank for one in it',
    codes: '190, 191',
    touches: ['oc2'],
  },
  {
    number: 17,
    id: 'oc3_record',
    title: 'OC3 age, contact, accommodation or still looked after on the birthday',
    codes: '391, 344, 133, 1007',
    touches: ['oc3'],
  },
  {
    number: 18,
    id: 'adoption_ad1',
    title: 'Adopted without an AD1 record, or AD1 without an adoption',
    codes: '601, 602',
    touches: ['adoption'],
  },
  {
    number: 19,
    id: 'missing_period',
    title: 'Missing periods overlap, end before they start, or the child was not looked after',
    codes: '574, 567, 581',
    touches: ['missing'],
  },
  {
    number: 20,
    id: 'social_worker',
    title: 'Looked after at 31 March with no social worker episode; social worker episode incomplete',
    codes: 'SW01STG1, SW01aSTG1, SW01bSTG1, SW12STG2',
    touches: [],
  },
  {
    number: 21,
    id: 'repeated_episode',
    title: 'Two episodes of a child start on the same day',
    codes: '(none: liia-tools drops repeats)',
    touches: 'all',
  },
];
