import { parsePeriod } from '../periods/period';
import type { ParseResult, Problem } from '../readers/result';
import { STATUS_LABEL, isStatus, statusAllowsValue, type Status } from '../observations/status';
import { breakdownFigureKey, type BreakdownCategory, type BreakdownFigure } from './breakdown-figure';

/**
 * A breakdown figure as the browser's store keeps it beside a version's observations: plain data
 * that structured clone and JSON carry unchanged, the period as its label (read again on the way
 * back, as a stored observation's is).
 */
export interface StoredBreakdown {
  breakdown: string;
  area: string;
  period: string;
  categories: BreakdownCategory[];
  count: number | null;
  percent: number | null;
  total: number | null;
  status: Status;
  note: string;
}

export function toStoredBreakdown(figure: BreakdownFigure): StoredBreakdown {
  return {
    breakdown: figure.breakdownId,
    area: figure.areaCode,
    period: figure.period.label,
    categories: figure.categories.map(({ dimension, key, label }) => ({ dimension, key, label })),
    count: figure.count,
    percent: figure.percent,
    total: figure.total,
    status: figure.status,
    note: figure.note,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isFigure = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isFinite(value));

function categoryOf(value: unknown): BreakdownCategory | null {
  if (!isRecord(value) || !isText(value.dimension) || !isText(value.key) || typeof value.label !== 'string')
    return null;
  return { dimension: value.dimension, key: value.key, label: value.label };
}

type Categories = BreakdownFigure['categories'];

function categoriesOf(value: unknown): Categories | null {
  if (!Array.isArray(value)) return null;
  const [first, second, ...more] = value.map(categoryOf);
  if (!first || more.length > 0 || second === null) return null;
  return second ? [first, second] : [first];
}

/** One stored breakdown figure, or why it cannot be read, in a few words. */
function readStoredBreakdown(item: unknown): BreakdownFigure | string {
  if (!isRecord(item)) return 'it is not an object';
  const { breakdown, area, count, percent, total, status, note } = item;
  if (!isText(breakdown) || !isText(area)) return 'it needs a breakdown id and an area code';
  const period = typeof item.period === 'string' ? parsePeriod(item.period) : null;
  if (!period?.ok) return 'its period cannot be read';
  const categories = categoriesOf(item.categories);
  if (!categories) return 'it needs one or two categories, each with a dimension, key and label';
  if (!isFigure(count) || !isFigure(percent) || !isFigure(total))
    return 'its count, percentage and total must each be a number or null';
  if (typeof status !== 'string' || !isStatus(status)) return 'its status is not one of the statuses';
  if (count !== null && !statusAllowsValue(status))
    return `it has a count with the status '${STATUS_LABEL[status]}', which stands in place of a figure`;
  if (typeof note !== 'string') return 'its note is not text';
  return {
    breakdownId: breakdown,
    areaCode: area,
    period: period.period,
    categories,
    count,
    percent,
    total,
    status,
    note,
  };
}

/**
 * Reads stored breakdown figures back. They come from outside the program (a store another version
 * of the app may have written), so each is checked; a bad entry, or a second one for the same
 * breakdown, area, period and categories, is left out and reported, never thrown. Absent (a version
 * saved before breakdowns were kept) reads as none.
 */
export function fromStoredBreakdowns(rows: unknown, fileName = 'the saved data'): ParseResult<BreakdownFigure[]> {
  if (rows === undefined) return { value: [], problems: [] };
  if (!Array.isArray(rows)) {
    return {
      value: [],
      problems: [
        {
          severity: 'error',
          rule: 'invalid_stored_breakdowns',
          message: `${fileName}: the breakdowns are not a list, so none could be read.`,
        },
      ],
    };
  }
  const problems: Problem[] = [];
  const figures = new Map<string, BreakdownFigure>();
  rows.forEach((item: unknown, index) => {
    const figure = readStoredBreakdown(item);
    const where = `${fileName}, breakdown figure ${index + 1}`;
    if (typeof figure === 'string') {
      problems.push({
        severity: 'error',
        rule: 'invalid_stored_breakdown',
        message: `${where}: ${figure}. It is left out.`,
      });
      return;
    }
    const key = breakdownFigureKey(figure);
    if (figures.has(key)) {
      problems.push({
        severity: 'error',
        rule: 'repeated_stored_breakdown',
        message: `${where}: a second figure for ${key}; only the first is read.`,
      });
      return;
    }
    figures.set(key, figure);
  });
  return { value: [...figures.values()], problems };
}
