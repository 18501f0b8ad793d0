import type { SpcTableRow } from './spc-view';
import { TableScroll } from '../../shared/TableScroll';

/** The SPC chart's table alternative: every point with its mean, limits and class in words. */
export function SpcTable({ rows, caption }: { rows: readonly SpcTableRow[]; caption: string }) {
  return (
    <TableScroll label={caption}>
      <table className="trend-table spc-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Figure</th>
            <th scope="col">Mean</th>
            <th scope="col">Lower process limit</th>
            <th scope="col">Upper process limit</th>
            <th scope="col">Class</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.newLimits ? 'spc-new-limits' : undefined}>
              <th scope="row">
                {row.period}
                {row.newLimits ? <span className="cell-note">New limits from here</span> : null}
              </th>
              <td>{row.value}</td>
              <td>{row.mean}</td>
              <td>{row.lower}</td>
              <td>{row.upper}</td>
              <td>{row.pointClass}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
