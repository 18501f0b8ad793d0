import type { BreakdownFigure } from '../../domain/breakdowns/breakdown-figure';
import { STATUS_LABEL } from '../../domain/observations/status';
import { breakdownName, dimensionName } from '../../domain/text/breakdowns';
import { formatNumber, grouped } from '../../domain/text/figures';

/** One breakdown at one date as a table: a row per category, the count and percentage in words. */
export interface BreakdownTable {
  id: string;
  title: string;
  /** The dimensions' names: the first columns' headings. */
  dimensions: string[];
  rows: { key: string; labels: string[]; count: string; percent: string }[];
  /** "5 children looked after at 31/03/2022", from the figures' total. */
  total: number | null;
  note: string;
}

function percentText(figure: BreakdownFigure): string {
  if (figure.percent === null) return figure.count === null ? '' : '–';
  return `${formatNumber(figure.percent, 1)}%`;
}

/**
 * The breakdowns of one area and date as tables, each in the order its figures come (which is the
 * order its categories are shown in): from the worker, so only these few rows reach the page.
 */
export function breakdownTables(figures: readonly BreakdownFigure[]): BreakdownTable[] {
  const tables = new Map<string, BreakdownTable>();
  for (const figure of figures) {
    let table = tables.get(figure.breakdownId);
    if (!table) {
      table = {
        id: figure.breakdownId,
        title: breakdownName(figure.breakdownId),
        dimensions: figure.categories.map((category) => dimensionName(category.dimension)),
        rows: [],
        total: figure.total,
        note: figure.note,
      };
      tables.set(figure.breakdownId, table);
    }
    table.rows.push({
      key: figure.categories.map((category) => `${category.dimension}=${category.key}`).join('|'),
      labels: figure.categories.map((category) => category.label),
      count: figure.count === null ? STATUS_LABEL[figure.status] : grouped(figure.count),
      percent: percentText(figure),
    });
  }
  return [...tables.values()];
}
