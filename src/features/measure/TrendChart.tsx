/**
 * The measure page's trend chart drawn as plain SVG: each series' line in its own stroke, width
 * and dash, broken where a figure is missing, with a marker of its own shape at each figure (hollow
 * when provisional or an estimate, so that reads without colour), the value grid, and the years
 * along the bottom. recharts drew these four lines in one task of 100 to 170 ms (its store renders
 * the chart again after the first commit); this draws each part once from trendGeometry.
 *
 * Pointing at the chart, or focusing it and pressing the arrow keys, shows the figures of every
 * line at one period, as recharts' tooltip did on hover. The caption, summary, legend, table and
 * controls around it are the page's.
 */
import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { formatStatus, formatValue, shortFigure } from '../../domain/text/figures';
import { periodName } from '../../domain/text/periods';
import type { Measure } from '../../domain/catalogue/measure';
import { useWidth } from '../../shared/use-width';
import { CHART_INK, seriesStyle, type SeriesStyle } from './series-style';
import { axisTicks } from '../../domain/charts/axis';
import { columnAfterKey, nearestColumn, trendGeometry, type TrendGeometry } from './trend-geometry';
import type { TrendPoint, TrendSeries } from './trend-series';

const FONT_SIZE = 14;

interface TrendChartProps {
  measure: Measure;
  series: readonly TrendSeries[];
  domain: [number, number];
  /** Tick positions (end dates) and their labels, one per financial year on the timeline. */
  ticks: readonly { x: number; label: string }[];
  /** The picture's name for assistive technology: what kind of chart it is and what it shows. */
  label: string;
  /** The id of the summary that says the trend in words. */
  describedBy: string;
}

/** A point's marker: hollow when the figure is provisional or an estimate, so that reads without colour. */
function Marker({ x, y, point, style }: { x: number; y: number; point: TrendPoint; style: SeriesStyle }) {
  const qualified = point.observation !== null && point.observation.status !== 'final';
  const common = { fill: qualified ? '#ffffff' : style.stroke, stroke: style.stroke, strokeWidth: 2 };
  switch (style.marker) {
    case 'square':
      return <rect x={x - 4} y={y - 4} width={8} height={8} {...common} />;
    case 'diamond':
      return <path d={`M${x} ${y - 5.5}L${x + 5.5} ${y}L${x} ${y + 5.5}L${x - 5.5} ${y}Z`} {...common} />;
    case 'triangle':
      return <path d={`M${x} ${y - 5.5}L${x + 5.5} ${y + 4.5}L${x - 5.5} ${y + 4.5}Z`} {...common} />;
    case 'circle':
      return <circle cx={x} cy={y} r={4.5} {...common} />;
  }
}

/** Every line's figure at one period end, in the words recharts' tooltip used. */
function Readout({ measure, series, time }: { measure: Measure; series: readonly TrendSeries[]; time: number }) {
  return series.map((line) => {
    const point = line.points.find((candidate) => candidate.x === time);
    if (!point) return null;
    const figure =
      point.value === null
        ? point.observation
          ? formatStatus(point.observation)
          : 'No figure'
        : formatValue(measure, point.value);
    const status =
      point.observation && point.value !== null && point.observation.status !== 'final'
        ? ` (${formatStatus(point.observation).toLowerCase()})`
        : '';
    return (
      <p key={line.id}>
        <strong>{line.label}</strong>, {periodName(point.period)}: {figure}
        {status}
      </p>
    );
  });
}

