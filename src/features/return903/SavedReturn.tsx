import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { VersionMeta } from '../../adapters/version-store';
import { areaCode } from '../../domain/areas/area-code';
import { parsePeriod } from '../../domain/periods/period';
import { periodLabel } from '../../domain/periods/period-label';
import { countOf } from '../../domain/text/plural';
import { useSelectionStore } from '../../shared/selection-store';
import type { Review } from './return-flow';

/** After a save: what was saved (its heading focused), the council's scorecard at the date, and another return. */
export function SavedReturn({
  version,
  review,
  area,
  onAnother,
}: {
  version: VersionMeta;
  review: Review;
  area: { code: string; name: string };
  onAnother: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const select = useSelectionStore((state) => state.select);
  useEffect(() => heading.current?.focus(), []);
  const period = parsePeriod(review.result.asAt.period);
  // The scorecard shows years and quarters; a return worked out at another date opens on its newest.
  const scorecardPeriod =
    period.ok && (period.period.type === 'financial_year' || period.period.type === 'quarter')
      ? periodLabel(period.period.label)
      : null;
  return (
    <section className="upload-saved" aria-labelledby="return-saved-title">
      <div className="panel-success">
        <h2 id="return-saved-title" tabIndex={-1} ref={heading}>
          Figures saved
        </h2>
        <p>
          Saved as version {version.id}, &ldquo;{version.name}&rdquo;:{' '}
          {countOf(version.counts.added, 'new figure', 'new figures', 'no new figures')} and{' '}
          {countOf(version.counts.changed, 'changed figure', 'changed figures', 'no changed figures')}, with the
          breakdowns. It holds {countOf(version.counts.total, 'figure')} and the scorecard now shows it. The
          children&rsquo;s records were not saved, and this page no longer holds them.
        </p>
      </div>
      <ul className="upload-next">
        <li>
          <Link href="/" onClick={() => select({ area: areaCode(area.code), period: scorecardPeriod })}>
            See {area.name}&rsquo;s scorecard{scorecardPeriod ? ` for ${scorecardPeriod}` : ''}
          </Link>
        </li>
        <li>
          <Link href="/history">See all saved versions</Link>
        </li>
      </ul>
      <button type="button" className="button-secondary" onClick={onAnother}>
        Work out another return
      </button>
    </section>
  );
}
