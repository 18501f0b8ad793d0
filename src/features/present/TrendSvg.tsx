import { useId } from 'react';
import { formatValue } from '../../domain/text/figures';
import type { MeasureSlide, TrendLine } from '../../domain/slides/slides';
import { chartGeometry } from './chart-geometry';

/** Each line has its own dash and marker as well as its name, so it reads in black and white and without colour. */
const LINE_STYLE: Readonly<
  Record<TrendLine['role'], { dash: string; width: number; marker: 'circle' | 'square' | 'triangle' | 'diamond' }>
> = {
  home: { dash: '', width: 6, marker: 'circle' },
  england: { dash: '14 8', width: 4, marker: 'square' },
  region: { dash: '4 6', width: 4, marker: 'triangle' },
  stat_neighbours: { dash: '18 6 4 6', width: 4, marker: 'diamond' },
};

function Marker({ shape, x, y }: { shape: keyof typeof MARKER_PATH; x: number; y: number }) {
  return (
    <path
      d={MARKER_PATH[shape](x, y)}
      fill={shape === 'circle' ? 'currentColor' : '#fff'}
      stroke="currentColor"
      strokeWidth="3"
    />
  );
}

const MARKER_PATH = {
  circle: (x: number, y: number) => `M${x - 9},${y} a9,9 0 1,0 18,0 a9,9 0 1,0 -18,0`,
  square: (x: number, y: number) => `M${x - 8},${y - 8} h16 v16 h-16 z`,
  triangle: (x: number, y: number) => `M${x},${y - 10} l10,17 h-20 z`,
  diamond: (x: number, y: number) => `M${x},${y - 11} l11,11 l-11,11 l-11,-11 z`,
};

const BOX = { width: 1000, height: 520, left: 110, right: 40, top: 30, bottom: 70 };

/** A light line chart for a projector: the trend of the home LA and its comparators, with the words beside it. */
export function TrendSvg({ slide }: { slide: MeasureSlide }) {
  const titleId = useId();
  const geometry = chartGeometry(slide.lines, slide.periods.length, BOX);
  if (slide.periods.length === 0) return <p>{slide.summary}</p>;
  return (
    <figure className="slide-chart">
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={titleId} className="slide-chart-svg">
        <title id={titleId}>{`Line chart. ${slide.summary}`}</title>
        <line
          x1={BOX.left}
          x2={BOX.width - BOX.right}
          y1={BOX.height - BOX.bottom}
          y2={BOX.height - BOX.bottom}
          stroke="currentColor"
          strokeWidth="2"
        />
        {geometry.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={BOX.left}
              x2={BOX.width - BOX.right}
              y1={tick.y}
              y2={tick.y}
              stroke="#6f777b"
              strokeWidth="1"
              strokeDasharray="2 6"
            />
            <text x={BOX.left - 12} y={tick.y + 9} textAnchor="end" fontSize="26" fill="currentColor">
              {formatValue(slide.measure, tick.value)}
            </text>
          </g>
        ))}
        {slide.periods.map((period, index) => (
          <text
            key={period}
            x={geometry.xs[index]}
            y={BOX.height - BOX.bottom + 40}
            textAnchor="middle"
            fontSize="24"
            fill="currentColor"
          >
            {period}
          </text>
        ))}
        {geometry.lines.map((line) => {
          const style = LINE_STYLE[line.role];
          return (
            <g key={line.role}>
              {line.paths.map((path) => (
                <path
                  key={path}
                  d={path}
                  fill="none"
                  stroke="currentColor"
                  strokeWidth={style.width}
                  strokeDasharray={style.dash || undefined}
                  strokeLinejoin="round"
                />
              ))}
              {line.points.map((point) => (
                <Marker key={point.x} shape={style.marker} x={point.x} y={point.y} />
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="slide-legend">
        {slide.lines.map((line) => {
          const style = LINE_STYLE[line.role];
          return (
            <li key={line.role}>
              <svg viewBox="0 0 60 24" width="60" height="24" aria-hidden="true" focusable="false">
                <line
                  x1="2"
                  x2="58"
                  y1="12"
                  y2="12"
                  stroke="currentColor"
                  strokeWidth={style.width}
                  strokeDasharray={style.dash || undefined}
                />
                <Marker shape={style.marker} x={30} y={12} />
              </svg>
              {line.label}
            </li>
          );
        })}
      </ul>
      <figcaption>{slide.summary}</figcaption>
    </figure>
  );
}
