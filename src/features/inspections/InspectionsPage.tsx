import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { loadOfstedSheets } from '../../adapters/load-inspections';
import type { Dataset } from '../../domain/dataset/dataset';
import { regionPhrase } from '../../domain/text/regions';
import { inspectionsOf, overallSpread } from '../../domain/readers/ofsted/inspections';
import { FileNotes } from './FileNotes';
import { GradeText } from './GradeText';
import { ErrorSummary } from '../../shared/ErrorSummary';
import { useViewContext } from '../../shared/use-view-context';
import { ViewNotices } from '../../shared/ViewNotices';
import { homesOfArea, type SavedHomes } from '../../domain/homes/saved-homes';
import { todayIso } from '../../domain/text/dates';
import { HOMES_SECTION_ID, HomesSection } from './HomesSection';
import { PROVISION_SECTION_ID, ProvisionSection } from './ProvisionSection';
import { useProviderSheet } from './use-provision';
import {
  JUDGEMENT_HEADING,
  historyRows,
  readInspections,
  spreadRows,
  summarySentence,
  type SpreadRow,
} from './inspections-view';
import { TableScroll } from '../../shared/TableScroll';

export const OFSTED_SHEETS_QUERY_KEY = ['ofsted-sheets'] as const;

function SpreadCells({ row }: { row: SpreadRow }) {
  return (
    <>
      <td className="number">{row.count}</td>
      <td className="spread-cell">
        <span className="spread-bar" style={{ width: `${row.percent}%` }} aria-hidden="true" />
        <span className="spread-number">{row.percent}%</span>
      </td>
    </>
  );
}

/**
 * A link to a section further down this page. The address's hash is the router's, so the link moves
 * focus to the section's heading itself, as the skip link does.
 */
function SectionLink({ to, children }: { to: string; children: string }) {
  return (
    <a
      href={`#${to}`}
      onClick={(event) => {
        event.preventDefault();
        // Focusing the heading scrolls it into view.
        document.getElementById(to)?.focus();
      }}
    >
      {children}
    </a>
  );
}

