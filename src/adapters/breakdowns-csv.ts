import type { BreakdownFigure } from '../domain/breakdowns/breakdown-figure';
import { numberCell, textCell } from './export';

export const BREAKDOWNS_CSV_HEADER = [
  'breakdown',
  'area',
  'period',
  'dimension',
  'category',
  'label',
  'dimension_2',
  'category_2',
  'label_2',
  'count',
  'percent',
  'total',
  'status',
  'note',
].join(',');

/**
 * Breakdown figures as a CSV for Excel, as observationsToCsv writes figures (a byte-order mark,
 * CRLF, formula-safe text, a final figure with a blank status): one line per category, the second
 * dimension's columns blank for a one-way breakdown.
 */
export function breakdownsToCsv(figures: readonly BreakdownFigure[]): string {
  const lines = [BREAKDOWNS_CSV_HEADER];
  for (const figure of figures) {
    const [first, second] = figure.categories;
    lines.push(
      [
        textCell(figure.breakdownId),
        textCell(figure.areaCode),
        textCell(figure.period.label),
        textCell(first.dimension),
        textCell(first.key),
        textCell(first.label),
        textCell(second?.dimension ?? ''),
        textCell(second?.key ?? ''),
        textCell(second?.label ?? ''),
        numberCell(figure.count),
        numberCell(figure.percent),
        numberCell(figure.total),
        figure.status === 'final' ? '' : figure.status,
        textCell(figure.note),
      ].join(','),
    );
  }
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
