/**
 * Where the trend chart's parts go, in pixels of a chart `width` wide and TREND_HEIGHT tall: the
 * periods across by their end dates (a little room either side, so the first and last markers are
 * not on the plot's edge), the value axis on axisTicks' round numbers, each series' line broken
 * wherever a figure is missing (blank is never zero, so a gap is never joined over), its markers,
 * and the columns a reader can point at or step through to read a period's figures. Pure, so the
 * drawing (TrendChart.tsx) only places what this works out.
 */
import { largest, smallest } from '../../domain/lists/extent';
import { linePaths } from '../../domain/charts/line-paths';
import { spacedLabels } from '../../domain/charts/spaced-labels';

export const TREND_HEIGHT = 380;

/** 45 days either side of the first and last period ends, in milliseconds of the time axis. */
export const TIME_PADDING = 1000 * 60 * 60 * 24 * 45;

/** Room for the value labels on the left (56 px) and the period labels below (30 px). */
const MARGIN = { top: 16, right: 24, bottom: 38, left: 64 };

/** Room one year's name needs along the axis ("2020/21" at 14 px is about 52 px wide), with a gap. */
export const YEAR_LABEL_WIDTH = 64;

export interface TrendGeometryInput {
  width: number;
  /** Each series' points: x is the period's end in milliseconds, value null where there is no figure. */
  series: readonly { points: readonly { x: number; value: number | null }[] }[];
  /** The value axis: axisDomain's domain and axisTicks' ticks. */
  domain: [number, number];
  yTicks: readonly number[];
  /** One tick a financial year, at its end (yearTicks). */
  xTicks: readonly { x: number; label: string }[];
}

export interface PlotBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PlottedSeries {
  /** One path per run of figures. */
  paths: string[];
  /** A marker for each figure, with the index of its point in the series. */
  markers: { x: number; y: number; index: number }[];
}

export interface XTick {
  label: string;
  /** Where the year ends, kept within the plot: the year of the latest quarters may end after the chart does. */
  x: number;
  /** False for a year that ends after the chart does: its name is printed, at the edge, with no tick mark. */
  inside: boolean;
  /** Where its name goes and how it is anchored, so no name is cut off at the chart's edge. */
  labelX: number;
  anchor: 'start' | 'middle' | 'end';
  /** Whether the name is printed: names that would run into the next one are not. */
  labelled: boolean;
}

export interface TrendGeometry {
  width: number;
  height: number;
  plot: PlotBox;
  yTicks: { value: number; y: number }[];
  /** Every year's tick and name; see XTick. */
  xTicks: XTick[];
  series: PlottedSeries[];
  /** Each period end on the chart, oldest first: where a reader can point to read its figures. */
  columns: { time: number; x: number }[];
}

export function trendGeometry(input: TrendGeometryInput): TrendGeometry {
  const plot: PlotBox = {
    left: MARGIN.left,
    right: Math.max(input.width - MARGIN.right, MARGIN.left + 1),
    top: MARGIN.top,
    bottom: TREND_HEIGHT - MARGIN.bottom,
  };
  const times = input.series.flatMap((line) => line.points.map((point) => point.x));
  const first = times.length > 0 ? smallest(times) - TIME_PADDING : 0;
  const last = times.length > 0 ? largest(times) + TIME_PADDING : 1;
  const across = (time: number) => plot.left + ((time - first) / (last - first || 1)) * (plot.right - plot.left);
  const [low, high] = input.domain;
  const up = (value: number) => plot.bottom - ((value - low) / (high - low || 1)) * (plot.bottom - plot.top);

  const tickXs = input.xTicks.map((tick) => Math.min(Math.max(across(tick.x), plot.left), plot.right));
  const labelled = new Set(spacedLabels(tickXs, YEAR_LABEL_WIDTH));
  const half = YEAR_LABEL_WIDTH / 2;
  const labelPlace = (x: number): Pick<XTick, 'labelX' | 'anchor'> => {
    if (x + half > input.width) return { labelX: input.width - 2, anchor: 'end' };
    if (x - half < 0) return { labelX: 2, anchor: 'start' };
    return { labelX: x, anchor: 'middle' };
  };
  return {
    width: input.width,
    height: TREND_HEIGHT,
    plot,
    yTicks: input.yTicks.map((value) => ({ value, y: up(value) })),
    xTicks: input.xTicks.map((tick, index) => {
      const x = tickXs[index] ?? plot.left;
      return {
        label: tick.label,
        x,
        inside: tick.x <= last && tick.x >= first,
        ...labelPlace(x),
        labelled: labelled.has(index),
      };
    }),
    series: input.series.map((line) => {
      const drawn = line.points.map((point) =>
        point.value === null ? null : { x: across(point.x), y: up(point.value) },
      );
      return {
        paths: linePaths(drawn),
        markers: drawn.flatMap((point, index) => (point === null ? [] : [{ ...point, index }])),
      };
    }),
    columns: [...new Set(times)].sort((a, b) => a - b).map((time) => ({ time, x: across(time) })),
  };
}

/** The column nearest `x` (pixels from the chart's left edge), or null on a chart with none. */
export function nearestColumn(columns: readonly { x: number }[], x: number): number | null {
  let best: number | null = null;
  columns.forEach((column, index) => {
    const nearest = best === null ? undefined : columns[best];
    if (nearest === undefined || Math.abs(column.x - x) < Math.abs(nearest.x - x)) best = index;
  });
  return best;
}

/** The column a key moves to from `current` (null: none chosen yet, so the latest), or undefined for other keys. */
export function columnAfterKey(key: string, current: number | null, count: number): number | null | undefined {
  if (count === 0) return undefined;
  const latest = count - 1;
  switch (key) {
    case 'ArrowLeft':
      return current === null ? latest : Math.max(current - 1, 0);
    case 'ArrowRight':
      return current === null ? latest : Math.min(current + 1, latest);
    case 'Home':
      return 0;
    case 'End':
      return latest;
    case 'Escape':
      return null;
    default:
      return undefined;
  }
}
