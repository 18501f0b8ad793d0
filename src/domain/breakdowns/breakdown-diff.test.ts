import { describe, expect, it } from 'vitest';
import { cell } from '../../../test/unit/builders/breakdown';
import { applyIncomingBreakdowns, countBreakdownChanges } from './breakdown-diff';

const held = [cell('mix', 'a', 4, 10), cell('mix', 'b', 6, 10), cell('mix', 'a', 3, 9, { period: '2021/22 Q3' })];

describe('breakdowns over those held', () => {
  const incoming = [cell('mix', 'a', 4, 10), cell('mix', 'b', 7, 11), cell('mix', 'c', 1, 11)];

  it('counts the new, changed and unchanged figures', () => {
    expect(countBreakdownChanges(held, incoming)).toEqual({ added: 1, changed: 1, unchanged: 1 });
  });

  it('replaces those for the same breakdown, area, period and category and keeps every other', () => {
    const merged = applyIncomingBreakdowns(held, incoming);
    expect(merged.map((figure) => [figure.period.label, figure.categories[0].key, figure.count])).toEqual([
      ['2021/22', 'a', 4],
      ['2021/22', 'b', 7],
      ['2021/22 Q3', 'a', 3],
      ['2021/22', 'c', 1],
    ]);
  });
});