function Drawing({
  measure,
  series,
  geometry,
  active,
  label,
  describedBy,
}: {
  measure: Measure;
  series: readonly TrendSeries[];
  geometry: TrendGeometry;
  active: number | null;
  label: string;
  describedBy: string;
}) {
  const { plot } = geometry;
  const column = active === null ? undefined : geometry.columns[active];
  return (
    <svg
      width={geometry.width}
      height={geometry.height}
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      className="trend-svg"
    >
      {geometry.yTicks.map((tick) => (
        <line key={tick.value} x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke={CHART_INK.grid} />
      ))}
      <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke={CHART_INK.axis} />
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={CHART_INK.axis} />
      {geometry.yTicks.map((tick) => (
        <g key={tick.value}>
          <line x1={plot.left - 6} x2={plot.left} y1={tick.y} y2={tick.y} stroke={CHART_INK.axis} />
          <text x={plot.left - 8} y={tick.y + 5} textAnchor="end" fill={CHART_INK.text} fontSize={FONT_SIZE}>
            {shortFigure(measure, tick.value)}
          </text>
        </g>
      ))}
      {geometry.xTicks.map((tick) =>
        tick.labelled ? (
          <g key={tick.label}>
            {tick.inside ? (
              <line x1={tick.x} x2={tick.x} y1={plot.bottom} y2={plot.bottom + 6} stroke={CHART_INK.axis} />
            ) : null}
            <text
              x={tick.labelX}
              y={plot.bottom + 22}
              textAnchor={tick.anchor}
              fill={CHART_INK.text}
              fontSize={FONT_SIZE}
            >
              {tick.label}
            </text>
          </g>
        ) : null,
      )}
      {column ? (
        <line
          className="trend-cursor"
          x1={column.x}
          x2={column.x}
          y1={plot.top}
          y2={plot.bottom}
          stroke={CHART_INK.axis}
          strokeWidth={1}
        />
      ) : null}
      {series.map((line, index) => {
        const style = seriesStyle(line);
        const plotted = geometry.series[index];
        if (!plotted) return null;
        return (
          <g key={line.id} className="trend-series">
            {plotted.paths.map((path) => (
              <path
                key={path}
                className="trend-line"
                d={path}
                fill="none"
                stroke={style.stroke}
                strokeWidth={style.width}
                strokeDasharray={style.dash || undefined}
                strokeLinejoin="round"
              />
            ))}
            {plotted.markers.map((marker) => {
              const point = line.points[marker.index];
              return point ? <Marker key={point.x} x={marker.x} y={marker.y} point={point} style={style} /> : null;
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** The picture only: the caption, summary, table and controls around it are the page's. */
export function TrendChart({ measure, series, domain, ticks, label, describedBy }: TrendChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const hintId = useId();
  const [active, setActive] = useState<number | null>(null);
  const geometry = trendGeometry({ width, series, domain, yTicks: axisTicks(domain), xTicks: ticks });
  const columns = geometry.columns;
  // A line switched off or a period chosen can leave fewer columns than the one being read.
  const shown = active !== null && active < columns.length ? active : null;
  const column = shown === null ? undefined : columns[shown];

  const point = (event: PointerEvent<HTMLDivElement>) =>
    setActive(nearestColumn(columns, event.clientX - event.currentTarget.getBoundingClientRect().left));
  const step = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = columnAfterKey(event.key, shown, columns.length);
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
  };
  return (
    <div ref={box} className="trend-chart">
      {width > 0 ? (
        <>
          <div className="trend-plot">
            <Drawing
              measure={measure}
              series={series}
              geometry={geometry}
              active={shown}
              label={label}
              describedBy={describedBy}
            />
            {columns.length > 0 ? (
              // Over the picture, not around it: a slider's content is not read out, and the picture's name must be.
              <div
                className="trend-scrubber"
                role="slider"
                tabIndex={0}
                aria-label="Period whose figures are shown"
                aria-describedby={hintId}
                aria-valuemin={1}
                aria-valuemax={columns.length}
                aria-valuenow={(shown ?? columns.length - 1) + 1}
                aria-valuetext={periodNameAt(series, (column ?? columns.at(-1))?.time)}
                onPointerMove={point}
                onPointerLeave={() => setActive(null)}
                onFocus={() => setActive(columns.length - 1)}
                onBlur={() => setActive(null)}
                onKeyDown={step}
              />
            ) : null}
            <div
              className={`chart-tooltip trend-readout ${column && column.x > width / 2 ? 'trend-readout-left' : 'trend-readout-right'}`}
              aria-live="polite"
            >
              {column ? <Readout measure={measure} series={series} time={column.time} /> : null}
            </div>
          </div>
          <p id={hintId} className="chart-hint">
            Point at the chart, or tab to it and use the left and right arrow keys, to read the figures for each period.
          </p>
        </>
      ) : null}
    </div>
  );
}

/** The name of the period ending at `time`: a year where a year and its fourth quarter end together. */
function periodNameAt(series: readonly TrendSeries[], time: number | undefined): string {
  const periods = series.flatMap((line) =>
    line.points.filter((point) => point.x === time).map((point) => point.period),
  );
  const period = periods.find((candidate) => candidate.type === 'financial_year') ?? periods[0];
  return period ? periodName(period) : '';
}
