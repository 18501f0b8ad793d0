import { useId } from 'react';
import type { Problem } from '../../domain/readers/result';
import { countOf } from '../../domain/text/plural';
import { LazyDetails } from '../../shared/LazyDetails';
import { ChangeCounts } from '../../shared/preview/ChangeCounts';
import { PreviewTable } from '../../shared/preview/PreviewTable';
import type { FileRead, ReturnResult, Unavailable as UnavailableEntry } from './return-protocol';
import { describeSave } from './return-view';
import { grouped } from '../../domain/text/figures';
import { TableScroll } from '../../shared/TableScroll';

/** Each file chosen and the table it was read as, and any warnings from reading them. */
export function FilesRead({
  files,
  warnings,
}: {
  files: readonly FileRead[];
  warnings: { total: number; shown: readonly Problem[] };
}) {
  const captionId = useId();
  return (
    <>
      <TableScroll labelledBy={captionId}>
        <table className="preview-table">
          <caption id={captionId}>The files and the table each was read as</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Read as</th>
            </tr>
          </thead>
          <tbody>
            {files.map((file, index) => (
              <tr key={`${index}|${file.fileName}`}>
                <td>{file.fileName}</td>
                <td>{file.readAs ?? 'Not read'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {warnings.total > 0 ? (
        <section className="warning-list" aria-labelledby={`${captionId}-warnings`}>
          <h3 id={`${captionId}-warnings`}>Check these warnings</h3>
          <ul className="problem-list">
            {warnings.shown.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
          </ul>
          {warnings.total > warnings.shown.length ? (
            <p>…and {countOf(warnings.total - warnings.shown.length, 'more warning')}.</p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

/** The measures and breakdowns the files cannot give, each with the table (or file) it needs. */
export function Unavailable({ entries }: { entries: readonly UnavailableEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <>
      <h3>What these files cannot give</h3>
      <p>
        {countOf(entries.length, 'figure needs', 'figures need')} a table that was not chosen. Add it to work{' '}
        {entries.length === 1 ? 'it' : 'them'} out:
      </p>
      <ul className="unavailable-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <strong>{entry.title}</strong>: {entry.reason}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The usual preview: new, changed and unchanged figures against those held, and the breakdowns' counts. */
export function ChangesPreview({ result }: { result: ReturnResult }) {
  const { preview } = result;
  return (
    <>
      <h3>What saving would change</h3>
      <p>{describeSave(result)}</p>
      <ChangeCounts
        counts={preview.counts}
        more={[
          {
            term: 'New or changed breakdown figures',
            count: result.breakdownChanges.added + result.breakdownChanges.changed,
          },
        ]}
      />
      {preview.counts.added > 0 ? (
        <LazyDetails className="unchanged-figures" summary={`Show the ${countOf(preview.counts.added, 'new figure')}`}>
          <PreviewTable title="New figures" list={preview.added} kind="added" empty="" />
        </LazyDetails>
      ) : null}
      <h4>Changed figures ({grouped(preview.counts.changed)})</h4>
      <PreviewTable
        title="Changed figures: the figure now and the figure worked out"
        list={preview.changed}
        kind="changed"
        empty="None of the figures held now would change."
      />
      {preview.counts.unchanged > 0 ? (
        <LazyDetails
          className="unchanged-figures"
          summary={`Show the ${countOf(preview.counts.unchanged, 'figure')} already held exactly as worked out`}
        >
          <PreviewTable title="Unchanged figures" list={preview.unchanged} kind="unchanged" empty="" />
        </LazyDetails>
      ) : null}
    </>
  );
}
