import { useId, useMemo } from 'react';
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
import { regionalComparison, type RegionalComparisonView } from './regional-comparison';
import { BAR_EDGE, BAR_FILL, ComparisonBars, HOME_INK, HomeStripes, referenceStyle } from './ComparisonBars';
import { TableScroll } from '../../shared/TableScroll';

const LINE_WORDS = { england: 'long dashes', region: 'dots' } as const;

interface ChartProps {
  measure: Measure;
  comparison: RegionalComparisonView;
}

function ComparisonTable({ comparison, caption }: ChartProps & { caption: string }) {
  return (
    <TableScroll className="comparison-table-scroll" label={caption}>
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
    </TableScroll>
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
                <ComparisonBars measure={measure} comparison={comparison} />
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
