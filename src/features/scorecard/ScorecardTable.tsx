import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_text,
  tableFeatures,
  useTable,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'wouter';
import type { Direction } from '../../domain/comparison/direction';
import { describeNeighbourBasis } from '../../domain/text/neighbours';
import { comparatorName } from '../../domain/text/comparators';
import { rankText } from '../../domain/text/ranks';
import { trendLabel } from '../../domain/text/trend';
import { formatCounts, formatStatus, formatValue } from '../../domain/text/figures';
import type { Observation } from '../../domain/observations/observation';
import type { Measure } from '../../domain/catalogue/measure';
import type { AreaRanking } from '../../domain/comparison/ranking';
import type { Scorecard, ScorecardRow, ScorecardSection } from '../../domain/scorecard/scorecard';
import { DirectionOfTravel } from '../../shared/DirectionOfTravel';
import { PublisherTag } from '../../shared/PublisherTag';
import { RatingBadge } from '../../shared/RatingBadge';
import type { ScorecardSort } from '../../shared/selection-store';
import { Sparkline } from '../../shared/Sparkline';
import { VariationNote } from '../../shared/spc/VariationNote';
import { RATING_SORT_ORDER } from './scorecard-view';

interface ScorecardEntry extends ScorecardRow {
  keyQuestionId: string;
}

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: sortFn_text },
});
const helper = createColumnHelper<typeof features, ScorecardEntry>();

const DIRECTION_SORT_ORDER: Readonly<Record<Direction, number | undefined>> = {
  improving: 0,
  no_change: 1,
  worsening: 2,
  higher: undefined,
  lower: undefined,
};

