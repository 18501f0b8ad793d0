import { useEffect, useId, useMemo } from 'react';
import { Link } from 'wouter';
import { areaCode } from '../../domain/areas/area-code';
import { localAuthorityGroups } from '../../domain/areas/area-directory';
import type { Dataset } from '../../domain/dataset/dataset';
import { periodLabel } from '../../domain/periods/period-label';
import { neighbourStatisticFrom } from '../../domain/view/view-choice';
import { describePeriod, periodName } from '../../domain/text/periods';
import { countOf, plural } from '../../domain/text/plural';
import { buildScorecard, hasFigures } from '../../domain/scorecard/scorecard';
import { GlossaryLink } from '../../shared/Abbreviated';
import { AreaPicker } from '../../shared/AreaPicker';
import { AreaSelect } from '../../shared/form/AreaSelect';
import { Field } from '../../shared/form/Field';
import { PeriodSelect } from '../../shared/form/PeriodSelect';
import { usePrintHeader } from '../../shared/print-header';
import { useSelectionStore } from '../../shared/selection-store';
import { useViewContext } from '../../shared/use-view-context';
import { ViewNotices } from '../../shared/ViewNotices';
import { newestPeriod } from '../../domain/dataset/data-sources';
import { dateInWords } from '../../domain/text/dates';
import { useNarrowScreen } from '../../shared/use-narrow-screen';
import { useWording } from '../../shared/use-wording';
import {
  breakdownLinks,
  frameworkGaps,
  measuresWithoutFigures,
  scorecardSources,
  visibleSections,
} from './scorecard-view';
import { FrameworkGaps } from './FrameworkGaps';
import { MeasuresWithoutFigures } from './MeasuresWithoutFigures';
import { SectionOptions } from './SectionOptions';
import { ScorecardActions } from './ScorecardActions';
import { ScorecardCards } from './ScorecardCards';
import { Legend, SourcesNote } from './ScorecardLegend';
import { ScorecardTable, type ScorecardEntry } from './ScorecardTable';
import { HomesPanel } from './HomesPanel';
import { homesOfArea, type SavedHomes } from '../../domain/homes/saved-homes';

