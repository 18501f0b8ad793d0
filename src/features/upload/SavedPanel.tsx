import { areaCode } from '../../domain/areas/area-code';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { VersionMeta } from '../../adapters/version-store';
import { useSelectionStore } from '../../shared/selection-store';
import type { UploadPreview } from '../../shared/preview/preview-model';
import { countOf } from '../../domain/text/plural';
import { periodLabel } from '../../domain/periods/period-label';

/** After a save: what was saved (its heading focused), where to see it, and a way to upload the next file. */
export function SavedPanel({
  version,
  preview,
  onAnother,
}: {
  version: VersionMeta;
  preview: UploadPreview;
  onAnother: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const select = useSelectionStore((state) => state.select);
  useEffect(() => heading.current?.focus(), []);
  const { counts } = version;
  const area = preview.localAuthority;
  return (
    <section className="upload-saved" aria-labelledby="upload-saved-title">
      <div className="panel-success">
        <h2 id="upload-saved-title" tabIndex={-1} ref={heading}>
          {preview.homes ? 'Children’s homes saved' : 'Figures saved'}
        </h2>
        <p>
          {preview.homes ? `${preview.homes.headline}. ` : ''}Saved as version {version.id}, &ldquo;{version.name}
          &rdquo;, from {version.fileName}: {countOf(counts.added, 'new figure', 'new figures', 'no new figures')},{' '}
          {countOf(counts.changed, 'changed figure', 'changed figures', 'no changed figures')} and{' '}
          {countOf(counts.unchanged, 'unchanged figure', 'unchanged figures', 'no unchanged figures')}. It holds{' '}
          {countOf(counts.total, 'figure')} and the scorecard now shows it.
        </p>
      </div>
      <ul className="upload-next">
        <li>
          {/* The scorecard opens on the newest period saved, not the period the published figures open on. */}
          <Link
            href="/"
            onClick={() =>
              select({
                area: area ? areaCode(area.code) : null,
                period: preview.newestPeriod ? periodLabel(preview.newestPeriod) : null,
              })
            }
          >
            {area ? `See ${area.name}’s scorecard` : 'See the scorecard'}
          </Link>
        </li>
        <li>
          <Link href="/history">See all saved versions</Link>
        </li>
      </ul>
      <button type="button" className="button-secondary" onClick={onAnother}>
        Upload another file
      </button>
    </section>
  );
}
