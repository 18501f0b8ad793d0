import type { Grade } from './grade';

/**
 * The catalogue's measure for each of Ofsted's judgements of "the impact of leaders on social work
 * practice with children and families" (DfE's National Framework metrics 59 to 62), apart from the
 * sheet's reader (leadership.ts) so the scorecard can name them without carrying the reader.
 */
export const LEADERSHIP_MEASURE: Readonly<Record<Grade, string>> = {
  outstanding: 'ofsted_leaders_outstanding_count',
  good: 'ofsted_leaders_good_count',
  requires_improvement: 'ofsted_leaders_requires_improvement_count',
  inadequate: 'ofsted_leaders_inadequate_count',
};
