import { describe, expect, it } from 'vitest';
import { rowsText } from './rows';

describe('rowsText', () => {
  it.each([
    { rows: [12], text: 'row 12' },
    { rows: [4, 4, 4], text: 'row 4' },
    { rows: [40, 12], text: 'rows 12 and 40' },
    { rows: [4, 4, 4, 4, 36, 37, 40], text: 'rows 4, 36, 37 and 40' },
    {
      rows: [4, 4, 36, 37, ...Array.from({ length: 212 }, (_, index) => 100 + index)],
      text: 'rows 4, 36, 37 and 212 others',
    },
    { rows: Array.from({ length: 1_000_000 }, (_, index) => index + 2), text: 'rows 2, 3, 4 and 999,997 others' },
  ])('$text', ({ rows, text }) => {
    expect(rowsText(rows)).toBe(text);
  });

  it('names as many as asked', () => {
    expect(rowsText([2, 3, 4, 5, 6, 7, 8], 5)).toBe('rows 2, 3, 4, 5, 6 and 2 others');
  });
});