function Figure({ measure, observation }: { measure: Measure; observation: Observation | null }) {
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

/** Rank over the count ranked, so 3rd of 12 sorts before 40th of 146; no rank sorts last. */
function rankFraction(ranking: AreaRanking | null): number | undefined {
  return ranking?.home ? ranking.home.rank / ranking.ranked.length : undefined;
}

function sortingFrom(sort: ScorecardSort | null): SortingState {
  return sort ? [{ id: sort.column, desc: sort.desc }] : [];
}

interface ScorecardTableProps {
  scorecard: Scorecard;
  sections: readonly ScorecardSection[];
  sort: ScorecardSort | null;
  onSortChange: (sort: ScorecardSort | null) => void;
  /** The breakdown page each chart row opens (measure id → breakdown id). */
  breakdownLinks?: ReadonlyMap<string, string>;
}

export function ScorecardTable({ scorecard, sections, sort, onSortChange, breakdownLinks }: ScorecardTableProps) {
  const entries = useMemo(
    () =>
      sections.flatMap((section) =>
        section.rows.map((row): ScorecardEntry => ({ ...row, keyQuestionId: section.keyQuestion.id })),
      ),
    [sections],
  );
  const lastColumn = scorecard.columns.at(-1);
  // Only with figures for many councils (DfE open data) is there a rank to show; a single council's scorecard has no such column.
  const showRanks = entries.some(
    (entry) => entry.rankings.england?.home != null || entry.rankings.region?.home != null,
  );

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor((entry) => entry.measure.title, {
          id: 'measure',
          header: 'Measure',
          sortFn: 'text',
        }),
        ...scorecard.columns.map((column, index) =>
          helper.accessor((entry) => entry.cells[index]?.value ?? undefined, {
            id: `period:${column.period.label}`,
            header: column.heading,
            sortUndefined: 'last',
          }),
        ),
        helper.accessor((entry) => (entry.direction ? DIRECTION_SORT_ORDER[entry.direction] : undefined), {
          id: 'direction',
          header: 'Direction of travel',
          sortUndefined: 'last',
        }),
        helper.display({ id: 'trend', header: 'Trend' }),
        ...scorecard.comparatorAreas.map((comparator, index) =>
          helper.accessor((entry) => RATING_SORT_ORDER[entry.comparators[index]?.rating ?? 'not_rated'], {
            id: `comparator:${comparator.kind}`,
            header: comparatorName(comparator),
            sortUndefined: 'last',
          }),
        ),
        ...(showRanks
          ? [
              helper.accessor((entry) => rankFraction(entry.rankings.england), {
                id: 'rank',
                header: 'Rank among councils',
                sortUndefined: 'last',
              }),
            ]
          : []),
      ]),
    [scorecard.columns, scorecard.comparatorAreas, showRanks],
  );

  const sorting = useMemo(() => sortingFrom(sort), [sort]);
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = typeof updater === 'function' ? updater(sorting) : updater;
    const first = next[0];
    onSortChange(first ? { column: first.id, desc: first.desc } : null);
  };

  const table = useTable({
    features,
    columns,
    data: entries,
    state: { sorting },
    onSortingChange,
    enableMultiSort: false,
    sortDescFirst: false,
  });
  const sortedRows = table.getRowModel().rows;
  const columnCount = columns.length;

  return (
    <div className="table-scroll" role="region" aria-labelledby="scorecard-caption" tabIndex={0}>
      <table className="scorecard">
        <caption id="scorecard-caption">Performance scorecard</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                const label =
                  typeof header.column.columnDef.header === 'string' ? header.column.columnDef.header : header.id;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={`col-${header.id.split(':')[0] ?? header.id}`}
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : canSort ? 'none' : undefined
                    }
                  >
                    {canSort ? (
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        {label}
                        <span aria-hidden="true" className="sort-indicator">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '⇅'}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        {sections.map((section) => {
          const rows = sortedRows.filter((row) => row.original.keyQuestionId === section.keyQuestion.id);
          const headingId = `question-${section.keyQuestion.id}`;
          return (
            <tbody key={section.keyQuestion.id} aria-labelledby={headingId}>
              <tr className="question-row">
                <th colSpan={columnCount} scope="colgroup" id={headingId}>
                  {section.keyQuestion.title}
                  {section.keyQuestion.note ? <span className="question-note">{section.keyQuestion.note}</span> : null}
                </th>
              </tr>
              {rows.map((row) => {
                const entry = row.original;
                const since = entry.previous
                  ? (scorecard.columns.find((column) => column.period.label === entry.previous?.period.label)
                      ?.heading ?? entry.previous.period.label)
                  : '';
                return (
                  <tr key={entry.measure.id}>
                    <th scope="row" className="measure-cell">
                      <Link href={`/measures/${entry.measure.id}`} className="measure-title">
                        {entry.measure.title}
                      </Link>
                      {entry.measure.note ? <span className="measure-note">{entry.measure.note}</span> : null}
                    </th>
                    {entry.cells.map((observation, index) => (
                      <td key={scorecard.columns[index]?.period.label} className="figure-cell">
                        {observation?.status === 'see_chart' && breakdownLinks?.has(entry.measure.id) ? (
                          <Link href={`/breakdowns/${breakdownLinks.get(entry.measure.id) ?? ''}`}>
                            {formatStatus(observation)}
                            <span className="visually-hidden">: {entry.measure.title}</span>
                          </Link>
                        ) : (
                          <Figure measure={entry.measure} observation={observation} />
                        )}
                        {observation && observation.period.label !== scorecard.columns[index]?.period.label ? (
                          <span className="cell-note">({observation.period.label})</span>
                        ) : null}
                        {observation?.note && observation.status !== 'see_chart' ? (
                          <span className="cell-note">{observation.note}</span>
                        ) : null}
                      </td>
                    ))}
                    <td>
                      <DirectionOfTravel
                        direction={entry.direction}
                        previous={entry.previous?.value ?? null}
                        latest={entry.latest?.value ?? null}
                        since={since}
                      />
                      {entry.laterStatus && entry.latest ? (
                        <span className="cell-note">
                          {formatStatus(entry.laterStatus)} for {entry.laterStatus.period.label}: latest figure is{' '}
                          {entry.latest.period.label}
                        </span>
                      ) : null}
                      <VariationNote variation={entry.variation} />
                    </td>
                    <td>
                      <Sparkline
                        values={entry.cells.map((observation) => observation?.value ?? null)}
                        label={trendLabel(entry, scorecard.columns)}
                      />
                    </td>
                    {entry.comparators.map((comparator) => (
                      <td key={comparator.kind} className="comparator-cell">
                        <Figure measure={entry.measure} observation={comparator.observation} />
                        {comparator.observation?.value != null &&
                        comparator.observation.period.label !==
                          (entry.latest?.period.label ?? lastColumn?.period.label) ? (
                          <span className="comparator-period"> ({comparator.observation.period.label})</span>
                        ) : null}
                        {comparator.observation?.value != null ? <RatingBadge rating={comparator.rating} /> : null}
                        {comparator.basis && comparator.observation?.value != null ? (
                          <span className="neighbour-basis">{describeNeighbourBasis(comparator.basis)}</span>
                        ) : null}
                      </td>
                    ))}
                    {showRanks ? (
                      <td className="rank-cell">
                        {[entry.rankings.region, entry.rankings.england].map((ranking) =>
                          ranking ? (
                            <span key={ranking.scope} className="rank-line">
                              {rankText(ranking, entry.measure.polarity)}
                            </span>
                          ) : null,
                        )}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
