import type { UploadPreview } from './preview-model';
import { grouped } from '../../domain/text/figures';

/**
 * How many figures saving would add, change and leave as they are, as a list of terms: the upload's
 * preview and the 903 return's. `more` adds terms of the page's own (the breakdowns' counts).
 */
export function ChangeCounts({
  counts,
  more = [],
}: {
  counts: UploadPreview['counts'];
  more?: readonly { term: string; count: number }[];
}) {
  const terms = [
    { term: 'New figures', count: counts.added },
    { term: 'Changed figures', count: counts.changed },
    { term: 'Unchanged figures', count: counts.unchanged },
    ...more,
  ];
  return (
    <dl className="change-counts">
      {terms.map(({ term, count }) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{grouped(count)}</dd>
        </div>
      ))}
    </dl>
  );
}
