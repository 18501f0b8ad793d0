/**
 * 95% confidence intervals for a council's figure, as the public-health profiles (Fingertips) work
 * them out: Wilson's score interval for a proportion, and for a count of events (the top of a rate)
 * the exact Poisson interval below 10 events and Byar's approximation to it from 10 upwards.
 */

/** The two-sided 95% point of the standard normal distribution. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  lower: number;
  upper: number;
}

/**
 * Wilson's score interval for `numerator` of `denominator`, as proportions (0 to 1). Null when the
 * counts cannot be a proportion (no denominator, or a numerator outside 0 to the denominator).
 */
export function wilsonInterval(numerator: number, denominator: number): Interval | null {
  if (!(denominator > 0) || numerator < 0 || numerator > denominator) return null;
  const p = numerator / denominator;
  const zz = Z_95 * Z_95;
  const scale = 1 + zz / denominator;
  const centre = (p + zz / (2 * denominator)) / scale;
  const half = (Z_95 * Math.sqrt((p * (1 - p)) / denominator + zz / (4 * denominator * denominator))) / scale;
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/**
 * Exact 95% Poisson limits for 0 to 9 events (Garwood's, from the chi-squared distribution):
 * Byar's approximation is not used below 10 because it drifts from them there.
 */
const EXACT_POISSON_95: readonly Interval[] = [
  { lower: 0, upper: 3.6889 },
  { lower: 0.0253, upper: 5.5716 },
  { lower: 0.2422, upper: 7.2247 },
  { lower: 0.6187, upper: 8.7673 },
  { lower: 1.0899, upper: 10.2416 },
  { lower: 1.6235, upper: 11.6683 },
  { lower: 2.2019, upper: 13.0595 },
  { lower: 2.8144, upper: 14.4227 },
  { lower: 3.4538, upper: 15.7632 },
  { lower: 4.1154, upper: 17.0848 },
];

/** The 95% interval of a count of events: exact below 10, Byar's method from 10. Null for a count that is not a whole number of 0 or more. */
export function poissonInterval(count: number): Interval | null {
  if (!Number.isInteger(count) || count < 0) return null;
  const exact = EXACT_POISSON_95[count];
  if (exact) return exact;
  const lower = count * (1 - 1 / (9 * count) - Z_95 / (3 * Math.sqrt(count))) ** 3;
  const next = count + 1;
  const upper = next * (1 - 1 / (9 * next) + Z_95 / (3 * Math.sqrt(next))) ** 3;
  return { lower, upper };
}
