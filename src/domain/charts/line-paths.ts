/** A point drawn on a chart, in its own units; null where the figure is missing. */
export type ChartPoint = { x: number; y: number } | null;

/**
 * One SVG path per run of points: a missing figure (null) ends a run, so a line is never drawn
 * across a gap as if blank were a figure. A run of one point draws no line (its marker shows it).
 */
export function linePaths(points: readonly ChartPoint[]): string[] {
  const paths: string[] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length > 1) paths.push(run.join(' '));
    run = [];
  };
  for (const point of points) {
    if (point === null) {
      close();
      continue;
    }
    run.push(`${run.length === 0 ? 'M' : 'L'}${point.x.toFixed(1)},${point.y.toFixed(1)}`);
  }
  close();
  return paths;
}
