/**
 * The scorecard table as shown, as rows for a CSV or Excel file: each measure in the order on
 * screen with its latest figure (a number, rounded as shown), status and period, the direction of
 * travel, and each comparator's figure, period and rating in words; the ranks and every period's
 * figure when the page shows them.
 */
import type { TableCell } from '../../adapters/export';
import { roundTo } from '../../domain/comparison/figure';
import type { Observation } from '../../domain/observations/observation';
import type { Scorecard, ScorecardRow } from '../../domain/scorecard/scorecard';
import { comparatorName } from '../../domain/text/comparators';
import { DIRECTION_LABEL } from '../../domain/text/direction';
import { formatStatus } from '../../domain/text/figures';
import { periodName } from '../../domain/text/periods';
import { rankText } from '../../domain/text/ranks';
import { RATING_LABEL } from '../../domain/text/ratings';

export interface ExportRow extends ScorecardRow {
  keyQuestionId: string;
}

export interface ExportTable {
  header: string[];
  rows: TableCell[][];
}

function value(row: ScorecardRow, observation: Observation | null): number | null {
  return observation?.value == null ? null : roundTo(observation.value, row.measure.decimalPlaces);
}

function status(observation: Observation | null): string {
  return observation ? formatStatus(observation) : 'No figure';
}

/** The rows in the order given, with the wording the page uses for titles and key questions. */
export function scorecardExport(
  scorecard: Scorecard,
  rows: readonly ExportRow[],
  options: { history: boolean; ranks: boolean; title: (title: string) => string; say: (text: string) => string },
): ExportTable {
  const questions = new Map(scorecard.sections.map((section) => [section.keyQuestion.id, section.keyQuestion.title]));
  const header = [
    'Key question',
    'Measure',
    'Latest figure',
    'Latest figure: status',
    'Latest figure: period',
    'Direction of travel',
    ...scorecard.comparatorAreas.flatMap((comparator) => {
      const name = comparatorName(comparator);
      return [name, `${name}: period`, `${name}: rating`];
    }),
    ...(options.ranks ? ['Rank in the region', 'Rank in England'] : []),
    ...(options.history ? scorecard.columns.flatMap((column) => [column.heading, `${column.heading}: status`]) : []),
  ];
  const body = rows.map((row): TableCell[] => {
    const shown = row.latest ?? row.laterStatus;
    return [
      options.say(questions.get(row.keyQuestionId) ?? ''),
      options.title(row.measure.title),
      value(row, row.latest),
      status(shown),
      shown ? periodName(shown.period) : '',
      row.direction && row.previous
        ? `${DIRECTION_LABEL[row.direction]} since ${periodName(row.previous.period)}`
        : 'Not enough figures',
      ...scorecard.comparatorAreas.flatMap((area) => {
        const comparator = row.comparators.find((candidate) => candidate.kind === area.kind);
        const observation = comparator?.observation ?? null;
        return [
          observation?.value == null ? status(observation) : value(row, observation),
          observation ? periodName(observation.period) : '',
          comparator && observation?.value != null ? RATING_LABEL[comparator.rating] : '',
        ];
      }),
      ...(options.ranks
        ? [row.rankings.region, row.rankings.england].map((ranking) =>
            ranking ? rankText(ranking, row.measure.polarity) : '',
          )
        : []),
      ...(options.history
        ? row.cells.flatMap((observation) => [value(row, observation), observation ? status(observation) : ''])
        : []),
    ];
  });
  return { header, rows: body };
}
