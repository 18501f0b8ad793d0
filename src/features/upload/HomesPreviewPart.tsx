import type { ReactNode } from 'react';
import { countOf } from '../../domain/text/plural';
import type { HomesPreview } from '../../shared/preview/preview-model';
import { TableScroll } from '../../shared/TableScroll';

/**
 * A table of the council's children's homes before it is saved: its headline, each home with its
 * latest inspections in words, and the table held now that saving replaces whole. No figure changes.
 */
export function HomesPreviewPart({
  preview,
  areaName,
  children,
}: {
  preview: HomesPreview;
  areaName: string;
  children: ReactNode;
}) {
  return (
    <>
      <p>
        {children} Saving keeps it with the figures as a new version, as {areaName}’s table of its homes
        {preview.replaces
          ? `, in the place of ${preview.replaces.fileName} (${countOf(preview.replaces.homes, 'home')}), which is replaced whole`
          : ''}
        . No figure changes.
      </p>
      <p className="inspections-summary">{preview.headline}.</p>
      <TableScroll labelledBy="homes-preview-caption">
        <table className="preview-table">
          <caption id="homes-preview-caption">
            The {countOf(preview.rows.length, 'home')} in the file, with their latest inspections
          </caption>
          <thead>
            <tr>
              <th scope="col">Home</th>
              <th scope="col">Latest full inspection</th>
              {preview.hasInterim ? <th scope="col">Latest interim inspection</th> : null}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.name}</th>
                <td>{row.full}</td>
                {preview.hasInterim ? <td>{row.interim}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
