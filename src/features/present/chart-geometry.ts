import type { TrendLine } from '../../domain/slides/slides';
import { largest, smallest } from '../../domain/lists/extent';

export interface ChartBox {
  width: number;
  height: number;
  /** Room for the value labels on the left and the period labels below. */
  left: number;
  bottom: number;
  top: number;
  right: number;
}

export interface PlottedLine {
  role: TrendLine['role'];
  label: string;
  /** One path per run of figures: a missing figure breaks the line rather than dropping it to zero. */
  paths: string[];
  points: { x: number; y: number; value: number }[];
}

export interface ChartGeometry {
  lines: PlottedLine[];
  xs: number[];
  /** The value axis's lowest and highest labels and where they sit. */
  ticks: { value: number; y: number }[];
}

/** Fits the lines into the box: periods evenly across, values between the lowest and highest figure shown. */
export function chartGeometry(lines: readonly TrendLine[], periodCount: number, box: ChartBox): ChartGeometry {
  const values = lines.flatMap((line) => line.values.filter((value): value is number => value !== null));
  const low = values.length > 0 ? smallest(values) : 0;
  const high = values.length > 0 ? largest(values) : 1;
  // A flat line sits in the middle instead of dividing by a zero range.
  const span = high - low || Math.max(Math.abs(high), 1);
  const bottomValue = high === low ? low - span / 2 : low;
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const xs = Array.from(
    { length: periodCount },
    (_, index) => box.left + (periodCount === 1 ? plotWidth / 2 : (plotWidth * index) / (periodCount - 1)),
  );
  const y = (value: number) => box.top + plotHeight - ((value - bottomValue) / span) * plotHeight;
  const plotted = lines.map((line): PlottedLine => {
    const paths: string[] = [];
    const points: PlottedLine['points'] = [];
    let run: string[] = [];
    line.values.forEach((value, index) => {
      if (value === null) {
        if (run.length > 1) paths.push(run.join(' '));
        run = [];
        return;
      }
      const point = { x: xs[index] ?? box.left, y: y(value), value };
      points.push(point);
      run.push(`${run.length === 0 ? 'M' : 'L'}${point.x.toFixed(1)},${point.y.toFixed(1)}`);
    });
    if (run.length > 1) paths.push(run.join(' '));
    return { role: line.role, label: line.label, paths, points };
  });
  const ticks =
    values.length === 0
      ? []
      : high === low
        ? [{ value: low, y: y(low) }]
        : [
            { value: low, y: y(low) },
            { value: high, y: y(high) },
          ];
  return { lines: plotted, xs, ticks };
}
