import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from 'recharts';
import { formatStatus, formatValue } from '../../domain/text/figures';
import { periodName } from '../../domain/text/periods';
import type { Measure } from '../../domain/catalogue/measure';
import { seriesStyle, type SeriesStyle } from './series-style';
import { axisTicks } from '../../domain/charts/axis';
import type { TrendPoint, TrendSeries } from './trend-series';
import { largest, smallest } from '../../domain/lists/extent';

interface TrendChartProps {
  measure: Measure;
  series: readonly TrendSeries[];
  domain: [number, number];
  /** Tick positions (end dates) and their labels, one per financial year on the timeline. */
  ticks: readonly { x: number; label: string }[];
}

interface MarkerProps {
  cx?: number;
  cy?: number;
  payload?: TrendPoint;
  style: SeriesStyle;
}

/** A point's marker: hollow when the figure is provisional or an estimate, so that reads without colour. */
function Marker({ cx, cy, payload, style }: MarkerProps) {
  if (cx === undefined || cy === undefined || !payload || payload.value === null) return null;
  const qualified = payload.observation !== null && payload.observation.status !== 'final';
  const fill = qualified ? '#ffffff' : style.stroke;
  const common = { fill, stroke: style.stroke, strokeWidth: 2 };
  switch (style.marker) {
    case 'square':
      return <rect x={cx - 4} y={cy - 4} width={8} height={8} {...common} />;
    case 'diamond':
      return <path d={`M${cx} ${cy - 5.5}L${cx + 5.5} ${cy}L${cx} ${cy + 5.5}L${cx - 5.5} ${cy}Z`} {...common} />;
    case 'triangle':
      return <path d={`M${cx} ${cy - 5.5}L${cx + 5.5} ${cy + 4.5}L${cx - 5.5} ${cy + 4.5}Z`} {...common} />;
    case 'circle':
      return <circle cx={cx} cy={cy} r={4.5} {...common} />;
  }
}

interface TooltipEntry {
  name?: string | number;
  payload?: TrendPoint;
}

function TrendTooltip({
  measure,
  active,
  payload,
}: {
  measure: Measure;
  active?: boolean;
  payload?: readonly TooltipEntry[];
}) {
  if (!active || !payload || payload.length === 0) return null;
  return (
    <div className="chart-tooltip">
      {payload.map((entry) => {
        const point = entry.payload;
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
          <p key={`${String(entry.name)}-${point.period.label}`}>
            <strong>{entry.name}</strong>, {periodName(point.period)}: {figure}
            {status}
          </p>
        );
      })}
    </div>
  );
}

/** The picture only: the caption, summary, table and controls around it are the page's. */
export function TrendChart({ measure, series, domain, ticks }: TrendChartProps) {
  const labelOf = new Map(ticks.map((tick) => [tick.x, tick.label]));
  const xs = series.flatMap((line) => line.points.map((point) => point.x));
  const padding = 1000 * 60 * 60 * 24 * 45;
  return (
    <ResponsiveContainer width="100%" height={380}>
      <LineChart margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#d8d8d8" vertical={false} />
        <XAxis
          type="number"
          dataKey="x"
          domain={[smallest(xs) - padding, largest(xs) + padding]}
          ticks={ticks.map((tick) => tick.x)}
          tickFormatter={(x: number) => labelOf.get(x) ?? ''}
          tick={{ fill: '#0b0c0c', fontSize: 14 }}
          allowDuplicatedCategory={false}
        />
        <YAxis
          domain={domain}
          ticks={axisTicks(domain)}
          interval={0}
          tick={{ fill: '#0b0c0c', fontSize: 14 }}
          width={56}
          tickFormatter={(value: number) =>
            formatValue(
              { ...measure, unit: measure.unit === 'days' || measure.unit === 'months' ? 'count' : measure.unit },
              value,
            )
          }
        />
        <Tooltip content={<TrendTooltip measure={measure} />} isAnimationActive={false} />
        {series.map((line) => {
          const style = seriesStyle(line);
          return (
            <Line
              key={line.id}
              data={line.points}
              dataKey="value"
              name={line.label}
              stroke={style.stroke}
              strokeWidth={style.width}
              strokeDasharray={style.dash}
              connectNulls={false}
              isAnimationActive={false}
              dot={(props: DotItemDotProps) => (
                <Marker
                  key={`${line.id}-${props.index}`}
                  cx={props.cx}
                  cy={props.cy}
                  payload={line.points[props.index]}
                  style={style}
                />
              )}
              activeDot={false}
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
