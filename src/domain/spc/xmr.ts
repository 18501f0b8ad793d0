/**
 * The XmR (individuals and moving range) chart's centre line and process limits, as NHS England's
 * Making Data Count tools and NHSRplotthedots set them (docs/spc.md).
 */

/** Process limits sit this many mean moving ranges from the mean: 3 sigma, with sigma = mean moving range / 1.128. */
export const LIMIT_FACTOR = 2.66;

/** With screening on, a moving range above this many times the mean moving range is left out of the limits. */
export const SCREEN_FACTOR = 3.267;

/** Limits resting on fewer points than this are trial limits: they will move as points are added. */
export const FIXED_LIMITS_MIN_POINTS = 12;

/** Positions start (inclusive) to end (exclusive) of a series: one stretch with its own mean and limits. */
export interface Segment {
  start: number;
  end: number;
}

export interface ProcessLimits {
  meanMovingRange: number;
  lower: number;
  upper: number;
  /** Two-thirds of the way from the mean to each limit (2 sigma), for the "2 of 3" rule. */
  nearLower: number;
  nearUpper: number;
}

export interface XmrLimits {
  /** Null when the segment has no figures at all. */
  mean: number | null;
  /** Null when no two figures in a row give a moving range. */
  limits: ProcessLimits | null;
  /** Figures in the segment (a missing one is not a point). */
  points: number;
  /** Moving ranges the limits rest on, after screening. */
  movingRanges: number;
  /** Moving ranges screened out (0 with screening off). */
  screenedOut: number;
  /** Fewer than FIXED_LIMITS_MIN_POINTS points: the chart must say its limits are trial limits. */
  trial: boolean;
}

/**
 * The segments of a series of `length` points rebased at `rebaseAt`, the position of the first point
 * of each new segment. Positions that cannot start a segment (0, past the end, not whole) and repeats
 * are ignored, so a chart is always drawn; the command line refuses them before they get here.
 */
export function segmentsOf(length: number, rebaseAt: readonly number[]): Segment[] {
  if (length === 0) return [];
  const starts = [...new Set(rebaseAt)]
    .filter((position) => Number.isInteger(position) && position > 0 && position < length)
    .sort((a, b) => a - b);
  const bounds = [0, ...starts, length];
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < bounds.length; index += 1) {
    segments.push({ start: bounds[index] ?? 0, end: bounds[index + 1] ?? length });
  }
  return segments;
}

/**
 * The moving range at each position: the absolute difference from the point before. Null for the
 * first point and beside a missing figure: a difference across a gap spans two intervals, not one,
 * so it is not the point-to-point variation the limits measure (as NHSRplotthedots leaves it out).
 */
export function movingRanges(values: readonly (number | null)[]): (number | null)[] {
  return values.map((value, index) => {
    const previous = index > 0 ? values[index - 1] : null;
    return value === null || previous === null || previous === undefined ? null : Math.abs(value - previous);
  });
}

function mean(numbers: readonly number[]): number | null {
  if (numbers.length === 0) return null;
  let sum = 0;
  for (const number of numbers) sum += number;
  return sum / numbers.length;
}

/**
 * Mean and process limits of one segment's values (null where a figure is missing). With
 * `screenOutliers`, moving ranges above SCREEN_FACTOR times their mean are dropped once and the
 * mean moving range worked out again from the rest; the mean itself always uses every figure.
 */
export function xmrLimits(values: readonly (number | null)[], options: { screenOutliers: boolean }): XmrLimits {
  const figures = values.filter((value): value is number => value !== null);
  const centre = mean(figures);
  const ranges = movingRanges(values).filter((range): range is number => range !== null);
  const unscreened = mean(ranges);
  const kept =
    options.screenOutliers && unscreened !== null
      ? ranges.filter((range) => range <= SCREEN_FACTOR * unscreened)
      : ranges;
  const meanMovingRange = mean(kept);
  const limits =
    centre === null || meanMovingRange === null
      ? null
      : {
          meanMovingRange,
          lower: centre - LIMIT_FACTOR * meanMovingRange,
          upper: centre + LIMIT_FACTOR * meanMovingRange,
          nearLower: centre - ((2 * LIMIT_FACTOR) / 3) * meanMovingRange,
          nearUpper: centre + ((2 * LIMIT_FACTOR) / 3) * meanMovingRange,
        };
  return {
    mean: centre,
    limits,
    points: figures.length,
    movingRanges: kept.length,
    screenedOut: ranges.length - kept.length,
    trial: figures.length < FIXED_LIMITS_MIN_POINTS,
  };
}