export default function InspectionsPage({
  dataset,
  homes: heldHomes,
}: {
  dataset: Dataset;
  /** The councils' tables of their own homes on screen (CurrentData.homes). */
  homes: readonly SavedHomes[];
}) {
  // Ofsted inspects every council, so one without figures in the scorecard's data is shown too.
  const view = useViewContext(dataset, 'area');
  const home = view?.area;
  const sheets = useQuery({
    queryKey: OFSTED_SHEETS_QUERY_KEY,
    queryFn: () => loadOfstedSheets(),
    staleTime: Infinity,
    retry: false,
  });
  const homes = home ? homesOfArea(heldHomes, home.code) : null;
  const provision = useProviderSheet(dataset);

  useEffect(() => {
    document.title = home
      ? `Ofsted inspections: ${home.name} – Performance scorecard`
      : 'Ofsted inspections – Performance scorecard';
  }, [home]);

  const data = useMemo(
    () => (sheets.data ? readInspections(sheets.data.value, sheets.data.problems, dataset.areas) : null),
    [sheets.data, dataset.areas],
  );

  const heading = (
    <>
      <h1>Ofsted inspections{home ? <span className="h1-sub">{home.name}</span> : null}</h1>
      <ViewNotices notices={view?.notices ?? []} />
    </>
  );
  if (sheets.isPending) {
    return (
      <>
        {heading}
        <p role="status" className="loading">
          Loading Ofsted’s inspections…
        </p>
      </>
    );
  }
  if (sheets.isError || !data) {
    return (
      <>
        {heading}
        <ErrorSummary
          title="Ofsted’s inspection files could not be loaded"
          problems={[
            {
              severity: 'error',
              rule: 'load_failed',
              message: sheets.error?.message ?? 'The files could not be read.',
            },
          ]}
        />
      </>
    );
  }
  const errors = data.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    return (
      <>
        {heading}
        <ErrorSummary title="Ofsted’s inspection files have errors" problems={errors} />
        <p>
          Nothing is shown until the files in the published data folder are fixed, so no one reads half a history. Ask
          the performance team to check the rows listed above.
        </p>
      </>
    );
  }
  if (!home) {
    return (
      <>
        {heading}
        <p>Choose a local authority on the scorecard to see its Ofsted inspections.</p>
      </>
    );
  }

  const inspections = inspectionsOf(data.history.inspections, home.code);
  const rows = historyRows(inspections);
  const region = dataset.areas.find(home.regionCode);
  // Current judgements: of the councils of today, not those abolished (Cumbria, Northamptonshire).
  const councils = dataset.areas.localAuthoritiesOn(todayIso());
  const englandSpread = overallSpread(data.current.inspections, councils);
  const regionSpread = region
    ? overallSpread(
        data.current.inspections,
        councils.filter((council) => council.regionCode === region.code),
      )
    : null;
  const englandRows = spreadRows(englandSpread);
  const regionRows = regionSpread ? spreadRows(regionSpread) : [];
  const asAt = data.current.asAt;
  const warnings = data.problems.filter((problem) => problem.severity === 'warning');
  const setAside = data.history.setAside.filter((row) => row.reason === 'no_longer_exists').length;

  return (
    <>
      {heading}
      <p className="lead">
        Ofsted inspects each council’s children’s services under the ILACS framework (Inspecting Local Authority
        Children’s Services). Each inspection judges overall effectiveness and four areas on a four-point scale:
        Outstanding, Good, Requires improvement to be good, and Inadequate.
      </p>
      <p className="inspections-summary">
        {summarySentence(
          home,
          inspections[0],
          englandSpread,
          region && regionSpread ? { name: region.name, spread: regionSpread } : null,
        )}
      </p>
      <p>
        Ofsted also inspects each children’s home every year. See{' '}
        <SectionLink to={HOMES_SECTION_ID}>{`${home.name}’s own children’s homes`}</SectionLink> and{' '}
        <SectionLink to={PROVISION_SECTION_ID}>{`the children’s homes and places in ${home.name}`}</SectionLink>, below.
      </p>

      <h2>Inspection history</h2>
      {rows.length === 0 ? (
        <p>Ofsted’s file has no short or standard ILACS inspection of {home.name} since the framework began in 2018.</p>
      ) : (
        <>
          <TableScroll labelledBy="inspections-caption">
            <table className="inspections-table">
              <caption id="inspections-caption">
                Ofsted inspections of {home.name}’s children’s services, newest first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Inspection date</th>
                  <th scope="col">Type</th>
                  {rows[0]?.cells.map((cell) => (
                    <th scope="col" key={cell.area}>
                      {JUDGEMENT_HEADING[cell.area]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.date}</th>
                    <td>{row.type}</td>
                    {row.cells.map((cell) => (
                      <td key={cell.area}>
                        <GradeText text={cell.text} grade={cell.grade} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="caption-note">
            Care leavers: Ofsted has judged the experiences and progress of care leavers separately only since 1 January
            2023. Before then, care leavers were judged together with children in care, so earlier inspections read “Not
            judged then”.
          </p>
        </>
      )}

      <h2>How other councils were judged</h2>
      <TableScroll labelledBy="spread-caption">
        <table className="spread-table">
          <caption id="spread-caption">
            Councils by their current overall effectiveness judgement{asAt ? `, as at ${asAt}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Overall effectiveness</th>
              <th scope="col">Councils in England</th>
              <th scope="col">Percent of England’s {englandSpread.councils}</th>
              {region && regionSpread ? (
                <>
                  <th scope="col">Councils in {regionPhrase(region.name)}</th>
                  <th scope="col">
                    Percent of {regionPhrase(region.name)}’s {regionSpread.councils}
                  </th>
                </>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {englandRows.map((row) => {
              // England counts every council, so the region has no row England lacks; it may lack England's "no judgement" row.
              const regional = regionSpread
                ? (regionRows.find((candidate) => candidate.label === row.label) ?? { ...row, count: 0, percent: 0 })
                : null;
              return (
                <tr key={row.label}>
                  <th scope="row">
                    <GradeText text={row.label} grade={row.grade} />
                  </th>
                  <SpreadCells row={row} />
                  {regional ? <SpreadCells row={regional} /> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>

      <p className="source">
        Source: Ofsted, Local authority inspection outcomes{asAt ? ` as at ${asAt}` : ''} (official statistics): short
        and standard ILACS inspections since 2018. Councils are named and placed in regions as in the rest of this
        scorecard, not by Ofsted’s regions.
      </p>
      <FileNotes what="Ofsted’s files" warnings={warnings}>
        {setAside > 0 ? (
          <p>{setAside} inspections of councils that no longer exist are counted in Ofsted’s history but not shown.</p>
        ) : null}
      </FileNotes>

      <HomesSection area={home} table={homes} today={todayIso()} />
      <ProvisionSection area={home} areas={dataset.areas} provision={provision} />
    </>
  );
}
