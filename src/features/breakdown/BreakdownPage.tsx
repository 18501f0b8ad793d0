import { useEffect, useId, useMemo, useRef } from 'react';
import { Link } from 'wouter';
import { breakdownsToCsv } from '../../adapters/breakdowns-csv';
import { findBreakdown } from '../../domain/breakdowns/breakdown-catalogue';
import { breakdownTable } from '../../domain/breakdowns/breakdown-table';
import { sharedNotes } from '../../domain/breakdowns/snapshot-notes';
import type { Dataset } from '../../domain/dataset/dataset';
import { periodLabel } from '../../domain/periods/period-label';
import {
  breakdownCellText,
  changeHeading,
  signedCount,
  signedPercent,
  snapshotHeading,
  whatChanged,
} from '../../domain/text/breakdowns';
import { slug } from '../../domain/text/slug';
import { useSelectionStore } from '../../shared/selection-store';
import { useViewContext } from '../../shared/use-view-context';
import { ViewNotices } from '../../shared/ViewNotices';
import { ChartDownloads } from '../../shared/ChartDownloads';
import { BreakdownChart } from './BreakdownChart';
import { grouped } from '../../domain/text/figures';

/**
 * One breakdown for the area in view: what changed in a sentence, the mix as bars with its table,
 * the change between the two snapshots chosen (kept in the URL), England's and the region's mix
 * beside it where held, and the downloads the measure page has.
 */
