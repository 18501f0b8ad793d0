import { describe, expect, it } from 'vitest';
import { cell } from '../../../test/unit/builders/breakdown';
import { fromStoredBreakdowns, toStoredBreakdown } from './stored-breakdowns';

describe('stored breakdowns', () => {
  const two = {
    ...cell('cla_age_and_time_in_care', '10_to_15', 2, 5),
    categories: [
      { dimension: 'age_band', key: '10_to_15', label: '10 to 15' },
      { dimension: 'time_in_care', key: '2_to_5_years', label: '2 to under 5 years' },
    ] as const,
  };

  it('read back as they were saved, through structured clone', () => {
    const figures = [cell('cla_legal_status', 'C2', 3, 5), two, cell('cla_legal_status', 'V2', null, null)];
    const stored = structuredClone(figures.map(toStoredBreakdown));
    expect(fromStoredBreakdowns(stored)).toEqual({ value: figures, problems: [] });
  });

  it('read as none from a version saved before breakdowns were kept', () => {
    expect(fromStoredBreakdowns(undefined)).toEqual({ value: [], problems: [] });
  });

  it.each([
    { name: 'not an object', entry: 'C2', says: 'it is not an object' },
    { name: 'a blank area', entry: { area: '' }, says: 'it needs a breakdown id and an area code' },
    { name: 'an unreadable period', entry: { period: '2021-22' }, says: 'its period cannot be read' },
    { name: 'no categories', entry: { categories: [] }, says: 'it needs one or two categories' },
    {
      name: 'a count as text',
      entry: { count: '3' },
      says: 'its count, percentage and total must each be a number or null',
    },
    { name: 'an unknown status', entry: { status: 'c' }, says: 'its status is not one of the statuses' },
    {
      name: 'a count that is suppressed',
      entry: { status: 'suppressed' },
      says: "it has a count with the status 'Suppressed'",
    },
  ])('leave out and report an entry with $name', ({ entry, says }) => {
    const good = toStoredBreakdown(cell('cla_legal_status', 'C2', 3, 5));
    const bad = typeof entry === 'string' ? entry : { ...good, ...entry };
    const read = fromStoredBreakdowns([good, bad], 'Saved version 2');
    expect(read.value).toHaveLength(1);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]?.message).toContain('Saved version 2, breakdown figure 2: ' + says);
  });

  it('keep the first of two entries for the same category, with an error', () => {
    const first = toStoredBreakdown(cell('cla_legal_status', 'C2', 3, 5));
    const read = fromStoredBreakdowns([first, { ...first, count: 4 }]);
    expect(read.value.map((figure) => figure.count)).toEqual([3]);
    expect(read.problems[0]?.rule).toBe('repeated_stored_breakdown');
  });

  it('refuse a list that is not a list', () => {
    expect(fromStoredBreakdowns({}).problems[0]?.rule).toBe('invalid_stored_breakdowns');
  });
});
