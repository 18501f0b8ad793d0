import type { Measure } from '../../domain/catalogue/measure';
import type { Period } from '../../domain/periods/period';
import type { SpcChart } from '../../domain/spc/chart';
import { formatValue } from '../../domain/text/figures';
import { spcAxisLabel } from '../../domain/text/spc-sentence';
import { spcGeometry, type SpcBox } from './spc-geometry';
import { SpcMarker } from './SpcMarker';
import { dashOf, LINE_COLOUR, LINE_DASH } from './spc-style';

/** The page's chart and the slide's: the slide's type is large enough to read across a room. */
const SIZES: Readonly<
  Record<'page' | 'slide', { box: SpcBox; font: number; marker: number; line: number; maxLabels: number }>
> = {
  page: {
    box: { width: 960, height: 420, left: 78, right: 44, top: 16, bottom: 56 },
    font: 17,
    marker: 15,
    line: 2.5,
    maxLabels: 8,
  },
  // Drawn at about its own size in the slide's wider column at 1920×1080, so 30 is about 30px.
  slide: {
    box: { width: 1100, height: 490, left: 120, right: 70, top: 20, bottom: 64 },
    font: 30,
    marker: 24,
    line: 4,
    maxLabels: 6,
  },
};

interface SpcChartSvgProps {
  chart: SpcChart;
  periods: readonly Period[];
  measure: Measure;
  /** Said for the chart as a whole; the table beside it gives every point. */
  label: string;
  size: 'page' | 'slide';
}

/**
 * The XmR chart as plain SVG: the figures as a grey line with a marker per point (special causes
 * by shape as well as colour), each segment's mean solid and limits dashed, the target dash-dot,
 * and a dotted upright where the limits were started again.
 */
export function SpcChartSvg({ chart, periods, measure, label, size }: SpcChartSvgProps) {
  const { box, font, marker, line, maxLabels } = SIZES[size];
  const geometry = spcGeometry(chart, box, { target: chart.target, maxLabels });
  const plotRight = box.width - box.right;
  const plotBottom = box.height - box.bottom;
  return (
    <svg
      viewBox={`0 0 ${box.width} ${box.height}`}
      role="img"
      aria-label={label}
      className={`spc-chart-svg spc-chart-${size}`}
    >
      {geometry.ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={box.left} x2={plotRight} y1={tick.y} y2={tick.y} stroke="#b1b4b6" strokeWidth="1" />
          <text x={box.left - 10} y={tick.y + font / 3} textAnchor="end" fontSize={font} fill="currentColor">
            {formatValue(measure, tick.value)}
          </text>
        </g>
      ))}
      <line x1={box.left} x2={plotRight} y1={plotBottom} y2={plotBottom} stroke="currentColor" strokeWidth="2" />
      {geometry.labelled.map((position) => (
        <text
          key={position}
          x={geometry.xs[position]}
          y={plotBottom + font * 1.6}
          textAnchor="middle"
          fontSize={font}
          fill="currentColor"
        >
          {periods[position] ? spcAxisLabel(periods[position]) : ''}
        </text>
      ))}
      {geometry.rebaseXs.map((x) => (
        <line
          key={x}
          x1={x}
          x2={x}
          y1={box.top}
          y2={plotBottom}
          stroke="currentColor"
          strokeWidth={line * 0.8}
          strokeDasharray={dashOf('1 2', line)}
        />
      ))}
      {geometry.segments.map((segment, index) => (
        <g key={index}>
          {[segment.upper, segment.lower].map((path) =>
            path ? (
              <path
                key={path}
                d={path}
                fill="none"
                stroke={LINE_COLOUR.limit}
                strokeWidth={line}
                strokeDasharray={dashOf(LINE_DASH.limit, line)}
              />
            ) : null,
          )}
          {segment.mean ? <path d={segment.mean} fill="none" stroke={LINE_COLOUR.mean} strokeWidth={line} /> : null}
        </g>
      ))}
      {geometry.target ? (
        <path
          d={geometry.target.path}
          fill="none"
          stroke={LINE_COLOUR.target}
          strokeWidth={line}
          strokeDasharray={dashOf(LINE_DASH.target, line)}
        />
      ) : null}
      {geometry.valuePaths.map((path) => (
        <path key={path} d={path} fill="none" stroke={LINE_COLOUR.figures} strokeWidth={line * 0.8} />
      ))}
      {geometry.points.map((point) => (
        <SpcMarker key={point.position} type={point.type} x={point.x} y={point.y} size={marker} />
      ))}
    </svg>
  );
}
