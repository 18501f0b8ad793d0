import { largest, smallest } from '../../domain/lists/extent';
import type { SpcChart } from '../../domain/spc/chart';
import type { PointType } from '../../domain/spc/classify';

export interface SpcBox {
  width: number;
  height: number;
  /** Room for the value labels on the left and the period labels below. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface SpcSegmentLines {
  /** Horizontal paths over the segment's points; null where the segment has no mean or limits. */
  mean: string | null;
  upper: string | null;
  lower: string | null;
}

export interface SpcPlottedPoint {
  position: number;
  x: number;
  y: number;
  type: PointType;
}

export interface SpcGeometry {
  /** The x of each position of the series. */
  xs: number[];
  /** Round values up the value axis, with where they sit. */
  ticks: { value: number; y: number }[];
  /** The figures' line: one path per run of figures in a segment, so a gap or a rebase breaks it. */
  valuePaths: string[];
  segments: SpcSegmentLines[];
  /** Halfway between the last point of a segment and the first of the next: where the process changed. */
  rebaseXs: number[];
  target: { value: number; y: number; path: string } | null;
  points: SpcPlottedPoint[];
  /** The positions that get a period label under the axis, the latest always among them. */
  labelled: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

/** A round step near `span / count`: 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(span: number, count: number): number {
  const rough = span / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  return (STEPS.find((step) => step * power >= rough) ?? 10) * power;
}

/** Round values from at or below `low` to at or above `high`, about `count` steps apart. */
export function niceTicks(low: number, high: number, count: number): number[] {
  const span = high - low || Math.max(Math.abs(high), 1);
  const step = niceStep(span, count);
  const first = Math.floor(low / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's own precision, so 0.1 + 0.2 prints as 0.3.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  // Up to the first tick at or above `high`, and at least two, so a flat series has an axis to sit on.
  for (let index = 0; index <= count * 2 + 2; index += 1) {
    const value = Number((first + index * step).toFixed(decimals));
    ticks.push(value);
    if (value >= high && ticks.length >= 2) break;
  }
  return ticks;
}

function line(x1: number, x2: number, y: number): string {
  return `M${x1.toFixed(1)},${y.toFixed(1)} H${x2.toFixed(1)}`;
}

/**
 * The chart fitted into the box: positions evenly across, the value axis over every figure, limit
 * and the target, on round ticks. Pure, so the page and the slide draw the same lines.
 */
export function spcGeometry(
  chart: SpcChart,
  box: SpcBox,
  options: { target: number | null; maxLabels: number; tickCount?: number },
): SpcGeometry {
  const count = chart.points.length;
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const step = count > 1 ? plotWidth / (count - 1) : plotWidth;
  const xs = chart.points.map((_, position) => box.left + (count === 1 ? plotWidth / 2 : step * position));

  const shown: number[] = options.target === null ? [] : [options.target];
  for (const point of chart.points) {
    for (const value of [point.value, point.lower, point.upper]) if (value !== null) shown.push(value);
  }
  const low = shown.length > 0 ? smallest(shown) : 0;
  const high = shown.length > 0 ? largest(shown) : 1;
  const tickValues = niceTicks(low, high, options.tickCount ?? 5);
  const bottom = Math.min(low, tickValues[0] ?? low);
  const top = Math.max(high, tickValues.at(-1) ?? high);
  const span = top - bottom || 1;
  const y = (value: number) => box.top + plotHeight - ((value - bottom) / span) * plotHeight;

  const valuePaths: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 1) valuePaths.push(run.join(' '));
    run = [];
  };
  chart.points.forEach((point, position) => {
    if (point.value === null || (position > 0 && chart.points[position - 1]?.segment !== point.segment)) endRun();
    if (point.value === null) return;
    run.push(`${run.length === 0 ? 'M' : 'L'}${(xs[position] ?? 0).toFixed(1)},${y(point.value).toFixed(1)}`);
  });
  endRun();

  // A one-point segment still gets a short line, a third of a step either side.
  const reach = Math.min(step / 3, plotWidth / 2);
  const segments = chart.segments.map((segment): SpcSegmentLines => {
    const first = xs[segment.start] ?? box.left;
    const last = xs[segment.end - 1] ?? first;
    const [x1, x2] = first === last ? [first - reach, last + reach] : [first, last];
    return {
      mean: segment.mean === null ? null : line(x1, x2, y(segment.mean)),
      upper: segment.limits ? line(x1, x2, y(segment.limits.upper)) : null,
      lower: segment.limits ? line(x1, x2, y(segment.limits.lower)) : null,
    };
  });
  const rebaseXs = chart.segments.slice(1).map((segment) => (xs[segment.start] ?? 0) - step / 2);

  const points = chart.points.flatMap((point, position): SpcPlottedPoint[] =>
    point.value === null || point.type === null
      ? []
      : [{ position, x: xs[position] ?? 0, y: y(point.value), type: point.type }],
  );

  // Every k-th period counted back from the latest, so the newest is always named.
  const every = Math.max(1, Math.ceil(count / Math.max(1, options.maxLabels)));
  const labelled: number[] = [];
  for (let position = count - 1; position >= 0; position -= every) labelled.unshift(position);

  return {
    xs,
    ticks: tickValues.map((value) => ({ value, y: y(value) })),
    valuePaths,
    segments,
    rebaseXs,
    target:
      options.target === null
        ? null
        : {
            value: options.target,
            y: y(options.target),
            path: line(box.left, box.width - box.right, y(options.target)),
          },
    points,
    labelled,
  };
}
