/**
 * Whether a percentage agrees with the counts it is said to be worked from. One rule for a council's
 * own file (readers/observations-file.ts) and DfE's rows whose counts are exact (readers/dfe/dfe-file.ts):
 * the value must be the numerator over the denominator to the rounding it is written with.
 */
export type CountCheck =
  | { kind: 'agrees' }
  /** More counted than the whole: a percentage over 100 of its own denominator, or the two swapped. */
  | { kind: 'numerator_over_denominator' }
  /** The value is not the counts' percentage to the rounding it is written with; `worked` is theirs. */
  | { kind: 'disagrees'; worked: number; decimals: number };

/** How many decimal places a figure is written with (63.9 → 1, 65 → 0), the rounding its counts are checked to. */
export function shownDecimals(value: number): number {
  const written = String(value);
  const point = written.indexOf('.');
  return point < 0 || written.includes('e') ? 0 : written.length - point - 1;
}

/** A percentage against its counts; with no numerator, no denominator or a denominator of 0 there is nothing to check. */
export function checkPercentCounts(
  value: number | null,
  numerator: number | null,
  denominator: number | null,
): CountCheck {
  if (numerator === null || denominator === null) return { kind: 'agrees' };
  if (numerator > denominator) return { kind: 'numerator_over_denominator' };
  if (value === null || denominator <= 0) return { kind: 'agrees' };
  const worked = (numerator / denominator) * 100;
  const decimals = shownDecimals(value);
  // Half a unit of the last decimal written, and a hair for floating point (65 for 55 of 84 = 65.48).
  const tolerance = 0.5 * 10 ** -decimals + 1e-9;
  return Math.abs(worked - value) > tolerance ? { kind: 'disagrees', worked, decimals } : { kind: 'agrees' };
}

/** The counts' own percentage, to one more decimal than the value shows (at least one): "65.5". */
export function workedPercent(check: Extract<CountCheck, { kind: 'disagrees' }>): string {
  return check.worked.toFixed(Math.max(1, check.decimals));
}
