import { formatStatus, formatValue } from '../../domain/text/figures';
import { periodName } from '../../domain/text/periods';
import { supersededText } from '../../domain/text/superseded';
import type { Measure } from '../../domain/catalogue/measure';
import { PublisherTag } from '../../shared/PublisherTag';
import { trendTableRows, type TrendSeries } from './trend-series';
import { TableScroll } from '../../shared/TableScroll';

/** The chart's table alternative: every plotted figure, with its status, one row per period. */
export function TrendTable({
  measure,
  series,
  caption,
}: {
  measure: Measure;
  series: readonly TrendSeries[];
  caption: string;
}) {
  const rows = trendTableRows(series);
  return (
    <TableScroll label={caption}>
      <table className="trend-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {series.map((line) => (
              <th key={line.id} scope="col">
                {line.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.period.label}>
              <th scope="row">{periodName(row.period)}</th>
              {row.cells.map((point, index) => {
                const key = series[index]?.id ?? String(index);
                if (!point) return <td key={key} />;
                if (point.value === null) {
                  return (
                    <td key={key}>
                      {point.observation ? formatStatus(point.observation) : 'No figure'}
                      {point.observation ? <PublisherTag observation={point.observation} /> : null}
                    </td>
                  );
                }
                const status =
                  point.observation && point.observation.status !== 'final' ? formatStatus(point.observation) : '';
                // The provisional figure a final one replaced, so the panel sees what changed.
                const replaced = point.observation ? supersededText(point.observation, measure) : null;
                return (
                  <td key={key}>
                    {formatValue(measure, point.value)}
                    {point.observation ? <PublisherTag observation={point.observation} /> : null}
                    {status ? <span className="flag">{status}</span> : null}
                    {replaced ? <span className="superseded">{replaced}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
