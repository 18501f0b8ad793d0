import { useMemo } from 'react';
import type { Area } from '../../domain/areas/area';
import type { AreaDirectory } from '../../domain/areas/area-directory';
import { provisionComparison } from '../../domain/homes/provision';
import { provisionTable } from '../../domain/homes/provision-table';
import { CHILDRENS_HOME } from '../../domain/readers/ofsted/provision-types';
import { countOf } from '../../domain/text/plural';
import { listOf } from '../../domain/text/lists';
import { regionPhrase } from '../../domain/text/regions';
import { providersAsAtText, provisionGoodOrBetterSentence, settingsHeading } from '../../domain/text/provision';
import { ErrorSummary } from '../../shared/ErrorSummary';
import { FileNotes } from './FileNotes';
import type { ProviderSheetState } from './use-provision';
import { TableScroll } from '../../shared/TableScroll';

export const PROVISION_SECTION_ID = 'provision-in-area';

/**
 * The settings Ofsted lists in the council's area, by provision type and sector, with their places
 * and the spread of latest judgements, beside the region and England, from the file's day. Ofsted's
 * list gives no names of private and voluntary homes, and nothing here names a setting.
 */
export function ProvisionSection({
  area,
  areas,
  provision,
}: {
  area: Area;
  areas: AreaDirectory;
  provision: ProviderSheetState;
}) {
  const read = provision.state === 'read' ? provision : null;
  const comparison = useMemo(() => (read ? provisionComparison(read.sheet, areas, area) : null), [read, areas, area]);
  const table = useMemo(() => (comparison ? provisionTable(comparison) : null), [comparison]);
  const heading = (
    <h2 id={PROVISION_SECTION_ID} tabIndex={-1}>
      Children’s homes and other settings in {area.name}
    </h2>
  );
  if (provision.state === 'none') return null;
  if (provision.state === 'loading') {
    return (
      <section aria-labelledby={PROVISION_SECTION_ID}>
        {heading}
        <p role="status" className="loading">
          Loading Ofsted’s list of settings…
        </p>
      </section>
    );
  }
  if (provision.state === 'failed' || !read || !comparison || !table) {
    return (
      <section aria-labelledby={PROVISION_SECTION_ID}>
        {heading}
        <ErrorSummary
          title="Ofsted’s list of settings could not be read"
          problems={provision.state === 'failed' ? provision.problems : []}
        />
        <p>Nothing of it is shown until the file in the published data folder is fixed.</p>
      </section>
    );
  }
  const row = (summary: typeof comparison.localAuthority | null) =>
    summary?.rows.find((candidate) => candidate.provisionType === CHILDRENS_HOME);
  const sentence = provisionGoodOrBetterSentence(
    CHILDRENS_HOME,
    { name: area.name, row: row(comparison.localAuthority) },
    [comparison.region, comparison.england]
      .filter((summary) => summary !== null)
      .map((summary) => ({ name: regionPhrase(summary.area.name), row: row(summary) })),
  );
  const besides = table.areas.slice(1).map((each) => regionPhrase(each.name));
  const warnings = read.warnings;
  return (
    <section aria-labelledby={PROVISION_SECTION_ID}>
      {heading}
      <p className="lead">
        From {providersAsAtText(comparison.asAt)}: every children’s home, fostering and adoption agency and other
        setting Ofsted regulates in {area.name}, whoever runs it, beside {listOf(besides)}.
      </p>
      {sentence ? <p className="inspections-summary">{sentence}</p> : null}
      {!comparison.complete ? (
        <p>The list gives only settings with a full inspection: new settings and their places are not in it.</p>
      ) : null}
      {table.groups.length === 0 ? <p>Ofsted lists no setting in {area.name}.</p> : null}
      {[
        table.groups.filter((group) => group.provisionType === CHILDRENS_HOME),
        table.groups.filter((group) => group.provisionType !== CHILDRENS_HOME),
      ].map((groups, part) => {
        const tables = groups.map((group) => {
          const captionId = `provision-${group.provisionType.replace(/[^a-z]+/gi, '-').toLowerCase()}`;
          return (
            <TableScroll labelledBy={captionId} key={group.provisionType}>
              <table className="spread-table provision-table">
                <caption id={captionId}>
                  {group.heading}: {area.name} beside {listOf(besides)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <span className="visually-hidden">What is counted</span>
                    </th>
                    {table.areas.map((each) => (
                      <th scope="col" key={each.code} className="number">
                        {each.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  <tr className="provision-total">
                    <th scope="row">{group.heading}</th>
                    {group.settings.map((value, index) => (
                      <td className="number" key={table.areas[index]?.code}>
                        {value}
                      </td>
                    ))}
                  </tr>
                  {group.lines.map((line) => (
                    <tr key={`${line.kind} ${line.label}`} className={`provision-${line.kind}`}>
                      <th scope="row">{line.label}</th>
                      {line.values.map((value, index) => (
                        <td className="number" key={table.areas[index]?.code}>
                          {value}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          );
        });
        if (part === 0 || groups.length === 0) return <div key={part}>{tables}</div>;
        return (
          <details className="provision-others" key={part}>
            <summary>
              Other settings in {area.name} ({countOf(groups.length, 'type')}:{' '}
              {listOf(groups.map((group) => group.heading.toLowerCase()))})
            </summary>
            {tables}
          </details>
        );
      })}
      {table.elsewhere.length > 0 ? (
        <p>
          {area.name} has none of the other {countOf(table.elsewhere.length, 'type')} of setting Ofsted lists:{' '}
          {listOf(table.elsewhere.map((type) => settingsHeading(type).toLowerCase()))}.
        </p>
      ) : null}
      <p className="source">
        Source: Ofsted, Children’s social care data in England ({read.file}), {providersAsAtText(comparison.asAt)}.
        Ofsted withholds the names of privately and voluntarily run children’s homes, and this page names no setting: it
        gives counts only. Sectors, places and judgements are Ofsted’s; a setting’s judgement is its latest full
        inspection’s.
      </p>
      <FileNotes what="Ofsted’s list" warnings={warnings} />
    </section>
  );
}
