import { useEffect, useId, useMemo } from 'react';
import { areaCode } from '../../domain/areas/area-code';
import { localAuthorityGroups } from '../../domain/areas/area-directory';
import type { Dataset } from '../../domain/dataset/dataset';
import { periodLabel } from '../../domain/periods/period-label';
import { neighbourStatisticFrom } from '../../domain/view/view-choice';
import { describePeriod } from '../../domain/text/periods';
import { countOf, plural } from '../../domain/text/plural';
import { similarRuleText } from '../../domain/text/ratings';
import { buildScorecard, hasFigures } from '../../domain/scorecard/scorecard';
import { AreaPicker } from '../../shared/AreaPicker';
import { AreaSelect } from '../../shared/form/AreaSelect';
import { Field } from '../../shared/form/Field';
import { PeriodSelect } from '../../shared/form/PeriodSelect';
import { usePrintHeader } from '../../shared/print-header';
import { useSelectionStore } from '../../shared/selection-store';
import { useViewContext } from '../../shared/use-view-context';
import { breakdownLinks, measuresWithoutFigures, scorecardSources, visibleSections } from './scorecard-view';
import { ViewNotices } from '../../shared/ViewNotices';
import { ScorecardTable } from './ScorecardTable';

function Legend() {
  return (
    <details className="legend">
      <summary>How to read this scorecard</summary>
      <ul>
        <li>
          <strong>Better, Similar, Worse</strong> compare the latest figure with England, the region and the statistical
          neighbours (the 10 councils most like this one). &ldquo;Similar&rdquo; means {similarRuleText()} unless a
          measure says otherwise. Measures with no good or bad direction, such as the rate of children in care, are not
          rated.
        </li>
        <li>
          <strong>Direction of travel</strong> compares the latest figure with the one before it of the same kind
          (quarter with quarter, year with year). The arrow shows whether the figure went up or down; the word says
          whether that is an improvement.
        </li>
        <li>
          Numbers in brackets are the children or young people behind a percentage or rate. A dash means there is no
          figure: it is never zero.
        </li>
        <li>A comparator&rsquo;s period is shown in brackets when it is not the same as ours.</li>
        <li>
          Figures marked <strong>DfE</strong> come from the Department for Education&rsquo;s open data; unmarked figures
          are the council&rsquo;s own. Where both give a figure for the same measure and period, the council&rsquo;s own
          is shown.
        </li>
        <li>
          The statistical neighbours&rsquo; figure is the one supplied in the data where there is one; otherwise it is
          worked out from the neighbours&rsquo; own figures (the mean or the median, as chosen above), and the cell says
          how many of the 10 had a figure.
        </li>
      </ul>
    </details>
  );
}

/** Where the figures came from; the data folder's own description is given only when its files are among them. */
function SourcesNote({
  sources,
  manifest,
}: {
  sources: ReturnType<typeof scorecardSources>;
  manifest: Dataset['manifest'];
}) {
  const councilSource =
    manifest.source && sources.councilFiles.some((file) => manifest.observations.includes(file)) ? manifest.source : '';
  return (
    <div className="source">
      <p>Sources:</p>
      <ul>
        {sources.councilFiles.length > 0 ? (
          <li>
            the council&rsquo;s own figures{councilSource ? `: ${councilSource}` : ''} (
            {sources.councilFiles.join(', ')});
          </li>
        ) : null}
        {sources.openDataFiles.map(({ publisher, file }) => (
          <li key={file}>
            {publisher} open data: {file};
          </li>
        ))}
        {sources.neighbourModels.map((label) => (
          <li key={label}>statistical neighbours worked out with the DfE statistical-neighbour model of {label}.</li>
        ))}
      </ul>
    </div>
  );
}

