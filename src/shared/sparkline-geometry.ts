import { largest, smallest } from '../domain/lists/extent';

export interface SparkPoint {
  x: number;
  y: number;
}

/**
 * Lays out a small trend line. Values are spread evenly left to right; a missing value breaks the
 * line into segments, so a gap is drawn as a gap and never as a fall to zero.
 */
export function sparklineSegments(
  values: ReadonlyArray<number | null>,
  width: number,
  height: number,
  padding = 2,
): SparkPoint[][] {
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return [];
  const min = smallest(present);
  const max = largest(present);
  const span = max - min;
  const step = values.length > 1 ? (width - padding * 2) / (values.length - 1) : 0;
  const segments: SparkPoint[][] = [];
  let current: SparkPoint[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length > 0) segments.push(current);
      current = [];
      return;
    }
    const x = values.length > 1 ? padding + index * step : width / 2;
    // A flat series sits in the middle rather than on an edge, which would read as "lowest".
    const y = span === 0 ? height / 2 : padding + (1 - (value - min) / span) * (height - padding * 2);
    current.push({ x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 });
  });
  if (current.length > 0) segments.push(current);
  return segments;
}
