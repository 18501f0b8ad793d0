import type { Status } from '../observations/status';

/**
 * How an in-year figure covers time (SPEC §4): at the date itself, over the 12 (or 36) months to it,
 * or from 1 April to it. At 31 March a rolling 12 months is the collection year itself.
 */
export type Basis = 'snapshot' | 'rolling_12_months' | 'rolling_36_months' | 'year_to_date' | 'year_end';

/** Which part of the engine a figure comes from; a data-quality rule names the parts its records touch. */
export type MeasureGroup =
  'looked_after' | 'uasc' | 'flows' | 'stability' | 'missing' | 'oc2' | 'oc3' | 'adoption' | 'placements' | 'distance';

/**
 * One computed figure before it becomes an Observation: the value unrounded, its counts, its basis,
 * the sentences of its note, and which children it counted (for the data-quality note; the ids never
 * leave the engine).
 */
export interface MeasureFigure {
  measureId: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: Status;
  notes: string[];
  counted: readonly string[];
}

/** A percentage of a cohort; an empty cohort has no percentage (not applicable), never 0%. */
export function percentFigure(
  measureId: string,
  numerator: number,
  denominator: number,
  counted: readonly string[],
  notes: string[] = [],
): MeasureFigure {
  if (denominator === 0) return noFigure(measureId, 'not_applicable', [...notes, 'No children in the group measured.']);
  return { measureId, value: (numerator / denominator) * 100, numerator, denominator, status: 'final', notes, counted };
}

/** A count, which is a figure even when it is 0. */
export function countFigure(
  measureId: string,
  count: number,
  counted: readonly string[],
  notes: string[] = [],
): MeasureFigure {
  return { measureId, value: count, numerator: count, denominator: null, status: 'final', notes, counted };
}

/**
 * An average (days, a score): no numerator, the number of children averaged as the denominator, so
 * the figure can be re-weighted; no children means no figure.
 */
export function averageFigure(
  measureId: string,
  values: readonly number[],
  counted: readonly string[],
  notes: string[] = [],
): MeasureFigure {
  if (values.length === 0)
    return noFigure(measureId, 'not_applicable', [...notes, 'No children in the group measured.']);
  let total = 0;
  for (const value of values) total += value;
  return {
    measureId,
    value: total / values.length,
    numerator: null,
    denominator: values.length,
    status: 'final',
    notes,
    counted,
  };
}

/** A figure that cannot be given, with the status and the reason. */
export function noFigure(measureId: string, status: Status, notes: string[]): MeasureFigure {
  return { measureId, value: null, numerator: null, denominator: null, status, notes, counted: [] };
}
