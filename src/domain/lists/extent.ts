/*
 * The largest and smallest of a list of numbers without Math.max(...values), which passes every
 * value as an argument and overflows the call stack on a long list (ESLint refuses that form).
 */

/** The largest value, or `floor` when none is larger (-Infinity by default, as Math.max() gives). */
export function largest(values: Iterable<number>, floor = -Infinity): number {
  let result = floor;
  for (const value of values) if (value > result) result = value;
  return result;
}

/** The smallest value, or `ceiling` when none is smaller (Infinity by default, as Math.min() gives). */
export function smallest(values: Iterable<number>, ceiling = Infinity): number {
  let result = ceiling;
  for (const value of values) if (value < result) result = value;
  return result;
}
