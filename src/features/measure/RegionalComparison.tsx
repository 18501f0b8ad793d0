import { useId, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import type { Area } from '../../domain/areas/area';
import type { Dataset } from '../../domain/dataset/dataset';
import { bandText, noComparisonText, orderWords, scopeCouncils } from '../../domain/text/ranks';
import { periodName } from '../../domain/text/periods';
import { formatValue } from '../../domain/text/figures';
import { regionPhrase } from '../../domain/text/regions';
import type { Measure } from '../../domain/catalogue/measure';
import type { Period } from '../../domain/periods/period';
import { useSelectionStore } from '../../shared/selection-store';
import { useViewContext } from '../../shared/use-view-context';
import {
  chartLayout,
  regionalComparison,
  type ComparisonEntry,
  type ReferenceFigure,
  type RegionalComparisonView,
} from './regional-comparison';
import { seriesStyle } from './series-style';
import { axisDomain, axisTicks } from '../../domain/charts/axis';

// Other councils are pale bars with a dark edge, so the edge meets 3:1 on white and the reference
// lines keep 3:1 where they cross a bar; the home council is striped and outlined in black, so it
// stands out without colour (and in black-and-white print).
const BAR_FILL = '#dee0e2';
const BAR_EDGE = '#505a5f';
const HOME_INK = '#0b0c0c';
const LINE_WORDS = { england: 'long dashes', region: 'dots' } as const;

function referenceStyle(kind: ReferenceFigure['kind']) {
  return seriesStyle({ role: kind, periodType: 'financial_year' });
}

function HomeStripes({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
      <rect width={6} height={6} fill="#ffffff" />
      <line x1={0} y1={0} x2={0} y2={6} stroke={HOME_INK} strokeWidth={3} />
    </pattern>
  );
}

interface BarShape {
  props: BarShapeProps;
  entry: ComparisonEntry | undefined;
  stripesId: string;
  /** Columns carry no names, so the home council's column is named above it. */
  nameAbove: boolean;
  /** Whether the column is in the right half, so its name runs leftwards and stays inside the chart. */
  rightHalf: boolean;
}

function ComparisonBar({ props, entry, stripesId, nameAbove, rightHalf }: BarShape) {
  const { x, y, width, height } = props;
  if (!entry?.isHome)
    return <rect x={x} y={y} width={width} height={height} fill={BAR_FILL} stroke={BAR_EDGE} strokeWidth={1} />;
  return (
    <g>
      <defs>
        <HomeStripes id={stripesId} />
      </defs>
      <rect
        x={x}
        y={y}
        width={Math.max(width, 3)}
        height={height}
        fill={`url(#${stripesId})`}
        stroke={HOME_INK}
        strokeWidth={2}
      />
      {nameAbove ? (
        // Named at the top of the plot with a leader down to the column, clear of the reference lines below.
        <>
          <line
            x1={x + width / 2}
            y1={props.parentViewBox.y + 24}
            x2={x + width / 2}
            y2={y - 2}
            stroke={HOME_INK}
            strokeWidth={1}
          />
          <text
            x={x + width / 2 + (rightHalf ? -6 : 6)}
            y={props.parentViewBox.y + 18}
            textAnchor={rightHalf ? 'end' : 'start'}
            fill={HOME_INK}
            fontSize={14}
            fontWeight={700}
          >
            {entry.label}
          </text>
        </>
      ) : null}
    </g>
  );
}

/** The England and region lines: upright at their figures (x) across named bars, level (y) across columns. */
function referenceLines(measure: Measure, references: readonly ReferenceFigure[], axis: 'x' | 'y') {
  const england = references.find((reference) => reference.kind === 'england');
  const region = references.find((reference) => reference.kind === 'region');
  // Two labels on lines close together would overprint: the higher line's label goes further out from its line.
  const englandHigher = (england?.value ?? 0) >= (region?.value ?? 0);
  return references.map((reference) => {
    const style = referenceStyle(reference.kind);
    const outer = reference.kind === 'england' ? englandHigher : !englandHigher;
    const text = {
      value: `${reference.area.name} ${formatValue(measure, reference.value)}`,
      fill: HOME_INK,
      fontSize: 14,
    };
    // Upright lines are labelled above the plot, level lines to its right, where the margin leaves room.
    const label =
      axis === 'x'
        ? { ...text, position: 'top' as const, offset: outer ? 24 : 6 }
        : { ...text, position: 'right' as const, dy: outer ? -9 : 9 };
    return (
      <ReferenceLine
        key={reference.kind}
        x={axis === 'x' ? reference.value : undefined}
        y={axis === 'y' ? reference.value : undefined}
        stroke={style.stroke}
        strokeWidth={style.width + 1}
        strokeDasharray={style.dash}
        label={label}
      />
    );
  });
}

interface ChartProps {
  measure: Measure;
  comparison: RegionalComparisonView;
}

/** The picture only: the summary, legend and table around it are the section's. */
function ComparisonChart({ measure, comparison }: ChartProps) {
  const stripesId = useId().replace(/:/g, '');
  const bars = comparison.entries.filter((entry): entry is ComparisonEntry & { value: number } => entry.value !== null);
  const layout = chartLayout(bars.length);
  const domain = axisDomain(
    [...bars.map((entry) => entry.value), ...comparison.references.map((reference) => reference.value)],
    true,
  );
  const valueAxis = {
    type: 'number' as const,
    domain,
    ticks: axisTicks(domain),
    interval: 0 as const,
    tick: { fill: HOME_INK, fontSize: 14 },
    tickFormatter: (value: number) => formatValue(measure, value),
  };
  const shape = (props: BarShapeProps) => (
    <ComparisonBar
      props={props}
      entry={bars[props.index]}
      stripesId={stripesId}
      nameAbove={layout === 'columns'}
      rightHalf={props.index > bars.length / 2}
    />
  );

  if (layout === 'named_bars') {
    return (
      <ResponsiveContainer width="100%" height={bars.length * 30 + 90}>
        <BarChart
          data={bars}
          layout="vertical"
          margin={{ top: 48, right: 32, bottom: 8, left: 8 }}
          barCategoryGap={4}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#d8d8d8" horizontal={false} />
          <XAxis {...valueAxis} dataKey="value" />
          <YAxis type="category" dataKey="label" width={240} interval={0} tick={{ fill: HOME_INK, fontSize: 14 }} />
          <Bar dataKey="value" isAnimationActive={false} shape={shape} />
          {referenceLines(measure, comparison.references, 'x')}
        </BarChart>
      </ResponsiveContainer>
    );
  }
  return (
    <ResponsiveContainer width="100%" height={420}>
      <BarChart
        data={bars}
        margin={{ top: 32, right: 160, bottom: 24, left: 8 }}
        barCategoryGap={1}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#d8d8d8" vertical={false} />
        <XAxis
          type="category"
          dataKey="label"
          tick={false}
          interval={0}
          label={{
            value: `Councils in rank order, ${orderWords(measure.polarity)}`,
            position: 'insideBottom',
            offset: -8,
            fill: HOME_INK,
            fontSize: 14,
          }}
        />
        <YAxis {...valueAxis} dataKey="value" width={64} />
        <Bar dataKey="value" isAnimationActive={false} shape={shape} />
        {referenceLines(measure, comparison.references, 'y')}
      </BarChart>
    </ResponsiveContainer>
  );
}

function ComparisonTable({ comparison, caption }: ChartProps & { caption: string }) {
  return (
    <div className="table-scroll comparison-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="trend-table comparison-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Council</th>
            <th scope="col">Figure</th>
            <th scope="col">Quartile band</th>
          </tr>
        </thead>
        <tbody>
          {comparison.entries.map((entry) => (
            <tr
              key={entry.areaCode}
              aria-current={entry.isHome ? 'true' : undefined}
              className={entry.isHome ? 'comparison-home' : undefined}
            >
              <td>{entry.rank ?? 'Not ranked'}</td>
              <th scope="row">{entry.label}</th>
              <td>{entry.figureText}</td>
              <td>{entry.band ? bandText(entry.band) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RegionalComparisonProps {
  dataset: Dataset;
  measure: Measure;
  home: Area;
  /** The page's period: the comparison uses the home council's latest figure at or before it. */
  at: Period;
}

/** Where the home council stands among the councils of its region, or of England, with a chart and its table. */
export function RegionalComparison({ dataset, measure, home, at }: RegionalComparisonProps) {
  // The rank scope is a view choice like the area and period, so it is read from the view context;
  // choosing another scope is a selection, written to the store (and so the URL) like any other.
  const rankScope = useViewContext(dataset, 'figures')?.rankScope ?? 'region';
  const view = useSelectionStore((state) => state.view);
  const select = useSelectionStore((state) => state.select);
  const summaryId = useId();
  const region = home.regionCode ? dataset.areas.find(home.regionCode) : undefined;
  const comparison = useMemo(
    () => regionalComparison(measure, dataset.index, dataset.areas, home, at, rankScope),
    [measure, dataset, home, at, rankScope],
  );
  const scopes = [
    { scope: 'region', label: `Councils in ${region ? regionPhrase(region.name) : 'the region'}` },
    { scope: 'england', label: 'All councils in England' },
  ] as const;

  const councils = comparison ? scopeCouncils(comparison.ranking) : '';
  const caption = comparison
    ? `${measure.shortTitle}: ${councils} for ${periodName(comparison.ranking.period)}, ${orderWords(measure.polarity)}`
    : '';
  return (
    <>
      {region && home.type === 'local_authority' ? (
        <fieldset className="field comparison-scope">
          <legend>Rank {home.name} among</legend>
          <div className="choices">
            {scopes.map((choice) => (
              <label key={choice.scope} className="choice">
                <input
                  type="radio"
                  name="rank-scope"
                  value={choice.scope}
                  checked={rankScope === choice.scope}
                  onChange={() => select({ rankScope: choice.scope })}
                />
                {choice.label}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {comparison ? (
        <>
          <p id={summaryId} className="trend-summary">
            {comparison.summary}
          </p>
          <dl className="measure-facts">
            <dt>Rank</dt>
            <dd>{comparison.rankText}</dd>
            <dt>Quartile band</dt>
            <dd>{comparison.bandText}</dd>
          </dl>
          {view === 'chart' ? (
            <>
              <div
                className="comparison-chart-box"
                role="img"
                aria-label={`Bar chart of ${caption}, ${home.name} highlighted.`}
                aria-describedby={summaryId}
              >
                <ComparisonChart measure={measure} comparison={comparison} />
              </div>
              <ul className="chart-legend" aria-label="How to read the chart">
                <li>
                  <svg width="24" height="14" aria-hidden="true" focusable="false">
                    <defs>
                      <HomeStripes id={`${summaryId.replace(/:/g, '')}-key`} />
                    </defs>
                    <rect
                      x="1"
                      y="1"
                      width="22"
                      height="12"
                      fill={`url(#${summaryId.replace(/:/g, '')}-key)`}
                      stroke={HOME_INK}
                      strokeWidth="2"
                    />
                  </svg>
                  {home.name} (striped bar, black outline)
                </li>
                <li>
                  <svg width="24" height="14" aria-hidden="true" focusable="false">
                    <rect x="1" y="1" width="22" height="12" fill={BAR_FILL} stroke={BAR_EDGE} />
                  </svg>
                  Other councils (plain bars)
                </li>
                {comparison.references.map((reference) => {
                  const style = referenceStyle(reference.kind);
                  return (
                    <li key={reference.kind}>
                      <svg width="40" height="12" aria-hidden="true" focusable="false">
                        <line
                          x1="0"
                          y1="6"
                          x2="40"
                          y2="6"
                          stroke={style.stroke}
                          strokeWidth={style.width + 1}
                          strokeDasharray={style.dash}
                        />
                      </svg>
                      {reference.area.name} {formatValue(measure, reference.value)} ({LINE_WORDS[reference.kind]})
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
          <ComparisonTable measure={measure} comparison={comparison} caption={`${caption}: every council ranked`} />
        </>
      ) : (
        <p>{noComparisonText(home, rankScope, region, at)}</p>
      )}
    </>
  );
}
