import { useEffect, useId, useMemo, useRef } from 'react';
import { Link } from 'wouter';
import { observationsToCsv } from '../../adapters/export';
import { breakdownsExplaining } from '../../domain/breakdowns/breakdown-table';
import type { Dataset } from '../../domain/dataset/dataset';
import { describeNeighbourBasis } from '../../domain/text/neighbours';
import { comparatorName } from '../../domain/text/comparators';
import { UNIT_NAME, formatStatus } from '../../domain/text/figures';
import { describePeriod, periodName } from '../../domain/text/periods';
import { POLARITY_LABEL } from '../../domain/text/ratings';
import { slug } from '../../domain/text/slug';
import { trendSentence } from '../../domain/text/trend';
import { periodLabel } from '../../domain/periods/period-label';
import { yearTicks } from '../../domain/periods/timeline';
import { buildRow, comparatorAreasFor, scorecardColumns, type ComparatorKind } from '../../domain/scorecard/scorecard';
import { useSelectionStore } from '../../shared/selection-store';
import { Abbreviated } from '../../shared/Abbreviated';
import { ChartDownloads } from '../../shared/ChartDownloads';
import { useViewContext } from '../../shared/use-view-context';
import { useWording } from '../../shared/use-wording';
import { ViewNotices } from '../../shared/ViewNotices';
import { CommentaryPanel } from './CommentaryPanel';
import { latestPositionText } from './measure-text';
import { RatingReasons } from './RatingReasons';
import { RegionalComparison } from './RegionalComparison';
import { SpcView } from './SpcView';
import { MARKER_WORD, seriesStyle } from './series-style';
import { TrendChart } from './TrendChart';
import { TrendTable } from './TrendTable';
import { axisDomain } from '../../domain/charts/axis';
import { buildTrendSeries } from './trend-series';

const VIEW_LABEL = { chart: 'Chart', table: 'Table', spc: 'Statistical process control (SPC)' } as const;

