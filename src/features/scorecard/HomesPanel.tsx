import { Link } from 'wouter';
import { summariseHomes } from '../../domain/homes/homes-summary';
import type { SavedHomes } from '../../domain/homes/saved-homes';
import { dateInWords } from '../../domain/text/dates';
import { homesHeadline } from '../../domain/text/homes';

/**
 * "Our children's homes: N of M good or better" for the council on screen, with the table's latest
 * inspection day and a link to the homes on the inspections page. Nothing when no table is held.
 */
export function HomesPanel({ table }: { table: SavedHomes | null }) {
  const summary = table ? summariseHomes(table.homes, table.hasInterim) : null;
  if (!table || !summary) return null;
  return (
    <section className="homes-panel" aria-labelledby="homes-panel-heading">
      <h2 id="homes-panel-heading" className="homes-panel-heading">
        {homesHeadline(summary)}
      </h2>
      <p>
        From the council’s own table of its homes ({table.fileName}
        {summary.latestInspection ? `, latest inspection ${dateInWords(summary.latestInspection)}` : ''}).{' '}
        <Link href="/inspections">See each home’s inspections, and the homes and places in the area</Link>.
      </p>
    </section>
  );
}
