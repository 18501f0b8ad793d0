import type { Period } from './period';
import type { Status } from './status';

/**
 * One figure for one measure, area and period. A number with an optional numerator and
 * denominator, or a status without a number: blank is never zero and a suppressed figure has no value.
 */
export interface Observation {
  measureId: string;
  areaCode: string;
  period: Period;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: Status;
  note: string;
  /** Where the figure was read from, so any number on screen can be traced to its file and row. */
  source: { file: string; row: number };
}

/** One figure per measure, area and period: the key every reader, merge and comparison uses. */
export function observationKey(observation: Observation): string {
  return `${observation.measureId}|${observation.areaCode}|${observation.period.label}`;
}

/** Whether two observations give the same figure: value, counts and status (their notes and sources aside). */
export function sameFigure(a: Observation, b: Observation): boolean {
  return a.value === b.value && a.status === b.status && a.numerator === b.numerator && a.denominator === b.denominator;
}
