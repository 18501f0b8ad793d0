import { describe, expect, it } from 'vitest';
import { realCatalogue } from '../../../test/unit/tables';
import { BREAKDOWNS_903, MEASURES_903, figureAvailability, type Requirement } from './measures';

const catalogue = new Map(realCatalogue().value.measures.map((measure) => [measure.id, measure]));

describe('the measures the 903 engine computes', () => {
  it.each(MEASURES_903.map((definition) => [definition.id, definition] as const))(
    '%s is in the catalogue, rounded to its decimal places',
    (id, definition) => {
      expect(catalogue.get(id)?.decimalPlaces).toBe(definition.decimals);
    },
  );

  it('names breakdowns by the catalogue chart rows where the catalogue has them', () => {
    expect(catalogue.get('cla_placement_mix')?.unit).toBe('chart');
    expect(catalogue.get('cla_age_and_time_in_care')?.unit).toBe('chart');
    expect(BREAKDOWNS_903.map((breakdown) => breakdown.id)).toContain('cla_placement_mix');
  });

  it('lists what each figure needs and, for what is missing, says what to add', () => {
    const present = new Set<Requirement>(['episodes', 'header']);
    const availability = new Map(figureAvailability(present).map((entry) => [entry.id, entry]));
    expect(availability.get('cla_count')).toEqual({
      id: 'cla_count',
      kind: 'measure',
      computable: true,
      missing: [],
      reason: '',
    });
    expect(availability.get('cla_rate')).toMatchObject({ computable: false, missing: ['population'] });
    expect(availability.get('adoption_a2_days')?.reason).toBe(
      'Needs the AD1 table (ad1.csv: adoptions: the date each adopted child was matched with adopters).',
    );
    expect(availability.get('cla_placement_distance')).toMatchObject({
      kind: 'breakdown',
      missing: ['postcode_lookup'],
    });
    expect(availability.get('care_leavers_17_18_eet')).toMatchObject({ computable: false, missing: ['oc3'] });
  });
});
