import type { BreakdownTable } from '../../domain/breakdowns/breakdown-table';
import { percentText, snapshotHeading } from '../../domain/text/breakdowns';

/*
 * The geometry of the breakdown chart: horizontal bars of each category's percentage, one bar per
 * snapshot in each category's group (oldest at the top), with the figure written at the bar's end,
 * so no bar's meaning rests on its shade alone. Pure, so it is tested without a browser.
 */

export interface ChartBar {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Which snapshot: its index, for the shade and the legend. */
  series: number;
  text: string;
}

export interface ChartGroup {
  key: string;
  label: string;
  labelY: number;
  indent: boolean;
}

export interface BreakdownChartGeometry {
  width: number;
  height: number;
  labelWidth: number;
  plotWidth: number;
  groups: ChartGroup[];
  bars: ChartBar[];
  ticks: { x: number; label: string }[];
  legend: { series: number; label: string }[];
  top: number;
}

export const SERIES_FILLS = ['#b1b4b6', '#5694ca', '#1d70b8', '#003078', '#0b0c0c'];

const BAR = 14;
const GAP = 10;
const TOP = 30;

export function breakdownChart(table: BreakdownTable, width = 900): BreakdownChartGeometry {
  const labelWidth = 300;
  const plotWidth = width - labelWidth - 70;
  const series = table.snapshots.length;
  const groupHeight = Math.max(1, series) * BAR + GAP;
  const largest = table.rows.reduce(
    (most, row) => row.cells.reduce((rowMost, cell) => Math.max(rowMost, cell?.percent ?? 0), most),
    10,
  );
  const scaleMax = Math.ceil(largest / 10) * 10;
  const scale = (percent: number) => (percent / scaleMax) * plotWidth;
  const groups: ChartGroup[] = [];
  const bars: ChartBar[] = [];
  table.rows.forEach((row, at) => {
    const y0 = TOP + at * groupHeight;
    groups.push({ key: row.key, label: row.label, labelY: y0 + (series * BAR) / 2 + 5, indent: row.partOf !== null });
    row.cells.forEach((cell, index) => {
      const percent = cell?.percent ?? null;
      bars.push({
        key: `${row.key}|${index}`,
        x: labelWidth,
        y: y0 + index * BAR,
        width: percent === null ? 0 : scale(percent),
        height: BAR - 2,
        series: index,
        text: percent === null ? 'no figure' : percentText(percent),
      });
    });
  });
  const ticks = Array.from({ length: scaleMax / 10 + 1 }, (_, index) => ({
    x: labelWidth + scale(index * 10),
    label: `${index * 10}%`,
  })).filter((_, index) => scaleMax <= 50 || index % 2 === 0);
  return {
    width,
    height: TOP + table.rows.length * groupHeight + 10,
    labelWidth,
    plotWidth,
    groups,
    bars,
    ticks,
    legend: table.snapshots.map((period, index) => ({ series: index, label: snapshotHeading(period) })),
    top: TOP,
  };
}
