import { sparklineSegments } from './sparkline-geometry';

interface SparklineProps {
  values: ReadonlyArray<number | null>;
  /** Spoken and shown on hover instead of the picture, e.g. "82.9 in 2018/19, 90 in 2019/20". */
  label: string;
  width?: number;
  height?: number;
}

/** A tiny trend in plain SVG: dozens of chart-library charts on one page would be slow. */
export function Sparkline({ values, label, width = 96, height = 28 }: SparklineProps) {
  const segments = sparklineSegments(values, width, height, 4);
  if (segments.length === 0) return <span className="visually-hidden">No trend: no figures</span>;
  const last = segments.at(-1)?.at(-1);
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      focusable="false"
    >
      <title>{label}</title>
      {segments.map((segment) =>
        segment.length === 1 ? (
          <circle key={`${segment[0]?.x}`} cx={segment[0]?.x} cy={segment[0]?.y} r={2} />
        ) : (
          <polyline key={`${segment[0]?.x}`} points={segment.map((point) => `${point.x},${point.y}`).join(' ')} />
        ),
      )}
      {last ? <circle className="sparkline-last" cx={last.x} cy={last.y} r={3} /> : null}
    </svg>
  );
}
