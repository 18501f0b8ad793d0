/**
 * The benchmark's arithmetic and its printed table: pure functions, so a fast unit test can check
 * them (test/unit/bench-helpers.test.ts) without running any benchmark.
 */
import { largest } from '../../src/domain/lists/extent';

/** The middle of the runs (the mean of the two middle ones for an even count): one slow run from a busy machine does not move it. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no runs');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** How many times the baseline a figure is; null when the baseline is zero, where a ratio means nothing. */
export function ratio(figure: number, baseline: number): number | null {
  return baseline === 0 ? null : figure / baseline;
}

export type Unit = 'ms' | 'MB';

/** One line of the table: a figure beside the baseline measured in the same run, and its target. */
export interface BenchFigure {
  /** Which item of the performance issue's list of targets (1 to 6), for reading the table against it. */
  issueItem: number;
  name: string;
  unit: Unit;
  /** Every run, in order, so the spread can be seen in the JSON. */
  runs: number[];
  baselineName: string;
  baselineRuns: number[];
  /**
   * The target, as a bound on the figure itself or on its ratio to the baseline ("≤ 1.5× the plain
   * split"); null for a figure reported for context only.
   */
  target: { kind: 'at_most'; value: number } | { kind: 'ratio_at_most'; value: number } | null;
  /** How the figure was measured, in a sentence, for the JSON and the docs. */
  method: string;
}

export interface FigureSummary {
  median: number;
  baseline: number;
  ratio: number | null;
  /** Null when the figure has no target. */
  met: boolean | null;
}

export function summarise(figure: BenchFigure): FigureSummary {
  const figureMedian = median(figure.runs);
  const baseline = median(figure.baselineRuns);
  const times = ratio(figureMedian, baseline);
  let met: boolean | null = null;
  if (figure.target?.kind === 'at_most') met = figureMedian <= figure.target.value;
  if (figure.target?.kind === 'ratio_at_most') met = times !== null && times <= figure.target.value;
  return { median: figureMedian, baseline, ratio: times, met };
}

function amount(value: number, unit: Unit): string {
  const digits = unit === 'MB' || value < 10 ? 1 : 0;
  return `${value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`;
}

function targetText(figure: BenchFigure): string {
  if (!figure.target) return '(context)';
  return figure.target.kind === 'at_most'
    ? `≤ ${amount(figure.target.value, figure.unit)}`
    : `≤ ${figure.target.value}× baseline`;
}

function ratioText(times: number | null): string {
  return times === null ? 'n/a' : `${times.toFixed(2)}×`;
}

function metText(met: boolean | null): string {
  if (met === null) return '';
  return met ? 'yes' : 'NO';
}

/** The table `npm run bench` prints: one row per figure, columns padded to line up in a terminal and in Markdown. */
export function formatTable(figures: readonly BenchFigure[]): string {
  const header = ['#', 'figure', 'median', 'baseline', 'baseline median', 'ratio', 'target', 'met?'];
  const rows = figures.map((figure) => {
    const summary = summarise(figure);
    return [
      String(figure.issueItem),
      figure.name,
      amount(summary.median, figure.unit),
      figure.baselineName,
      amount(summary.baseline, figure.unit),
      ratioText(summary.ratio),
      targetText(figure),
      metText(summary.met),
    ];
  });
  const widths = header.map((title, column) =>
    largest(
      rows.map((row) => (row[column] ?? '').length),
      title.length,
    ),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
