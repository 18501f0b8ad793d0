/**
 * The all-council chart drawn as plain SVG: a bar per council in rank order, the home council
 * striped and outlined, the England and region lines across. Up to 150 bars drawn by recharts were
 * one task of 200 to 350 ms (its store re-renders the chart after measuring every council's name);
 * this draws each part once from comparisonGeometry. The summary, legend and table around it are
 * RegionalComparison's.
 */
import { useId, useRef } from 'react';
import { formatValue } from '../../domain/text/figures';
import { orderWords } from '../../domain/text/ranks';
import { axisDomain, axisTicks } from '../../domain/charts/axis';
import { useWidth } from '../../shared/use-width';
import { comparisonGeometry } from './comparison-geometry';
import {
  chartLayout,
  type ComparisonEntry,
  type ReferenceFigure,
  type RegionalComparisonView,
} from './regional-comparison';
import { CHART_INK, seriesStyle } from './series-style';
import type { Measure } from '../../domain/catalogue/measure';

// Other councils are pale bars with a dark edge, so the edge meets 3:1 on white and the reference
// lines keep 3:1 where they cross a bar; the home council is striped and outlined in black, so it
// stands out without colour (and in black-and-white print).
export const BAR_FILL = '#dee0e2';
export const BAR_EDGE = '#505a5f';
export const HOME_INK = CHART_INK.text;
const GRID = CHART_INK.grid;
const AXIS = CHART_INK.axis;
const FONT_SIZE = 14;

export function referenceStyle(kind: ReferenceFigure['kind']) {
  return seriesStyle({ role: kind, periodType: 'financial_year' });
}

export function HomeStripes({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
      <rect width={6} height={6} fill="#ffffff" />
      <line x1={0} y1={0} x2={0} y2={6} stroke={HOME_INK} strokeWidth={3} />
    </pattern>
  );
}

