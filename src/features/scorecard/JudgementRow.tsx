/**
 * Ofsted's judgement of the council's leaders as one row of the scorecard (domain/scorecard/
 * judgement-row.ts): the judgement in Ofsted's words across the figure, direction and trend columns,
 * and under each comparator the number of its councils given each judgement. No rating, arrow or
 * rank: a judgement is not a figure to compare. Only the National Framework view has it, so the
 * table fetches it apart from the first screen's code (React.lazy). The narrow screen's blocks show
 * the four counts as four blocks: the first screen's budget has no room for this there too.
 */
import { Link } from 'wouter';
import type { Scorecard, ScorecardRow } from '../../domain/scorecard/scorecard';
import { leadershipJudgementRow, type JudgementRow, type JudgementSpread } from '../../domain/scorecard/judgement-row';
import { GRADE_LABEL } from '../../domain/readers/ofsted/grade';
import { spreadOf } from '../../domain/text/judgements';
import { grouped } from '../../domain/text/figures';
import { periodName } from '../../domain/text/periods';
import { Abbreviated } from '../../shared/Abbreviated';
import { PublisherTag } from '../../shared/PublisherTag';
import type { Wording } from '../../shared/use-wording';

/** The row's heading, read before its cells: what the judgement is of. */
const LEADERSHIP_JUDGEMENT_TITLE =
  'Ofsted’s judgement of the impact of leaders on social work practice with children and families';

function JudgementTitle({ row, wording }: { row: JudgementRow; wording: Wording }) {
  const measure = row.council?.measure ?? row.measures[0];
  if (!measure) return null;
  return (
    <Link href={`/measures/${measure.id}`} className="measure-title">
      <Abbreviated text={wording.title(LEADERSHIP_JUDGEMENT_TITLE)} />
    </Link>
  );
}

/** The council's judgement in words, with the inspection it comes from; or that it has none. */
function CouncilJudgement({ row }: { row: JudgementRow }) {
  const { council } = row;
  if (!council) return <span className="muted">No judgement in Ofsted’s sheet</span>;
  return (
    <>
      <span className="judgement">{GRADE_LABEL[council.grade]}</span>
      <PublisherTag observation={council.observation} />
      <span className="cell-period">{periodName(council.observation.period)}</span>
      <span className="cell-note">{council.observation.note}</span>
    </>
  );
}

/** How the comparator's councils were judged: each judgement with its count, best first. */
function JudgementSpreadCell({ spread }: { spread: JudgementSpread | null }) {
  if (!spread) {
    return (
      <>
        <span aria-hidden="true" className="muted">
          –
        </span>
        <span className="visually-hidden">No count of judgements</span>
      </>
    );
  }
  return (
    <>
      <ul className="judgement-spread">
        {spread.counts.map(({ grade, count }) => (
          <li key={grade}>
            {GRADE_LABEL[grade]} <span className="figure">{grouped(count)}</span>
          </li>
        ))}
      </ul>
      <span className="cell-note">{spreadOf(spread)}</span>
    </>
  );
}

interface JudgementProps {
  /** The section's rows that are Ofsted's leadership counts (isLeadershipRow). */
  rows: readonly ScorecardRow[];
  scorecard: Scorecard;
  wording: Wording;
}

/**
 * The table's row: the judgement across the figure, direction and trend columns, a spread under each
 * comparator, and one empty cell across the `blank` columns after them (rank, every period's figure).
 */
function JudgementTableRow({ rows, scorecard, wording, blank }: JudgementProps & { blank: number }) {
  const judgement = leadershipJudgementRow(rows);
  if (!judgement) return null;
  return (
    <tr className="judgement-row">
      <th scope="row" className="measure-cell">
        <JudgementTitle row={judgement} wording={wording} />
      </th>
      <td className="latest-cell" colSpan={3}>
        <CouncilJudgement row={judgement} />
      </td>
      {judgement.spreads.map((spread, index) => (
        <td key={scorecard.comparatorAreas[index]?.kind ?? index} className="comparator-cell">
          <JudgementSpreadCell spread={spread} />
        </td>
      ))}
      {/* The rank and every period's figure: a judgement has neither. */}
      {blank > 0 ? <td colSpan={blank} /> : null}
    </tr>
  );
}

/** The table's row: the one export React.lazy fetches (lazy-judgement.ts). */
export default JudgementTableRow;
