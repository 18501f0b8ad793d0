/**
 * Where the all-council chart's parts go, in pixels of a chart `width` wide: bars in rank order,
 * the value axis's ticks and grid, the England and region lines. Two layouts, as chartLayout
 * chooses: named bars across (few councils, each named beside its bar) or unnamed columns (up to
 * 150 councils, the home council named above its column). Pure, so the drawing
 * (ComparisonBars.tsx) only places what this works out.
 */
export interface ComparisonGeometryInput {
  layout: 'named_bars' | 'columns';
  width: number;
  values: readonly number[];
  references: readonly number[];
  /** The value axis: axisDomain's domain and axisTicks' ticks. */
  domain: [number, number];
  ticks: readonly number[];
}

export interface BarBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The plot's edges: value axis along one, councils along the other. */
export interface PlotBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ComparisonGeometry {
  height: number;
  plot: PlotBox;
  bars: BarBox[];
  /** Each tick's position along the value axis (x for named bars, y for columns). */
  tickAt: number[];
  /** Each reference figure's position along the value axis. */
  referenceAt: number[];
}

const NAMED_ROW = 30;
const NAMED = { top: 48, right: 32, bottom: 8, left: 8, names: 240, axis: 30, gap: 4 };
const COLUMNS = { top: 32, right: 160, bottom: 24, left: 8, axis: 64, labels: 30, gap: 1, height: 420 };

export function comparisonGeometry(input: ComparisonGeometryInput): ComparisonGeometry {
  const [low, high] = input.domain;
  const span = high - low || 1;
  const count = Math.max(input.values.length, 1);
  if (input.layout === 'named_bars') {
    const height = input.values.length * NAMED_ROW + 90;
    const plot = {
      left: NAMED.left + NAMED.names,
      right: Math.max(input.width - NAMED.right, NAMED.left + NAMED.names + 1),
      top: NAMED.top,
      bottom: height - NAMED.bottom - NAMED.axis,
    };
    const at = (value: number) => plot.left + ((value - low) / span) * (plot.right - plot.left);
    const base = at(Math.min(Math.max(0, low), high));
    const band = (plot.bottom - plot.top) / count;
    return {
      height,
      plot,
      bars: input.values.map((value, index) => ({
        x: Math.min(at(value), base),
        y: plot.top + index * band + NAMED.gap,
        width: Math.abs(at(value) - base),
        height: Math.max(band - NAMED.gap * 2, 1),
      })),
      tickAt: input.ticks.map(at),
      referenceAt: input.references.map(at),
    };
  }
  const height = COLUMNS.height;
  const plot = {
    left: COLUMNS.left + COLUMNS.axis,
    right: Math.max(input.width - COLUMNS.right, COLUMNS.left + COLUMNS.axis + 1),
    top: COLUMNS.top,
    bottom: height - COLUMNS.bottom - COLUMNS.labels,
  };
  const at = (value: number) => plot.bottom - ((value - low) / span) * (plot.bottom - plot.top);
  const base = at(Math.min(Math.max(0, low), high));
  const band = (plot.right - plot.left) / count;
  return {
    height,
    plot,
    bars: input.values.map((value, index) => ({
      x: plot.left + index * band,
      y: Math.min(at(value), base),
      width: Math.max(band - COLUMNS.gap, 1),
      height: Math.abs(at(value) - base),
    })),
    tickAt: input.ticks.map(at),
    referenceAt: input.references.map(at),
  };
}