export default function MeasurePage({ dataset, measureId }: { dataset: Dataset; measureId: string }) {
  const selection = useSelectionStore();
  const { select } = selection;
  const chartBox = useRef<HTMLDivElement>(null);
  const ids = { period: useId(), summary: useId(), caption: useId() };
  const measure = dataset.measuresById.get(measureId);
  const wording = useWording();

  const context = useViewContext(dataset, 'figures');
  const home = context?.area;
  const period = context?.period;
  const neighbours = context?.neighbours ?? null;

  useEffect(() => {
    document.title =
      measure && home
        ? `${measure.shortTitle}: ${home.name} – Performance scorecard`
        : 'Measure not found – Performance scorecard';
  }, [measure, home]);

  const view = useMemo(() => {
    if (!measure || !home || !period) return null;
    const comparators = comparatorAreasFor(home, dataset.areas);
    const row = buildRow(
      measure,
      { catalogue: dataset.catalogue, areas: dataset.areas, index: dataset.index, area: home, period, neighbours },
      scorecardColumns(period),
      comparators,
    );
    const allSeries = buildTrendSeries(measure, dataset.index, home, comparators, period, neighbours);
    const homePoints = allSeries
      .filter((series) => series.role === 'home')
      .flatMap((series) => series.points)
      .filter((point): point is typeof point & { value: number } => point.value !== null)
      .sort((a, b) => a.x - b.x);
    return { comparators, row, allSeries, homePoints };
  }, [dataset, measure, home, period, neighbours]);

  if (!measure) {
    return (
      <>
        <p>
          <Link href="/">Back to the scorecard</Link>
        </p>
        <h1>Measure not found</h1>
        <p>
          There is no measure called &lsquo;{measureId}&rsquo; in the catalogue. Choose a measure from the scorecard.
        </p>
      </>
    );
  }
  if (!context || !home || !period || !view) {
    return (
      <>
        <p>
          <Link href="/">Back to the scorecard</Link>
        </p>
        <h1>{measure.title}</h1>
        <p>There are no figures for this measure yet.</p>
      </>
    );
  }

  const shownSeries = view.allSeries.filter(
    (series) => series.role === 'home' || !selection.hidden.includes(series.role),
  );
  const values = shownSeries.flatMap((series) =>
    series.points.flatMap((point) => (point.value === null ? [] : [point.value])),
  );
  const domain = axisDomain(values, selection.fromZero);
  const ticks = yearTicks(shownSeries.flatMap((series) => series.points.map((point) => point.period)));
  const summary = wording.say(trendSentence(measure, view.homePoints));
  const flagged = [...dataset.index.seriesOf(measure.id, home.code)].filter(
    (observation) => observation.status !== 'final' || observation.note,
  );
  const chartTitle = `${measure.title}: ${home.name}`;
  const baseName = `${slug(measure.shortTitle)}-${slug(home.name)}`;

  const toggleLine = (kind: ComparatorKind) =>
    select({
      hidden: selection.hidden.includes(kind)
        ? selection.hidden.filter((hidden) => hidden !== kind)
        : [...selection.hidden, kind],
    });
  const chartSvg = () => chartBox.current?.querySelector<SVGSVGElement>('svg.trend-svg') ?? null;
  const legend = shownSeries.map((series) => ({ label: series.label, ...seriesStyle(series) }));

  const figuresCsv = () =>
    observationsToCsv(
      [home, ...view.comparators.map((comparator) => comparator.area)].flatMap((area) =>
        dataset.index.seriesOf(measure.id, area.code),
      ),
    );

  const explained = breakdownsExplaining(dataset, home.code, measure.id);
  return (
    <>
      <p className="back-link">
        <Link href="/">Back to the scorecard</Link>
      </p>
      <h1>
        <Abbreviated text={wording.title(measure.title)} /> <span className="h1-sub">{home.name}</span>
      </h1>
      <ViewNotices notices={context.notices} />
      <p className="lead">{wording.say(latestPositionText(view.row))}</p>
      <RatingReasons row={view.row} />
      {view.row.comparators.map((comparator) =>
        comparator.basis && comparator.observation?.value != null ? (
          <p key={comparator.kind} className="neighbour-basis-note">
            Statistical neighbours&rsquo; figure for {periodName(comparator.observation.period)}:{' '}
            {describeNeighbourBasis(comparator.basis)}.
          </p>
        ) : null,
      )}

      {explained.length > 0 ? (
        <section aria-labelledby="breakdowns-heading">
          <h2 id="breakdowns-heading">Breakdowns of this figure</h2>
          <ul>
            {explained.map((definition) => (
              <li key={definition.id}>
                <Link href={`/breakdowns/${definition.id}`}>{definition.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <CommentaryPanel
        noteKey={{ measureId: measure.id, areaCode: home.code, period: period.label }}
        areaName={home.name}
      />

      <div className="measure-about">
        <section aria-labelledby="what-this-shows">
          <h2 id="what-this-shows">What this shows</h2>
          <p>
            <Abbreviated text={wording.say(measure.whatThisShows || measure.definition)} linked />
          </p>
        </section>
        {measure.whyItMatters ? (
          <section aria-labelledby="why-it-matters">
            <h2 id="why-it-matters">Why it matters</h2>
            <p>
              <Abbreviated text={wording.say(measure.whyItMatters)} linked />
            </p>
          </section>
        ) : null}
        <dl className="measure-facts">
          <dt>Good or bad direction</dt>
          <dd>{POLARITY_LABEL[measure.polarity]}</dd>
          <dt>Unit</dt>
          <dd>{UNIT_NAME[measure.unit]}</dd>
          <dt>Definition</dt>
          <dd>
            <Abbreviated text={wording.say(measure.definition)} linked />
          </dd>
          <dt>Source</dt>
          <dd>
            <Abbreviated text={measure.source} linked />
          </dd>
        </dl>
      </div>

      {measure.note || flagged.length > 0 ? (
        <section aria-labelledby="notes-heading" className="notes">
          <h2 id="notes-heading">Notes and data quality</h2>
          <ul>
            {measure.note ? (
              <li>
                <Abbreviated text={wording.say(measure.note)} linked />
              </li>
            ) : null}
            {flagged.map((observation) => (
              <li key={observation.period.label}>
                {periodName(observation.period)}: {formatStatus(observation)}
                {observation.note && observation.status !== 'see_chart' ? `: ${observation.note}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <form className="filters" aria-label="Choose what the chart shows" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.period}>Reporting period</label>
          <select
            id={ids.period}
            value={period.label}
            onChange={(event) => select({ period: periodLabel(event.target.value) })}
          >
            {context.periods.map((candidate) => (
              <option key={candidate.label} value={candidate.label}>
                {describePeriod(candidate)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>Show as</legend>
          <div className="choices">
            {(['chart', 'table', 'spc'] as const).map((choice) => (
              <label key={choice} className="choice">
                <input
                  type="radio"
                  name="measure-view"
                  value={choice}
                  checked={selection.view === choice}
                  onChange={() => select({ view: choice })}
                />
                {VIEW_LABEL[choice]}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field">
          <legend>Compare with</legend>
          <div className="choices">
            {view.comparators.map((comparator) => (
              <label key={comparator.kind} className="choice">
                <input
                  type="checkbox"
                  checked={!selection.hidden.includes(comparator.kind)}
                  onChange={() => toggleLine(comparator.kind)}
                />
                {comparatorName(comparator)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              checked={selection.fromZero}
              onChange={() => select({ fromZero: !selection.fromZero })}
            />
            Start the axis at zero
          </label>
        </div>
      </form>

      <figure className="trend-figure" aria-labelledby={ids.caption} hidden={selection.view === 'spc'}>
        <figcaption id={ids.caption}>
          <strong>{chartTitle}</strong>, up to {periodName(period)}
          {shownSeries.length > 1
            ? `, compared with ${shownSeries
                .filter((series) => series.role !== 'home')
                .map((series) => series.label)
                .join(', ')}`
            : ''}
          .<span className="figure-source"> Source: {measure.source}.</span>
        </figcaption>
        <p id={ids.summary} className="trend-summary">
          {summary}
        </p>
        {selection.view === 'chart' ? (
          <>
            <div ref={chartBox} className="chart-box">
              <TrendChart
                measure={measure}
                series={shownSeries}
                domain={domain}
                ticks={ticks}
                label={`Line chart. ${summary}`}
                describedBy={ids.summary}
              />
            </div>
            <ul className="chart-legend" aria-label="Lines on the chart">
              {legend.map((line) => (
                <li key={line.label}>
                  <svg width="40" height="12" aria-hidden="true" focusable="false">
                    <line
                      x1="0"
                      y1="6"
                      x2="40"
                      y2="6"
                      stroke={line.stroke}
                      strokeWidth={line.width}
                      strokeDasharray={line.dash}
                    />
                  </svg>
                  {line.label} ({MARKER_WORD[line.marker]})
                </li>
              ))}
              <li>
                Hollow markers are provisional figures. A break in a line is a missing or suppressed figure, never zero.
              </li>
            </ul>
          </>
        ) : selection.view === 'table' ? (
          <TrendTable measure={measure} series={shownSeries} caption={`${chartTitle}: every figure in the chart`} />
        ) : null}
      </figure>
      {selection.view === 'spc' ? (
        <SpcView index={dataset.index} measure={measure} home={home} period={period} />
      ) : null}

      <ChartDownloads
        baseName={baseName}
        title={chartTitle}
        chart={selection.view === 'chart' ? chartSvg : null}
        legend={legend}
        csv={figuresCsv}
      />

      <section aria-labelledby="compare-heading" className="comparison">
        <h2 id="compare-heading">How {home.name} compares with other councils</h2>
        <RegionalComparison dataset={dataset} measure={measure} home={home} at={period} />
      </section>
    </>
  );
}
