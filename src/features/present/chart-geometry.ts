import { axisDomain, axisTicks } from '../../domain/charts/axis';
import type { PeriodType } from '../../domain/periods/period';
import type { TrendLine } from '../../domain/slides/slides';

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
  /** One path per run of figures: a missing figure, or a change from years to quarters, breaks the line rather than joining over it. */
  paths: string[];
  points: { x: number; y: number; value: number }[];
}

export interface ChartGeometry {
  lines: PlottedLine[];
  xs: number[];
  /** The value axis's labels on round numbers from zero, and where they sit. */
  ticks: { value: number; y: number }[];
  /** Indexes of the periods whose names fit under the axis without running into one another: always the first and the last. */
  labelled: number[];
}

export interface ChartPeriods {
  /** 0 to 1 across the chart for each period, by its end date. */
  positions: readonly number[];
  /** Each period's kind; a line joins figures of one kind only. */
  types: readonly PeriodType[];
  /** The room one period name needs across the axis, in the box's units. */
  labelWidth: number;
}

/** Which period names to print: from the newest backwards, each far enough from the last one printed; the first always. */
function labelledPeriods(xs: readonly number[], labelWidth: number): number[] {
  const chosen: number[] = [];
  for (let index = xs.length - 1; index >= 0; index -= 1) {
    const x = xs[index] ?? 0;
    const previous = chosen.at(-1);
    if (previous === undefined || (xs[previous] ?? 0) - x >= labelWidth) chosen.push(index);
  }
  const first = chosen.at(-1);
  if (first !== 0 && xs.length > 0) {
    // The oldest period always has its name; the one printed nearest it makes room.
    if (first !== undefined && (xs[first] ?? 0) - (xs[0] ?? 0) < labelWidth) chosen.pop();
    chosen.push(0);
  }
  return chosen.reverse();
}

/**
 * Fits the lines into the box: periods across by their end dates, values on an axis from zero (a
 * fall of 0.6 points drawn from zero looks its size, not like a collapse), on round steps.
 */
export function chartGeometry(lines: readonly TrendLine[], periods: ChartPeriods, box: ChartBox): ChartGeometry {
  const values = lines.flatMap((line) => line.values.filter((value): value is number => value !== null));
  const [bottom, top] = axisDomain(values, true);
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const xs = periods.positions.map((position) => box.left + plotWidth * position);
  const y = (value: number) => box.top + plotHeight - ((value - bottom) / (top - bottom || 1)) * plotHeight;
  const plotted = lines.map((line): PlottedLine => {
    const paths: string[] = [];
    const points: PlottedLine['points'] = [];
    let run: string[] = [];
    let runType: PeriodType | null = null;
    const close = () => {
      if (run.length > 1) paths.push(run.join(' '));
      run = [];
    };
    line.values.forEach((value, index) => {
      if (value === null) return close();
      const type = periods.types[index] ?? null;
      if (type !== runType) close();
      runType = type;
      const point = { x: xs[index] ?? box.left, y: y(value), value };
      points.push(point);
      run.push(`${run.length === 0 ? 'M' : 'L'}${point.x.toFixed(1)},${point.y.toFixed(1)}`);
    });
    close();
    return { role: line.role, label: line.label, paths, points };
  });
  const ticks = values.length === 0 ? [] : axisTicks([bottom, top]).map((value) => ({ value, y: y(value) }));
  return { lines: plotted, xs, ticks, labelled: labelledPeriods(xs, periods.labelWidth) };
}
