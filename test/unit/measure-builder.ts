/** Test-only: a measure written in one line, for wording tests that need a unit or a polarity without the catalogue. */
import type { Measure, Unit } from '../../src/domain/catalogue/measure';

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
    ...changes,
  };
}
