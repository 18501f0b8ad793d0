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

const BOX = { width: 1000, height: 480, left: 150, right: 24, top: 24, bottom: 64 };
/** Text on the chart in its own units: at 1920×1080 the chart is about 1,050px wide, so 28 units is about 29px. */
const LABEL_SIZE = 28;
/** Room a period's name needs across the axis ("Q2 2021/22" at LABEL_SIZE), so names never run into each other. */
const LABEL_WIDTH = 175;

/** The first name starts at its period, the last ends at it, the rest are centred, so none is cut off at an edge. */
function anchorFor(index: number, count: number): 'start' | 'middle' | 'end' {
  if (count > 1 && index === 0) return 'start';
  if (count > 1 && index === count - 1) return 'end';
  return 'middle';
}

/**
 * A light line chart for a projector: the whole history of the home LA and its comparators, on an
 * axis from zero, each line with its own dash and marker as well as its name, with the words beside it.
 */
export function TrendSvg({ slide }: { slide: MeasureSlide }) {
  const titleId = useId();
  const geometry = chartGeometry(
    slide.lines,
    { positions: slide.positions, types: slide.periodTypes, labelWidth: LABEL_WIDTH },
    BOX,
  );
  if (slide.periods.length === 0) return <p>There are no figures to chart.</p>;
  const mixed = new Set(slide.periodTypes).size > 1;
  return (
    <figure className="slide-chart">
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={titleId} className="slide-chart-svg">
        <title id={titleId}>{`Line chart, from zero. ${slide.summary}`}</title>
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
            <text
              x={BOX.left - 12}
              y={tick.y + LABEL_SIZE / 3}
              textAnchor="end"
              fontSize={LABEL_SIZE}
              fill="currentColor"
            >
              {formatValue(slide.measure, tick.value)}
            </text>
          </g>
        ))}
        {geometry.labelled.map((index) => (
          <text
            key={slide.periods[index]}
            x={geometry.xs[index]}
            y={BOX.height - BOX.bottom + LABEL_SIZE + 14}
            textAnchor={anchorFor(index, slide.periods.length)}
            fontSize={LABEL_SIZE}
            fill="currentColor"
          >
            {slide.periods[index]}
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
      <figcaption>The axis starts at zero.{mixed ? ' Years and quarters are not joined by a line.' : ''}</figcaption>
    </figure>
  );
}
