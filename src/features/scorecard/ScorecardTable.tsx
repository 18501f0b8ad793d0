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
import { Suspense, useMemo, type ReactNode } from 'react';
import type { Direction } from '../../domain/comparison/direction';
import { comparatorName } from '../../domain/text/comparators';
import { trendLabel } from '../../domain/text/trend';
import type { AreaRanking } from '../../domain/comparison/ranking';
import type { Scorecard, ScorecardRow, ScorecardSection } from '../../domain/scorecard/scorecard';
import type { ScorecardSort } from '../../shared/selection-store';
import { Sparkline } from '../../shared/Sparkline';
import type { Wording } from '../../shared/use-wording';
import { RATING_SORT_ORDER } from './scorecard-view';
import { isLeadershipMeasure } from '../../domain/readers/ofsted/is-leadership-measure';

import { LazyJudgement } from './lazy-judgement';
import {
  ComparatorCell,
  Direction as DirectionCell,
  HistoryCell,
  LatestFigure,
  chartLinkOf,
  MeasureTitle,
  RankLines,
} from './ScorecardCells';
import { TableScroll } from '../../shared/TableScroll';

export interface ScorecardEntry extends ScorecardRow {
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
  /** Every period's figure after the ratings, in a region that scrolls beside the measure column. */
  history: boolean;
  wording: Wording;
  /** Drawn above the table with the rows in the order shown (Print and Download). */
  actions?: (shown: readonly ScorecardEntry[]) => ReactNode;
}

export function ScorecardTable({
  scorecard,
  sections,
  sort,
  onSortChange,
  breakdownLinks,
  history,
  wording,
  actions,
}: ScorecardTableProps) {
  const entries = useMemo(
    () =>
      sections.flatMap((section) =>
        section.rows.map((row): ScorecardEntry => ({ ...row, keyQuestionId: section.keyQuestion.id })),
      ),
    [sections],
  );
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
        helper.accessor((entry) => entry.latest?.value ?? undefined, {
          id: 'latest',
          header: 'Latest figure',
          sortUndefined: 'last',
        }),
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
        ...(history
          ? scorecard.columns.map((column, index) =>
              helper.accessor((entry) => entry.cells[index]?.value ?? undefined, {
                id: `period:${column.period.label}`,
                header: column.heading,
                sortUndefined: 'last',
              }),
            )
          : []),
      ]),
    [scorecard.columns, scorecard.comparatorAreas, showRanks, history],
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
    <>
      {actions?.(sortedRows.map((row) => row.original))}
      <TableScroll labelledBy="scorecard-caption" {...(history ? { className: 'table-scroll-history' } : {})}>
        <table className={`scorecard${history ? ' scorecard-history' : ''}`}>
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
          {sections.map((section, index) => {
            const rows = sortedRows.filter((row) => row.original.keyQuestionId === section.keyQuestion.id);
            // Ofsted's four leadership counts are one row: the council's judgement beside the spreads.
            const leadership = rows.map((row) => row.original).filter((entry) => isLeadershipMeasure(entry.measure.id));
            const headingId = `question-${section.keyQuestion.id}`;
            // A framework's outcome or enabler heads its first heading's rows.
            const opensGroup = section.group !== null && section.group !== sections[index - 1]?.group;
            return (
              <tbody key={section.keyQuestion.id} aria-labelledby={headingId}>
                {opensGroup ? (
                  <tr className="group-row">
                    <th colSpan={columnCount} scope="colgroup">
                      <span className="question-title">{section.group}</span>
                    </th>
                  </tr>
                ) : null}
                <tr className="question-row">
                  <th colSpan={columnCount} scope="colgroup" id={headingId}>
                    <span className="question-title">
                      {wording.say(section.keyQuestion.title)}
                      {section.keyQuestion.note ? (
                        <span className="question-note">{section.keyQuestion.note}</span>
                      ) : null}
                    </span>
                  </th>
                </tr>
                {rows.map((row) => {
                  const entry = row.original;
                  if (leadership.includes(entry)) {
                    return entry === leadership[0] ? (
                      <Suspense key="judgement" fallback={null}>
                        <LazyJudgement
                          rows={leadership}
                          scorecard={scorecard}
                          wording={wording}
                          blank={(showRanks ? 1 : 0) + (history ? scorecard.columns.length : 0)}
                        />
                      </Suspense>
                    ) : null;
                  }
                  return (
                    <tr key={entry.measure.id}>
                      <th scope="row" className="measure-cell">
                        <MeasureTitle row={entry} wording={wording} />
                      </th>
                      <td className="latest-cell">
                        <LatestFigure row={entry} chart={chartLinkOf(entry, breakdownLinks, wording)} />
                      </td>
                      <td className="direction-cell">
                        <DirectionCell row={entry} />
                      </td>
                      <td className="trend-cell">
                        <Sparkline
                          values={entry.cells.map((observation) => observation?.value ?? null)}
                          label={trendLabel(entry, scorecard.columns)}
                          width={72}
                        />
                      </td>
                      {entry.comparators.map((comparator) => (
                        <td key={comparator.kind} className="comparator-cell">
                          <ComparatorCell row={entry} comparator={comparator} />
                        </td>
                      ))}
                      {showRanks ? (
                        <td className="rank-cell">
                          <RankLines row={entry} />
                        </td>
                      ) : null}
                      {history
                        ? entry.cells.map((observation, index) => (
                            <td key={scorecard.columns[index]?.period.label} className="figure-cell">
                              <HistoryCell
                                row={entry}
                                observation={observation}
                                column={scorecard.columns[index]}
                                chart={chartLinkOf(entry, breakdownLinks, wording)}
                              />
                            </td>
                          ))
                        : null}
                    </tr>
                  );
                })}
              </tbody>
            );
          })}
        </table>
      </TableScroll>
    </>
  );
}
