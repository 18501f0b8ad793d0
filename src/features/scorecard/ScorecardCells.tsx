/** What a scorecard row shows, cell by cell: the table and the stacked blocks of a narrow screen draw the same pieces. */
import { Link } from 'wouter';
import type { Measure } from '../../domain/catalogue/measure';
import { describeNeighbourBasis } from '../../domain/text/neighbours';
import type { Observation } from '../../domain/observations/observation';
import type { ComparatorFigure, ScorecardColumn, ScorecardRow } from '../../domain/scorecard/scorecard';
import { formatCounts, formatStatus, formatValue } from '../../domain/text/figures';
import { periodName } from '../../domain/text/periods';
import { rankText } from '../../domain/text/ranks';
import { yearToDateDirectionText } from '../../domain/text/direction';
import { yearBefore } from '../../domain/periods/period';
import { comparatorRatingReason, notRatedWhy } from '../../domain/text/rating-reason';
import { Abbreviated } from '../../shared/Abbreviated';
import { DirectionOfTravel } from '../../shared/DirectionOfTravel';
import { PublisherTag } from '../../shared/PublisherTag';
import { RatingBadge } from '../../shared/RatingBadge';
import type { Wording } from '../../shared/use-wording';
import { VariationNote } from '../../shared/spc/VariationNote';

/** A figure with its counts and status, or a status in words, or a dash (never a zero) for nothing. */
export function Figure({ measure, observation }: { measure: Measure; observation: Observation | null }) {
  if (!observation) {
    return (
      <>
        <span aria-hidden="true" className="muted">
          –
        </span>
        <span className="visually-hidden">No figure</span>
      </>
    );
  }
  const publisher = <PublisherTag observation={observation} />;
  if (observation.value === null) {
    return (
      <>
        <span className={`status status-${observation.status}`}>{formatStatus(observation)}</span>
        {publisher}
      </>
    );
  }
  const counts = formatCounts(measure, observation);
  const flagged = observation.status !== 'final';
  return (
    <>
      <span className="figure">{formatValue(measure, observation.value)}</span>
      {publisher}
      {counts ? <span className="counts"> ({counts})</span> : null}
      {flagged ? <span className={`flag flag-${observation.status}`}>{formatStatus(observation)}</span> : null}
    </>
  );
}

/** The measure's title as a link to its page, abbreviations written out at first use, with its standing note. */
export function MeasureTitle({ row, wording }: { row: ScorecardRow; wording: Wording }) {
  return (
    <>
      <Link href={`/measures/${row.measure.id}`} className="measure-title">
        <Abbreviated text={wording.title(row.measure.title)} />
      </Link>
      {row.measure.note ? (
        <span className="measure-note">
          <Abbreviated text={wording.say(row.measure.note)} />
        </span>
      ) : null}
    </>
  );
}

/** Where a "See chart" figure leads: the breakdown page of its row, named by the row's title as worded. */
export interface ChartLink {
  breakdownId: string;
  title: string;
}

/** A figure, or, for a "See chart" row with a breakdown page, a link to that page. */
function FigureOrChart({
  row,
  observation,
  chart,
}: {
  row: ScorecardRow;
  observation: Observation | null;
  chart: ChartLink | undefined;
}) {
  if (observation?.status !== 'see_chart' || !chart) return <Figure measure={row.measure} observation={observation} />;
  return (
    <Link href={`/breakdowns/${chart.breakdownId}`}>
      {formatStatus(observation)}
      <span className="visually-hidden">: {chart.title}</span>
    </Link>
  );
}

/** The chart link of a row, when the catalogue points it to a breakdown page (breakdownLinks). */
export function chartLinkOf(
  row: ScorecardRow,
  links: ReadonlyMap<string, string> | undefined,
  wording: Wording,
): ChartLink | undefined {
  const breakdownId = links?.get(row.measure.id);
  return breakdownId ? { breakdownId, title: wording.title(row.measure.title) } : undefined;
}