export function ScorecardPage({
  dataset,
  homes,
}: {
  dataset: Dataset;
  /** The councils' tables of their own homes on screen (CurrentData.homes). */
  homes: readonly SavedHomes[];
}) {
  const selection = useSelectionStore();
  const { select } = selection;
  const resolved = useViewContext(dataset, 'figures');
  // Only the area, period and neighbour choices decide the scorecard: searching, filtering and sorting must not rebuild it.
  const area = resolved?.area;
  const period = resolved?.period;
  const neighbours = resolved?.neighbours ?? null;
  const model = resolved?.neighbourModel ?? null;
  const framework = resolved?.framework ?? null;
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
            framework,
          })
        : null,
    [dataset, area, period, neighbours, framework],
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
    framework: useId(),
  };
  const wording = useWording();
  const narrow = useNarrowScreen();
  // The data's own dates say how up to date it is: the newest period with a figure for this council.
  const newest = useMemo(() => (area ? newestPeriod(dataset.observations, area.code) : null), [dataset, area]);
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
  const links = breakdownLinks(dataset, resolved.area.code);

  const regionName =
    scorecard.comparatorAreas.find((comparator) => comparator.kind === 'region')?.area.name ?? 'the region';
  const showRanks = scorecard.sections.some((section) =>
    section.rows.some((row) => row.rankings.england?.home != null || row.rankings.region?.home != null),
  );
  const actions = (shown: readonly ScorecardEntry[]) => (
    <ScorecardActions
      name={`${resolved.area.name} ${periodName(resolved.period)}`}
      table={async () =>
        (await import('./scorecard-export')).scorecardExport(scorecard, shown, {
          history: selection.history && !narrow,
          ranks: showRanks,
          title: wording.title,
          say: wording.say,
        })
      }
    />
  );

  return (
    <>
      <h1>
        {resolved.area.name} <span className="h1-sub">performance scorecard</span>
      </h1>
      <p className="lead">
        {wording.say('Children in care and care leavers')}: figures up to{' '}
        <strong>{describePeriod(resolved.period)}</strong>, compared with England, {regionName} and{' '}
        <GlossaryLink id="statistical-neighbours">statistical neighbours</GlossaryLink>.
      </p>
      {newest ? (
        <p className="last-updated">
          Last updated: the newest figure is for {periodName(newest)}, up to {dateInWords(newest.end)}.{' '}
          <Link href="/about">About the data</Link>
        </p>
      ) : null}
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
            regionName={(candidate) =>
              candidate.regionCode ? (dataset.areas.find(candidate.regionCode)?.name ?? '') : ''
            }
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
        {dataset.frameworks.length > 0 ? (
          <div className="field">
            <label htmlFor={ids.framework}>Group measures by</label>
            <select
              id={ids.framework}
              value={framework?.id ?? ''}
              onChange={(event) => select({ framework: event.target.value || null, question: '' })}
            >
              <option value="">The panel&rsquo;s key questions</option>
              {dataset.frameworks.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={ids.question}>{framework ? 'Heading' : 'Key question'}</label>
          <select
            id={ids.question}
            value={selection.question}
            onChange={(event) => select({ question: event.target.value })}
          >
            <option value="">{framework ? 'All headings' : 'All key questions'}</option>
            <SectionOptions sections={scorecard.sections} say={wording.say} />
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
                    The DfE&rsquo;s {candidate.label} model
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.statistic}>Neighbours&rsquo; figure</label>
              <select
                id={ids.statistic}
                value={resolved.neighbourStatistic}
                onChange={(event) => select({ neighbourStatistic: neighbourStatisticFrom(event.target.value) })}
              >
                <option value="mean">The average (mean) of their figures</option>
                <option value="median">The middle (median) of their figures</option>
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
        {narrow ? null : (
          <div className="field">
            <label className="choice">
              <input
                type="checkbox"
                checked={selection.history}
                onChange={() => select({ history: !selection.history })}
              />
              Show every period&rsquo;s figure
            </label>
          </div>
        )}
      </form>
      <p id={ids.status} className="result-count" role="status">
        {measureCount === totalCount
          ? `Showing all ${totalCount} measures.`
          : `Showing ${measureCount} of ${totalCount} measures.`}
        {withoutFigures.length > 0
          ? ` ${countOf(withoutFigures.length, 'other measure has', 'other measures have')} no figures for ${resolved.area.name} and ${plural(withoutFigures.length, 'is', 'are')} not shown.`
          : ''}
      </p>
      <Legend />
      {/* Before the table, so the printed scorecard's last page still has rows under its repeated header. */}
      <HomesPanel table={homesOfArea(homes, resolved.area.code)} />
      {measureCount === 0 && selection.search ? (
        <p className="notice">No measure matches &lsquo;{selection.search}&rsquo;. Try fewer or different words.</p>
      ) : narrow ? (
        <ScorecardCards
          scorecard={scorecard}
          sections={sections}
          wording={wording}
          breakdownLinks={links}
          actions={actions}
        />
      ) : (
        <ScorecardTable
          scorecard={scorecard}
          sections={sections}
          sort={selection.sort}
          onSortChange={(sort) => select({ sort })}
          breakdownLinks={links}
          history={selection.history}
          wording={wording}
          actions={actions}
        />
      )}
      {framework ? (
        <FrameworkGaps framework={framework} area={resolved.area} gaps={frameworkGaps(framework, scorecard)} />
      ) : (
        <MeasuresWithoutFigures
          area={resolved.area}
          periodName={periodName(resolved.period)}
          measures={withoutFigures}
        />
      )}
      <SourcesNote sources={scorecardSources(scorecard)} manifest={dataset.manifest} />
    </>
  );
}
