/**
 * Test-only: measures written in one line, for tests that need a unit, a polarity or an id without
 * data/measures.csv. `measure('percent')` is a percentage where higher is better; the named measures
 * below carry the ids, units and polarities the catalogue gives them, so a test reads like the scorecard.
 */
import type { Measure, Unit } from '../../../src/domain/catalogue/measure';

export function measure(unit: Unit, changes: Partial<Omit<Measure, 'unit'>> = {}): Measure {
  return {
    id: 'example',
    title: 'Example measure',
    shortTitle: 'Example',
    keyQuestionId: 'stability',
    unit,
    polarity: 'higher_is_better',
    decimalPlaces: 1,
    frequency: 'quarterly',
    definition: '',
    whyItMatters: '',
    whatThisShows: '',
    aliases: [],
    source: '',
    similarTolerance: null,
    numeratorLabel: '',
    note: '',
    target: null,
    accumulation: null,
    ...changes,
  };
}

/** Children looked after per 10,000: a rate with no polarity (neither higher nor lower is better). */
export const CLA_RATE = measure('rate_per_10k', {
  id: 'cla_rate',
  title: 'Rate of children looked after (CLA) per 10,000 children aged under 18',
  shortTitle: 'Children in care per 10,000',
  keyQuestionId: 'characteristics',
  polarity: 'no_polarity',
  numeratorLabel: 'children',
});

/** Children with three or more placements in the year: a percentage where lower is better. */
export const THREE_PLUS_PLACEMENTS = measure('percent', {
  id: 'cla_3plus_placements',
  title: 'Children looked after with three or more placements in the year',
  shortTitle: '3 or more placements in the year',
  polarity: 'lower_is_better',
  frequency: 'annual',
  numeratorLabel: 'children',
});

/** Care leavers aged 19 to 21 in education, employment or training: higher is better, annual. */
export const CARE_LEAVERS_EET = measure('percent', {
  id: 'care_leavers_19_21_eet',
  title: 'Care leavers aged 19 to 21 in education, employment or training',
  shortTitle: 'Care leavers 19–21 in education, employment or training',
  keyQuestionId: 'care_leavers',
  frequency: 'annual',
  numeratorLabel: 'care leavers',
});

/** Days from entering care to moving in with an adoptive family (A1): days, lower is better, no decimals. */
export const ADOPTION_A1_DAYS = measure('days', {
  id: 'adoption_a1_days',
  title: 'Average days between a child entering care and moving in with its adoptive family (A1)',
  shortTitle: 'Days from entering care to adoption',
  keyQuestionId: 'permanence',
  polarity: 'lower_is_better',
  decimalPlaces: 0,
  frequency: 'three_year',
});

/**
 * The measures the broken observation files of test/fixtures/observations/ name, with the units
 * and polarities the catalogue gives them, so those fixtures are read without data/measures.csv.
 */
export const FIXTURE_MEASURES: readonly Measure[] = [
  CLA_RATE,
  measure('count', { id: 'cla_count', shortTitle: 'Children in care', polarity: 'no_polarity', decimalPlaces: 0 }),
  measure('rate_per_10k', { id: 'cin_rate', shortTitle: 'Children in need per 10,000', polarity: 'no_polarity' }),
  THREE_PLUS_PLACEMENTS,
  measure('percent', { id: 'cla_long_term_stability', shortTitle: 'Long-term placement stability' }),
  measure('percent', { id: 'cla_adopted_percent', shortTitle: 'Children adopted from care' }),
  measure('count', { id: 'cla_independent_visitor_count', shortTitle: 'Independent visitors', decimalPlaces: 0 }),
  measure('score', { id: 'cla_sdq_score', shortTitle: 'SDQ score', polarity: 'lower_is_better', frequency: 'annual' }),
  measure('percent', { id: 'cla_missing_percent', shortTitle: 'Children missing', polarity: 'lower_is_better' }),
  measure('percent', { id: 'cla_health_assessments', shortTitle: 'Health assessments', keyQuestionId: 'health' }),
  measure('percent', { id: 'cla_dental_checks', shortTitle: 'Dental checks', keyQuestionId: 'health' }),
  measure('percent', {
    id: 'care_leavers_17_18_eet',
    shortTitle: 'Care leavers 17–18 in EET',
    keyQuestionId: 'care_leavers',
  }),
];