/** The latest figure with the period it is for ("Q2 2021/22"), and a later status when there is one. */
export function LatestFigure({ row, chart }: { row: ScorecardRow; chart?: ChartLink | undefined }) {
  const shown = row.latest ?? row.laterStatus;
  return (
    <>
      <FigureOrChart row={row} observation={shown} chart={chart} />
      {shown ? <span className="cell-period">{periodName(shown.period)}</span> : null}
      {row.latest?.note && row.latest.status !== 'see_chart' ? (
        <span className="cell-note">{row.latest.note}</span>
      ) : null}
      {row.laterStatus && row.latest ? (
        <span className="cell-note">
          {formatStatus(row.laterStatus)} for {periodName(row.laterStatus.period)}
        </span>
      ) : null}
    </>
  );
}

/** Which way the latest figure moved since the one before it of the same kind, named by its period, and its SPC variation where it has one. */
export function Direction({ row }: { row: ScorecardRow }) {
  const sameTimeLastYear =
    row.measure.accumulation === 'year_to_date' && row.latest && !row.direction ? yearBefore(row.latest.period) : null;
  if (sameTimeLastYear) return <span className="muted">{yearToDateDirectionText(periodName(sameTimeLastYear))}</span>;
  return (
    <>
      <DirectionOfTravel
        direction={row.direction}
        previous={row.previous?.value ?? null}
        latest={row.latest?.value ?? null}
        since={row.previous ? periodName(row.previous.period) : ''}
      />
      <VariationNote variation={row.variation} />
    </>
  );
}

/** A comparator's figure, its period when it is not ours, its rating in words and how a neighbours' figure was got. */
export function ComparatorCell({ row, comparator }: { row: ScorecardRow; comparator: ComparatorFigure }) {
  const { observation } = comparator;
  const hasValue = observation?.value != null;
  const reason = comparatorRatingReason(row, comparator);
  // A part-year figure or too few neighbours: the reader sees why, not a bare "Not rated".
  const besideRating =
    comparator.ratedBy.kind === 'not_rated' &&
    (comparator.ratedBy.reason === 'part_year' || comparator.ratedBy.reason === 'too_few_neighbours');
  return (
    <>
      <Figure measure={row.measure} observation={observation} />
      {observation && hasValue && observation.period.label !== row.latest?.period.label ? (
        <span className="comparator-period"> ({periodName(observation.period)})</span>
      ) : null}
      {hasValue && besideRating ? (
        <>
          <RatingBadge rating={comparator.rating} />
          <span className="cell-note">{notRatedWhy(comparator)}</span>
        </>
      ) : hasValue ? (
        <RatingBadge rating={comparator.rating} reason={reason} />
      ) : null}
      {comparator.basis && hasValue ? (
        <span className="neighbour-basis">{describeNeighbourBasis(comparator.basis)}</span>
      ) : null}
    </>
  );
}

/** The rank in the region and in England, in words. */
export function RankLines({ row }: { row: ScorecardRow }) {
  return (
    <>
      {[row.rankings.region, row.rankings.england].map((ranking) =>
        ranking ? (
          <span key={ranking.scope} className="rank-line">
            {rankText(ranking, row.measure.polarity)}
          </span>
        ) : null,
      )}
    </>
  );
}

/** One history cell: the figure for the column's period, with the period it is really for when it differs. */
export function HistoryCell({
  row,
  observation,
  column,
  chart,
}: {
  row: ScorecardRow;
  observation: Observation | null;
  column: ScorecardColumn | undefined;
  chart?: ChartLink | undefined;
}) {
  return (
    <>
      <FigureOrChart row={row} observation={observation} chart={chart} />
      {observation && observation.period.label !== column?.period.label ? (
        <span className="cell-note">({periodName(observation.period)})</span>
      ) : null}
      {observation?.note && observation.status !== 'see_chart' ? (
        <span className="cell-note">{observation.note}</span>
      ) : null}
    </>
  );
}