export default function BreakdownPage({ dataset, breakdownId }: { dataset: Dataset; breakdownId: string }) {
  const context = useViewContext(dataset, 'area');
  const compare = useSelectionStore((state) => state.compare);
  const select = useSelectionStore((state) => state.select);
  const chart = useRef<SVGSVGElement>(null);
  const ids = { summary: useId(), from: useId(), to: useId(), caption: useId() };
  const home = context?.area;
  const definition = findBreakdown(dataset.breakdownCatalogue, breakdownId);
  const table = useMemo(
    () =>
      home
        ? breakdownTable(dataset, breakdownId, home.code, {
            ...(compare[0] ? { from: compare[0] } : {}),
            ...(compare[1] ? { to: compare[1] } : {}),
          })
        : null,
    [dataset, breakdownId, home, compare],
  );

  useEffect(() => {
    document.title =
      definition && home
        ? `${definition.title}: ${home.name} – Performance scorecard`
        : 'Breakdown not found – Performance scorecard';
  }, [definition, home]);

  const notes = table ? sharedNotes(table) : [];

  if (!definition || !home || !table) {
    return (
      <>
        <h1>Breakdown not found</h1>
        <p>
          There is no breakdown called &lsquo;{breakdownId}&rsquo;. <Link href="/">Go back to the scorecard</Link>.
        </p>
      </>
    );
  }
  const baseName = `${slug(definition.title)}-${slug(home.name)}`;
  const chartTitle = `${definition.title}: ${home.name}`;
  const breakdownCsv = () => {
    const areas = new Set([home.code, ...table.comparators.map((mix) => mix.area.code)]);
    return breakdownsToCsv(
      dataset.breakdowns.filter((figure) => figure.breakdownId === breakdownId && areas.has(figure.areaCode)),
    );
  };
  const chooseSnapshot = (which: 0 | 1, label: string) => {
    const chosen = [table.from?.label ?? '', table.to?.label ?? ''];
    chosen[which] = label;
    select({ compare: chosen.map(periodLabel) });
  };
  const hasFigures = table.snapshots.length > 0;
  const latestIndex = table.to
    ? table.snapshots.findIndex((period) => period.label === table.to?.label)
    : table.snapshots.length - 1;
  const latest = table.snapshots[latestIndex];

  return (
    <>
      <p className="back-link">
        <Link href="/">Back to the scorecard</Link>
      </p>
      <h1>
        {definition.title} <span className="h1-sub">{home.name}</span>
      </h1>
      <ViewNotices notices={context.notices} />
      <p className="lead" id={ids.summary}>
        {whatChanged(table)}
      </p>
      <p>{definition.description}</p>
      {definition.source ? <p className="cell-note">Source: {definition.source}</p> : null}

      {hasFigures && table.snapshots.length > 1 ? (
        <fieldset className="breakdown-compare">
          <legend>Compare two snapshots</legend>
          <label htmlFor={ids.from}>From</label>
          <select
            id={ids.from}
            value={table.from?.label ?? ''}
            onChange={(event) => chooseSnapshot(0, event.target.value)}
          >
            {table.snapshots.map((period) => (
              <option key={period.label} value={period.label}>
                {snapshotHeading(period)}
              </option>
            ))}
          </select>
          <label htmlFor={ids.to}>To</label>
          <select id={ids.to} value={table.to?.label ?? ''} onChange={(event) => chooseSnapshot(1, event.target.value)}>
            {table.snapshots.map((period) => (
              <option key={period.label} value={period.label}>
                {snapshotHeading(period)}
              </option>
            ))}
          </select>
        </fieldset>
      ) : null}

      {hasFigures ? (
        <figure className="breakdown-figure">
          <figcaption id={ids.caption}>
            {chartTitle}: the percentage in each category at each snapshot, oldest bar first. The table below gives
            every figure.
          </figcaption>
          <div className="breakdown-chart-box">
            <BreakdownChart ref={chart} table={table} describedBy={ids.caption} />
          </div>
        </figure>
      ) : (
        <p>No figures of this breakdown are held for {home.name}.</p>
      )}

      {hasFigures ? (
        <div className="table-scroll">
          <table className="breakdown-table">
            <caption>
              {definition.title}, {home.name}: number and percentage in each category
            </caption>
            <thead>
              <tr>
                <th scope="col">{definition.dimensionLabel}</th>
                {table.snapshots.map((period) => (
                  <th scope="col" key={period.label}>
                    {snapshotHeading(period)}
                  </th>
                ))}
                {table.from && table.to ? (
                  <>
                    <th scope="col">
                      {changeHeading(table.from)} to {snapshotHeading(table.to)}: number
                    </th>
                    <th scope="col">
                      {changeHeading(table.from)} to {snapshotHeading(table.to)}: per cent
                    </th>
                  </>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key} className={row.partOf ? 'part-of-row' : undefined}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((cell, index) => (
                    <td key={table.snapshots[index]?.label}>
                      {breakdownCellText(cell)}
                      {cell?.note && cell.note !== notes[index] ? <span className="cell-note">{cell.note}</span> : null}
                    </td>
                  ))}
                  {table.from && table.to ? (
                    <>
                      <td>{signedCount(row.change?.count ?? null)}</td>
                      <td>{signedPercent(row.change?.percent ?? null)}</td>
                    </>
                  ) : null}
                </tr>
              ))}
            </tbody>
            {/* Categories with totals of their own (a cohort per year of age) have no one total to show. */}
            {table.totals.some((total) => total !== null) ? (
              <tfoot>
                <tr>
                  <th scope="row">Total</th>
                  {table.totals.map((total, index) => (
                    <td key={table.snapshots[index]?.label}>{total === null ? 'No figure' : grouped(total)}</td>
                  ))}
                  {table.from && table.to ? <td colSpan={2} /> : null}
                </tr>
              </tfoot>
            ) : null}
          </table>
        </div>
      ) : null}
      {hasFigures && notes.some((note) => note !== '') ? (
        <ul className="snapshot-notes" aria-label="Notes on each column">
          {table.snapshots.map((period, index) =>
            notes[index] ? (
              <li key={period.label}>
                {snapshotHeading(period)}: {notes[index]}
              </li>
            ) : null,
          )}
        </ul>
      ) : null}

      {table.comparators.length > 0 ? (
        <section aria-labelledby="breakdown-comparators">
          <h2 id="breakdown-comparators">Beside England and the region</h2>
          <div className="table-scroll">
            <table className="breakdown-table">
              <caption>
                {definition.title}: {home.name} at {latest ? snapshotHeading(latest) : 'its latest snapshot'} beside{' '}
                {table.comparators.map((mix) => `${mix.area.name} (${mix.period.label})`).join(' and ')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{definition.dimensionLabel}</th>
                  <th scope="col">
                    {home.name}
                    {latest ? ` (${snapshotHeading(latest)})` : ''}
                  </th>
                  {table.comparators.map((mix) => (
                    <th scope="col" key={mix.area.code}>
                      {mix.area.name} ({mix.period.label})
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    <td>{breakdownCellText(row.cells[latestIndex] ?? null)}</td>
                    {table.comparators.map((mix) => (
                      <td key={mix.area.code}>{breakdownCellText(mix.cells.get(row.key) ?? null)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {hasFigures ? (
        <ChartDownloads baseName={baseName} title={chartTitle} chart={() => chart.current} csv={breakdownCsv}>
          <p className="cell-note">
            Legend: {table.snapshots.map((period) => snapshotHeading(period)).join(', ')} (oldest bar first).
          </p>
        </ChartDownloads>
      ) : null}
    </>
  );
}
