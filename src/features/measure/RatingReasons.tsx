import type { ScorecardRow } from '../../domain/scorecard/scorecard';
import { comparatorRatingReason } from '../../domain/text/rating-reason';

/** How each rating of the latest figure was reached, one line per comparator with a figure. */
export function RatingReasons({ row }: { row: ScorecardRow }) {
  const rated = row.comparators.filter((comparator) => comparator.observation?.value != null);
  if (rated.length === 0 || row.latest === null) return null;
  return (
    <details className="rating-reasons">
      <summary>How each rating was reached</summary>
      <ul>
        {rated.map((comparator) => (
          <li key={comparator.kind}>{comparatorRatingReason(row, comparator)}</li>
        ))}
      </ul>
    </details>
  );
}