export function ScorecardPage({ dataset }: { dataset: Dataset }) {
  const selection = useSelectionStore();
  const { select } = selection;
  const resolved = useViewContext(dataset, 'figures');
  // Only the area, period and neighbour choices decide the scorecard: searching, filtering and sorting must not rebuild it.
  const area = resolved?.area;
  const period = resolved?.period;
  const neighbours = resolved?.neighbours ?? null;
  const model = resolved?.neighbourModel ?? null;
  const scorecard = useMemo(
    () =>
      area && period
        ? buildScorecard({
            catalogue: dataset.catalogue,
            areas: dataset.areas,
            index: dataset.index,
            area,
            period,
            neighbours,
          })
        : null,
    [dataset, area, period, neighbours],
  );
  const groups = useMemo(
    () => (resolved ? localAuthorityGroups(dataset.areas, resolved.localAuthorities) : []),
    [dataset.areas, resolved],
  );
  const sections = useMemo(
    () => (scorecard ? visibleSections(scorecard, selection.question, selection.search) : []),
    [scorecard, selection.question, selection.search],
  );
  const ids = {
    question: useId(),
    search: useId(),
    status: useId(),
    model: useId(),
    statistic: useId(),
  };
  usePrintHeader(
    resolved
      ? `${resolved.area.name} performance scorecard: ${describePeriod(resolved.period)}`
      : 'Performance scorecard',
  );
  useEffect(() => {
    document.title = resolved
      ? `${resolved.area.name} performance scorecard, ${resolved.period.label}`
      : 'Performance scorecard';
  }, [resolved]);

  if (!resolved || !scorecard) {
    return (
      <>
        <h1>Performance scorecard</h1>
        <p>The data folder holds no figures for a local authority yet.</p>
      </>
    );
  }
  const measureCount = sections.reduce((count, section) => count + section.rows.length, 0);
  const totalCount = scorecard.sections.reduce((count, section) => count + section.rows.filter(hasFigures).length, 0);
  const withoutFigures = measuresWithoutFigures(scorecard);

  return (
    <>
      <h1>
        {resolved.area.name} <span className="h1-sub">performance scorecard</span>
      </h1>
      <p className="lead">
        Children in care and care leavers: figures up to <strong>{describePeriod(resolved.period)}</strong>, compared
        with England,{' '}
        {scorecard.comparatorAreas.find((comparator) => comparator.kind === 'region')?.area.name ?? 'the region'} and
        statistical neighbours.
      </p>
      <ViewNotices notices={resolved.notices} />
      <form
        className="filters"
        role="search"
        aria-label="Choose what the scorecard shows"
        onSubmit={(event) => event.preventDefault()}
      >
        <Field label="Local authority" compact>
          {(control) => (
            <AreaSelect
              {...control}
              groups={groups}
              value={resolved.area.code}
              onChange={(code) => select({ area: areaCode(code), period: null })}
            />
          )}
        </Field>
        {resolved.localAuthorities.length > 1 ? (
          <AreaPicker
            areas={resolved.localAuthorities}
            regionName={(area) => (area.regionCode ? (dataset.areas.find(area.regionCode)?.name ?? '') : '')}
            onChoose={(chosen) => select({ area: areaCode(chosen.code), period: null })}
          />
        ) : null}
        <Field label="Reporting period" compact>
          {(control) => (
            <PeriodSelect
              {...control}
              periods={resolved.periods}
              value={resolved.period.label}
              onChange={(label) => select({ period: periodLabel(label) })}
            />
          )}
        </Field>
        <div className="field">
          <label htmlFor={ids.question}>Key question</label>
          <select
            id={ids.question}
            value={selection.question}
            onChange={(event) => select({ question: event.target.value })}
          >
            <option value="">All key questions</option>
            {dataset.catalogue.keyQuestions.map((question) => (
              <option key={question.id} value={question.id}>
                {question.title}
              </option>
            ))}
          </select>
        </div>
        {model ? (
          <>
            <div className="field">
              <label htmlFor={ids.model}>Statistical neighbours</label>
              <select
                id={ids.model}
                value={model.label}
                onChange={(event) => select({ neighbourModel: event.target.value })}
              >
                {dataset.statNeighbourModels.map((candidate) => (
                  <option key={candidate.label} value={candidate.label}>
                    DfE model {candidate.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.statistic}>Neighbours&rsquo; figure</label>
              <select
                id={ids.statistic}
                value={resolved.neighbourStatistic}
                onChange={(event) =>
                  select({ neighbourStatistic: neighbourStatisticFrom(event.target.value) ?? 'mean' })
                }
              >
                <option value="mean">Mean (as LAIT)</option>
                <option value="median">Median (as the DfE dashboard)</option>
              </select>
            </div>
          </>
        ) : null}
        <div className="field">
          <label htmlFor={ids.search}>Search measures</label>
          <input
            id={ids.search}
            type="search"
            value={selection.search}
            onChange={(event) => select({ search: event.target.value })}
            autoComplete="off"
          />
        </div>
      </form>
      <p id={ids.status} className="result-count" role="status">
        {measureCount === totalCount
          ? `Showing all ${totalCount} measures.`
          : `Showing ${measureCount} of ${totalCount} measures.`}
        {withoutFigures > 0
          ? ` ${countOf(withoutFigures, 'other measure has', 'other measures have')} no figures for ${resolved.area.name} and ${plural(withoutFigures, 'is', 'are')} not shown.`
          : ''}
      </p>
      <Legend />
      {measureCount === 0 && selection.search ? (
        <p className="notice">No measure matches &lsquo;{selection.search}&rsquo;. Try fewer or different words.</p>
      ) : (
        <ScorecardTable
          scorecard={scorecard}
          sections={sections}
          sort={selection.sort}
          onSortChange={(sort) => select({ sort })}
          breakdownLinks={breakdownLinks(dataset, resolved.area.code)}
        />
      )}
      <SourcesNote sources={scorecardSources(scorecard)} manifest={dataset.manifest} />
    </>
  );
}
