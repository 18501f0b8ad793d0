import type { ProcessLimits } from './xmr';

/**
 * Which way a rule found a point unusual: above the mean (or a limit), or below; for a trend, rising
 * or falling.
 */
export type Signal = 'high' | 'low';

/** The four special-cause rules, in their order of precedence (docs/spc.md). */
export const SPECIAL_CAUSE_RULES = ['outside_limits', 'trend', 'two_of_three', 'shift'] as const;
export type SpecialCauseRule = (typeof SPECIAL_CAUSE_RULES)[number];

/** A trend or a shift is this many points or more. */
export const RUN_LENGTH = 7;

/** One rule's finding for each point: the way it flags the point, or null when it does not. */
export type Signals = readonly (Signal | null)[];

export type RuleSignals = Readonly<Record<SpecialCauseRule, Signals>>;

function sideOf(value: number, mean: number): Signal | null {
  if (value > mean) return 'high';
  if (value < mean) return 'low';
  return null;
}

/**
 * Marks every point of each run of RUN_LENGTH or more in a row with the same non-null key. A later
 * run overwrites a point it shares with an earlier one (the peak between a rise and a fall).
 */
function markRuns(
  keys: readonly (Signal | null)[],
  pointCount: number,
  pointsOf: (start: number, end: number) => [number, number],
): Signals {
  const marked: (Signal | null)[] = Array.from({ length: pointCount }, () => null);
  let start = 0;
  while (start < keys.length) {
    const key = keys[start] ?? null;
    let end = start;
    while (end + 1 < keys.length && keys[end + 1] === key) end += 1;
    const [first, last] = pointsOf(start, end);
    if (key !== null && last - first + 1 >= RUN_LENGTH) {
      for (let point = first; point <= last; point += 1) marked[point] = key;
    }
    start = end + 1;
  }
  return marked;
}

/** A point above the upper process limit or below the lower one (on a limit is inside). */
export function outsideLimits(values: readonly number[], limits: ProcessLimits | null): Signals {
  return values.map((value) => {
    if (!limits) return null;
    if (value > limits.upper) return 'high';
    if (value < limits.lower) return 'low';
    return null;
  });
}

/**
 * Every point of a run of RUN_LENGTH or more points each higher than the one before ('high'), or
 * each lower ('low'). Two equal points in a row end a run. The peak of a rise straight into a fall
 * takes the later run's way, as NHSRplotthedots does.
 */
export function trend(values: readonly number[]): Signals {
  // steps[i] is the move from point i to point i + 1, so a run of steps s..e covers points s..e + 1.
  const steps: (Signal | null)[] = [];
  for (let index = 1; index < values.length; index += 1) {
    steps.push(sideOf(values[index] ?? 0, values[index - 1] ?? 0));
  }
  return markRuns(steps, values.length, (start, end) => [start, end + 1]);
}

/**
 * Two or three of three points in a row beyond two-thirds of the way from the mean to a limit (a
 * point beyond the limit counts too), with all three on that side of the mean. Only the points
 * beyond two-thirds are flagged, not the third point of the three.
 */
export function twoOfThree(values: readonly number[], mean: number, limits: ProcessLimits | null): Signals {
  const flagged: (Signal | null)[] = values.map(() => null);
  if (!limits) return flagged;
  const sides = values.map((value) => sideOf(value, mean));
  const beyond = values.map((value) => {
    if (value > limits.nearUpper) return 'high';
    if (value < limits.nearLower) return 'low';
    return null;
  });
  for (let first = 0; first + 2 < values.length; first += 1) {
    const side = sides[first] ?? null;
    if (side === null || sides[first + 1] !== side || sides[first + 2] !== side) continue;
    const near = [first, first + 1, first + 2].filter((point) => beyond[point] === side);
    if (near.length >= 2) for (const point of near) flagged[point] = side;
  }
  return flagged;
}

/** Every point of a run of RUN_LENGTH or more points all above the mean, or all below. A point on the mean ends a run. */
export function shift(values: readonly number[], mean: number): Signals {
  return markRuns(
    values.map((value) => sideOf(value, mean)),
    values.length,
    (start, end) => [start, end],
  );
}

/** What each rule finds in one segment's figures (in order, without the missing ones). */
export function specialCauses(values: readonly number[], mean: number, limits: ProcessLimits | null): RuleSignals {
  return {
    outside_limits: outsideLimits(values, limits),
    trend: trend(values),
    two_of_three: twoOfThree(values, mean, limits),
    shift: shift(values, mean),
  };
}
