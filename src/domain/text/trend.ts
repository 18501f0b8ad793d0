/**
 * A trend in words. One sentence for a measure's figures over time, used by the measure page, the
 * slides and the PowerPoint notes alike, so the room and the screen never describe the same figures
 * two ways.
 */
import type { Measure } from '../catalogue/measure';
import type { Period } from '../periods/period';
import type { ScorecardColumn, ScorecardRow } from '../scorecard/scorecard';
import { formatValue } from './figures';
import { periodName, whenInWords } from './periods';

export interface TrendPoint {
  period: Period;
  /** null where there is no figure; such points are passed over, never read as zero. */
  value: number | null;
}

type Step = 'rose' | 'fell' | 'stayed';

/**
 * The home area's figures, in timeline order, in one sentence that names each turn: "Children in
 * care per 10,000 rose from 82.9 in 2018/19 to 93.5 in 2020/21, then fell to 90 at 2021/22 Q2."
 */
export function trendSentence(measure: Measure, points: readonly TrendPoint[]): string {
  const figures = points.flatMap((point) =>
    point.value === null ? [] : [{ period: point.period, value: point.value }],
  );
  const [first, ...rest] = figures;
  if (!first) return 'There are no figures to show a trend.';
  const figure = (point: { period: Period; value: number }) =>
    `${formatValue(measure, point.value)} ${whenInWords(point.period)}`;
  if (rest.length === 0) return `${measure.shortTitle} has one figure so far: ${figure(first)}.`;
  const phrases: string[] = [];
  let start = first;
  let previous = first;
  let direction: Step | null = null;
  const flush = (end: { period: Period; value: number }) => {
    if (!direction) return;
    if (phrases.length === 0) {
      phrases.push(
        direction === 'stayed'
          ? `stayed at ${formatValue(measure, start.value)} from ${periodName(start.period)} to ${periodName(end.period)}`
          : `${direction} from ${figure(start)} to ${figure(end)}`,
      );
    } else {
      phrases.push(
        direction === 'stayed'
          ? `then stayed at ${formatValue(measure, end.value)} to ${periodName(end.period)}`
          : `then ${direction} to ${figure(end)}`,
      );
    }
  };
  for (const point of rest) {
    const step: Step = point.value > previous.value ? 'rose' : point.value < previous.value ? 'fell' : 'stayed';
    if (direction !== null && step !== direction) {
      flush(previous);
      start = previous;
    }
    direction = step;
    previous = point;
  }
  flush(previous);
  return `${measure.shortTitle} ${phrases.join(', ')}.`;
}

/**
 * What a scorecard row's sparkline shows, every column named and every gap said:
 * "Trend for X: 82.9 in 2018/19, 90 in 2019/20, no figure in Q1 2021/22".
 */
export function trendLabel(row: ScorecardRow, columns: readonly ScorecardColumn[]): string {
  const parts = row.cells.map((observation, index) => {
    const heading = columns[index]?.heading ?? '';
    return observation?.value == null
      ? `no figure in ${heading}`
      : `${formatValue(row.measure, observation.value)} in ${heading}`;
  });
  return `Trend for ${row.measure.shortTitle}: ${parts.join(', ')}`;
}
