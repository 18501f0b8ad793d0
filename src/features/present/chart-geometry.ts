import { axisDomain, axisTicks } from '../../domain/charts/axis';
import { linePaths, type ChartPoint } from '../../domain/charts/line-paths';
import { spacedLabels } from '../../domain/charts/spaced-labels';
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
    const points: PlottedLine['points'] = [];
    // A change from years to quarters breaks the line as a gap does.
    const drawn: ChartPoint[] = [];
    let runType: PeriodType | null = null;
    line.values.forEach((value, index) => {
      if (value === null) {
        drawn.push(null);
        return;
      }
      const type = periods.types[index] ?? null;
      if (type !== runType) drawn.push(null);
      runType = type;
      const point = { x: xs[index] ?? box.left, y: y(value), value };
      points.push(point);
      drawn.push(point);
    });
    return { role: line.role, label: line.label, paths: linePaths(drawn), points };
  });
  const ticks = values.length === 0 ? [] : axisTicks([bottom, top]).map((value) => ({ value, y: y(value) }));
  return { lines: plotted, xs, ticks, labelled: spacedLabels(xs, periods.labelWidth) };
}
