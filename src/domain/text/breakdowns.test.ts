import { describe, expect, it } from 'vitest';
import { BREAKDOWNS_903 } from '../ssda903/measures';
import { breakdownCellText, breakdownName, dimensionName } from './breakdowns';

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

describe('breakdownCellText', () => {
  it.each([
    { cell: { count: 422, percent: 45, total: 932, status: 'final' as const }, text: '422 (45%)' },
    { cell: { count: 422, percent: null, total: null, status: 'final' as const }, text: '422' },
    { cell: { count: null, percent: 93, total: 76, status: 'final' as const }, text: '93% of 76' },
    { cell: { count: null, percent: 45, total: null, status: 'final' as const }, text: '45%' },
    { cell: { count: null, percent: null, total: 41, status: 'suppressed' as const }, text: 'Suppressed' },
  ])('writes $cell as “$text”', ({ cell, text }) => {
    expect(breakdownCellText(cell)).toBe(text);
  });
});
