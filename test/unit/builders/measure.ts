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
