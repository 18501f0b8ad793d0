import { useId } from 'react';
import { countOf } from '../../domain/text/plural';
import type { BreakdownTable } from './breakdown-tables';
import { TableScroll } from '../../shared/TableScroll';

function Breakdown({ table }: { table: BreakdownTable }) {
  const captionId = useId();
  return (
    <>
      <h4>{table.title}</h4>
      <p className="caption-note">
        {table.total === null ? '' : `${countOf(table.total, 'child', 'children')} in all. `}
        {table.note}
      </p>
      <TableScroll labelledBy={captionId}>
        <table className="preview-table breakdown-table">
          <caption id={captionId} className="visually-hidden">
            {table.title}
            {table.total === null ? '' : `: ${countOf(table.total, 'child', 'children')}`}
          </caption>
          <thead>
            <tr>
              {table.dimensions.map((dimension) => (
                <th scope="col" key={dimension}>
                  {dimension}
                </th>
              ))}
              <th scope="col" className="numeric">
                Children
              </th>
              <th scope="col" className="numeric">
                Percentage
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                {row.labels.map((label, index) => (
                  <td key={index}>{label}</td>
                ))}
                <td className="numeric">{row.count}</td>
                <td className="numeric">{row.percent}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/** The breakdowns of the children looked after at the date, one table each, with what they are of. */
export function BreakdownTables({ tables }: { tables: readonly BreakdownTable[] }) {
  if (tables.length === 0) return <p>The files give no breakdown at this date.</p>;
  return (
    <>
      {tables.map((table) => (
        <Breakdown key={table.id} table={table} />
      ))}
    </>
  );
}
