import { useId } from 'react';
import { shownOf, type FigureText, type PreviewList } from './preview-model';
import { TableScroll } from '../TableScroll';

function Figure({ text }: { text: FigureText }) {
  return (
    <>
      <span className="figure">{text.figure}</span>
      {text.status ? <span className="flag">{text.status}</span> : null}
      {text.note ? <span className="cell-note">{text.note}</span> : null}
      {text.superseded ? <span className="superseded">{text.superseded}</span> : null}
    </>
  );
}

const BEFORE_AFTER_HEADINGS = {
  changed: ['Figure now', 'Figure in the file'],
  // The council's own figure, or DfE's final one over the council's provisional one (observations/merge.ts).
  kept: ['Figure kept', 'Figure in the file (not used)'],
} as const;

/** One list of the preview (new, changed, unchanged or kept figures) as a table, its first rows only. */
export function PreviewTable({
  title,
  list,
  kind,
  empty,
}: {
  title: string;
  list: PreviewList;
  kind: 'added' | 'changed' | 'unchanged' | 'kept';
  empty: string;
}) {
  const captionId = useId();
  if (list.total === 0) return <p>{empty}</p>;
  const shown = shownOf(list.rows.length, list.total);
  return (
    <>
      {shown ? <p className="caption-note">{shown}</p> : null}
      <TableScroll labelledBy={captionId}>
        <table className="preview-table">
          {/* The heading above names the table on screen; the caption names it for screen readers' table lists. */}
          <caption id={captionId} className="visually-hidden">
            {title}
            {shown ? ` ${shown}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Area</th>
              <th scope="col">Period</th>
              {kind === 'changed' || kind === 'kept' ? (
                <>
                  <th scope="col">{BEFORE_AFTER_HEADINGS[kind][0]}</th>
                  <th scope="col">{BEFORE_AFTER_HEADINGS[kind][1]}</th>
                </>
              ) : (
                <th scope="col">Figure</th>
              )}
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.key}>
                <td>{row.measure}</td>
                <td>{row.area}</td>
                <td className="nowrap">{row.period}</td>
                {(kind === 'changed' || kind === 'kept') && row.before ? (
                  <td>
                    <Figure text={row.before} />
                  </td>
                ) : null}
                <td>
                  <Figure text={row.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
