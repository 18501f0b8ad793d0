import type { BreakdownFigure } from '../breakdowns/breakdown-figure';
import type { Observation } from '../observations/observation';
import { civilFromDay, dayFromCivil, daysInMonth, monthEnd, type Day } from './days';
import { figuresAt, type FiguresOptions, type Prepared903 } from './compute';

export type SeriesStep = 'month' | 'quarter';

/**
 * The month ends (or quarter ends: June, September, December, March) from the first on or after
 * `from` to the last on or before `to`, oldest first.
 */
export function seriesDates(from: Day, to: Day, step: SeriesStep): Day[] {
  const dates: Day[] = [];
  let { year, month } = civilFromDay(from);
  // Stepped by calendar month, so each point is its month's last day (no clamping drift).
  for (let day = monthEnd(from); day <= to;) {
    if (step === 'month' || month % 3 === 0) dates.push(day);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    day = dayFromCivil(year, month, daysInMonth(year, month));
  }
  return dates;
}

export interface Series903 {
  dates: readonly Day[];
  observations: Observation[];
  breakdowns: BreakdownFigure[];
}

/**
 * The same measures at every month end (or quarter end) over the span of the return, for trend and
 * SPC charts, each labelled as a month (`2021-09`) or a quarter (`2021/22 Q2`). The care index is
 * built once (prepare903); each date is then one pass over the children with a binary search in
 * each child's episodes, so the cost grows with children × dates, not with episodes × dates.
 */
export function figuresSeries(
  prepared: Prepared903,
  options: FiguresOptions & { step: SeriesStep; from?: Day; to?: Day; breakdowns?: boolean },
): Series903 {
  const span = prepared.span;
  const from = options.from ?? span?.start;
  const to = options.to ?? span?.end;
  if (from === undefined || to === undefined) return { dates: [], observations: [], breakdowns: [] };
  const dates = seriesDates(from, to, options.step);
  const observations: Observation[] = [];
  const breakdowns: BreakdownFigure[] = [];
  for (const day of dates) {
    const figures = figuresAt(prepared, day, { ...options, labelling: options.step });
    for (const observation of figures.observations) observations.push(observation);
    if (options.breakdowns) for (const figure of figures.breakdowns) breakdowns.push(figure);
  }
  return { dates, observations, breakdowns };
}
