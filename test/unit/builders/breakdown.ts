/**
 * Test-only: breakdown figures written in one line. `cell('cla_legal_status', 'C2', 3, 5)` is 3 of
 * the 5 children looked after in County Durham at 31 March 2022 under a care order.
 */
import type { BreakdownFigure } from '../../../src/domain/breakdowns/breakdown-figure';
import { DURHAM, period } from './observation';

export function cell(
  breakdownId: string,
  key: string,
  count: number | null,
  total: number | null,
  changes: Partial<Omit<BreakdownFigure, 'period'>> & { period?: string } = {},
): BreakdownFigure {
  const { period: label = '2021/22', ...rest } = changes;
  return {
    breakdownId,
    areaCode: DURHAM,
    period: period(label),
    categories: [{ dimension: 'category', key, label: key }],
    count,
    percent: count === null || !total ? null : Math.round((count / total) * 1000) / 10,
    total,
    status: count === null ? 'not_available' : 'final',
    note: '',
    ...rest,
  };
}
