import { describe, expect, it } from 'vitest';
import { figureAvailability, type Requirement } from './measures';

describe('the measures the 903 engine computes', () => {
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
