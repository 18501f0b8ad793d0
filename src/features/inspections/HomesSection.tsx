import { useId, useMemo } from 'react';
import { Link } from 'wouter';
import type { Area } from '../../domain/areas/area';
import type { SavedHomes } from '../../domain/homes/saved-homes';
import { dateInWords } from '../../domain/text/dates';
import {
  RECENT_INSPECTION_HEADING,
  recentInspectionText,
  homesByJudgementText,
  homesHeadline,
  interimText,
  overAYearSummaryText,
} from '../../domain/text/homes';
import { GradeText } from './GradeText';
import { HomesChart } from './HomesChart';
import { homesView } from './homes-view';
import { TableScroll } from '../../shared/TableScroll';

export const HOMES_SECTION_ID = 'childrens-homes';

/**
 * The council's own children's homes: the headline, the count by judgement in words, a chart and
 * its table, and each home with its latest full and interim inspections, dates in words, and a
 * flag in words for a full inspection over a year old.
 */
export function HomesSection({ area, table, today }: { area: Area; table: SavedHomes | null; today: string }) {
  const view = useMemo(() => (table ? homesView(table, today) : null), [table, today]);
  const summaryId = useId();
  const heading = (
    <h2 id={HOMES_SECTION_ID} tabIndex={-1}>
      Children’s homes
    </h2>
  );
  if (!view) {
    return (
      <section aria-labelledby={HOMES_SECTION_ID}>
        {heading}
        <p>
          No table of {area.name}’s own children’s homes is held. A performance officer can add one on the{' '}
          <Link href="/upload">Upload figures</Link> page: a table with each home’s name, its latest full inspection
          date and judgement, and, if known, its latest interim inspection.
        </p>
      </section>
    );
  }
  const { summary, rows, bars, overAYear } = view;
  const interim = interimText(summary);
  const stale = overAYearSummaryText(overAYear, summary.listed);
  return (
    <section aria-labelledby={HOMES_SECTION_ID}>
      {heading}
      <p className="inspections-summary">{homesHeadline(summary)}.</p>
      <p id={summaryId}>{homesByJudgementText(summary)}</p>
      {interim ? <p>{interim}</p> : null}
      {stale ? <p className="homes-flag-note">{stale}</p> : null}

      <div className="homes-judgements">
        <figure className="homes-chart-figure">
          <HomesChart bars={bars} summaryId={summaryId} />
          <figcaption>
            {area.name}’s homes by their latest full inspection judgement (the same counts are in the table “Homes by
            latest full inspection judgement”)
          </figcaption>
        </figure>
        <table className="spread-table">
          <caption>Homes by latest full inspection judgement</caption>
          <thead>
            <tr>
              <th scope="col">Judgement</th>
              <th scope="col">Homes</th>
              <th scope="col">Percent of the {summary.judged} judged</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.grade}>
                <th scope="row">
                  <GradeText text={bar.label} grade={bar.grade} />
                </th>
                <td className="number">{bar.count}</td>
                <td className="number">{summary.judged === 0 ? '-' : `${bar.percent}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <TableScroll labelledBy="homes-caption">
        <table className="inspections-table homes-table">
          <caption id="homes-caption">{area.name}’s children’s homes and their latest Ofsted inspections</caption>
          <thead>
            <tr>
              <th scope="col">Home</th>
              <th scope="col">Latest full inspection</th>
              {view.table.hasInterim ? <th scope="col">Latest interim inspection</th> : null}
              <th scope="col">{RECENT_INSPECTION_HEADING}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  {row.name}
                  {row.urn ? <span className="homes-urn"> URN {row.urn}</span> : null}
                </th>
                <td>
                  <GradeText text={row.full} grade={row.grade} />
                </td>
                {view.table.hasInterim ? <td>{row.interim}</td> : null}
                <td>
                  {row.overAYear ? (
                    <strong className="homes-flag">{recentInspectionText(true, true)}</strong>
                  ) : (
                    recentInspectionText(row.grade !== null, false)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="source">
        Source: {view.table.fileName}, the council’s own table of its homes
        {summary.latestInspection ? ` (its latest inspection ${dateInWords(summary.latestInspection)})` : ''}.
      </p>
    </section>
  );
}