export function ComparisonBars({ measure, comparison }: { measure: Measure; comparison: RegionalComparisonView }) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const stripesId = useId().replace(/:/g, '');
  const bars = comparison.entries.filter((entry): entry is ComparisonEntry & { value: number } => entry.value !== null);
  const layout = chartLayout(bars.length);
  const references = comparison.references;
  const domain = axisDomain(
    [...bars.map((entry) => entry.value), ...references.map((reference) => reference.value)],
    true,
  );
  const ticks = axisTicks(domain);
  const geometry = comparisonGeometry({
    layout,
    width,
    values: bars.map((entry) => entry.value),
    references: references.map((reference) => reference.value),
    domain,
    ticks,
  });
  const { plot } = geometry;
  const across = layout === 'named_bars';
  // Two labels on lines close together would overprint: the higher line's label goes further out from its line.
  const englandValue = references.find((reference) => reference.kind === 'england')?.value ?? 0;
  const regionValue = references.find((reference) => reference.kind === 'region')?.value ?? 0;
  const outer = (kind: ReferenceFigure['kind']) =>
    kind === 'england' ? englandValue >= regionValue : englandValue < regionValue;
  return (
    <div ref={box} className="comparison-bars">
      {width > 0 ? (
        <svg width={width} height={geometry.height} aria-hidden="true" focusable="false" className="comparison-svg">
          <defs>
            <HomeStripes id={stripesId} />
          </defs>
          {geometry.tickAt.map((at, index) =>
            across ? (
              <line key={index} x1={at} x2={at} y1={plot.top} y2={plot.bottom} stroke={GRID} />
            ) : (
              <line key={index} x1={plot.left} x2={plot.right} y1={at} y2={at} stroke={GRID} />
            ),
          )}
          {geometry.bars.map((bar, index) => {
            const entry = bars[index];
            if (!entry?.isHome)
              return (
                <rect
                  key={entry?.areaCode ?? index}
                  className="comparison-bar"
                  x={bar.x}
                  y={bar.y}
                  width={bar.width}
                  height={bar.height}
                  fill={BAR_FILL}
                  stroke={BAR_EDGE}
                  strokeWidth={1}
                />
              );
            const rightHalf = index > bars.length / 2;
            const middle = bar.x + bar.width / 2;
            return (
              <g key={entry.areaCode}>
                <rect
                  className="comparison-bar comparison-bar-home"
                  x={bar.x}
                  y={bar.y}
                  width={Math.max(bar.width, 3)}
                  height={bar.height}
                  fill={`url(#${stripesId})`}
                  stroke={HOME_INK}
                  strokeWidth={2}
                />
                {across ? null : (
                  // Columns carry no names, so the home council's is at the top of the plot with a leader down to its column.
                  <>
                    <line x1={middle} y1={plot.top + 24} x2={middle} y2={bar.y - 2} stroke={HOME_INK} strokeWidth={1} />
                    <text
                      x={middle + (rightHalf ? -6 : 6)}
                      y={plot.top + 18}
                      textAnchor={rightHalf ? 'end' : 'start'}
                      fill={HOME_INK}
                      fontSize={FONT_SIZE}
                      fontWeight={700}
                    >
                      {entry.label}
                    </text>
                  </>
                )}
              </g>
            );
          })}
          {across
            ? geometry.bars.map((bar, index) => (
                <text
                  key={bars[index]?.areaCode ?? index}
                  x={plot.left - 8}
                  y={bar.y + bar.height / 2 + 5}
                  textAnchor="end"
                  fill={HOME_INK}
                  fontSize={FONT_SIZE}
                >
                  {bars[index]?.label}
                </text>
              ))
            : null}
          {/* The value axis, with its ticks and figures, and the councils' axis. */}
          <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke={AXIS} />
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={AXIS} />
          {ticks.map((tick, index) => {
            const at = geometry.tickAt[index] ?? 0;
            return across ? (
              <g key={tick}>
                <line x1={at} x2={at} y1={plot.bottom} y2={plot.bottom + 6} stroke={AXIS} />
                <text x={at} y={plot.bottom + 22} textAnchor="middle" fill={HOME_INK} fontSize={FONT_SIZE}>
                  {formatValue(measure, tick)}
                </text>
              </g>
            ) : (
              <g key={tick}>
                <line x1={plot.left - 6} x2={plot.left} y1={at} y2={at} stroke={AXIS} />
                <text x={plot.left - 8} y={at + 5} textAnchor="end" fill={HOME_INK} fontSize={FONT_SIZE}>
                  {formatValue(measure, tick)}
                </text>
              </g>
            );
          })}
          {across ? null : (
            <text
              x={(plot.left + plot.right) / 2}
              y={plot.bottom + 24}
              textAnchor="middle"
              fill={HOME_INK}
              fontSize={FONT_SIZE}
            >
              Councils in rank order, {orderWords(measure.polarity)}
            </text>
          )}
          {references.map((reference, index) => {
            const style = referenceStyle(reference.kind);
            const at = geometry.referenceAt[index] ?? 0;
            const far = outer(reference.kind);
            const label = `${reference.area.name} ${formatValue(measure, reference.value)}`;
            // Upright lines are labelled above the plot, level lines to its right, where the margin leaves room.
            return (
              <g key={reference.kind}>
                <line
                  x1={across ? at : plot.left}
                  x2={across ? at : plot.right}
                  y1={across ? plot.top : at}
                  y2={across ? plot.bottom : at}
                  stroke={style.stroke}
                  strokeWidth={style.width + 1}
                  strokeDasharray={style.dash}
                />
                <text
                  x={across ? at : plot.right + 6}
                  y={across ? plot.top - (far ? 24 : 6) : at + 5 + (far ? -9 : 9)}
                  textAnchor={across ? 'middle' : 'start'}
                  fill={HOME_INK}
                  fontSize={FONT_SIZE}
                >
                  {label}
                </text>
              </g>
            );
          })}
        </svg>
      ) : null}
    </div>
  );
}
