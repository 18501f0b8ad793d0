import { describe, expect, it } from 'vitest';
import { BREAKDOWNS_903 } from '../ssda903/measures';
import { breakdownName, dimensionName } from './breakdowns';

describe('breakdowns in words', () => {
  it.each(BREAKDOWNS_903.map(({ id }) => id))('names the 903 breakdown %s in words', (id) => {
    expect(breakdownName(id)).not.toBe(id);
  });

  it.each([
    ['time_in_care', 'Time in care'],
    ['age_band', 'Age'],
    ['team_name', 'team name'],
  ])('names the dimension %s “%s”', (dimension, words) => {
    expect(dimensionName(dimension)).toBe(words);
  });

  it('shows an unknown breakdown by its id', () => {
    expect(breakdownName('cla_by_team')).toBe('cla_by_team');
  });
});
