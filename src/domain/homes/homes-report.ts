import type { Area } from '../areas/area';
import type { Grade } from '../readers/ofsted/grade';
import { homesHeadline } from '../text/homes';
import type { ChildrensHome, InterimOutcome } from './home';
import type { HomesSummary } from './homes-summary';
import type { ProvisionComparison, ProvisionSummary } from './provision';

/** `scorecard homes --json` (docs/data-format.md, "Command line"): the council's homes and the settings in its area. */
export interface HomesReport {
  area: { code: string; name: string };
  /** Null when no table of the council's homes was given (or the data folder has none for the area). */
  homes: {
    file: string;
    headline: string;
    summary: Omit<HomesSummary, 'declined'>;
    homes: ReportHome[];
  } | null;
  /** Null when no list of Ofsted's settings was read. */
  provision: {
    file: string;
    asAt: string | null;
    /** False when the list has only settings with a judgement, so new settings and their places are missing. */
    complete: boolean;
    areas: ReportProvision[];
  } | null;
}

export interface ReportHome {
  name: string;
  urn: string | null;
  /** The grade as summary.byGrade names it ("outstanding", "requires_improvement"). */
  full: { date: string; grade: Grade } | null;
  interim: { date: string; outcome: InterimOutcome } | null;
  source: { file: string; row: number };
}

export interface ReportProvision {
  kind: 'local_authority' | 'region' | 'england';
  area: { code: string; name: string };
  rows: ProvisionSummary['rows'];
}

function areaOf(area: Area): { code: string; name: string } {
  return { code: area.code, name: area.name };
}

function reportHome(home: ChildrensHome): ReportHome {
  return {
    name: home.name,
    urn: home.urn,
    full: home.full,
    interim: home.interim,
    source: home.source,
  };
}

export interface HomesReportInput {
  area: Area;
  homes: { file: string; homes: readonly ChildrensHome[]; summary: HomesSummary | null } | null;
  provision: { file: string; comparison: ProvisionComparison } | null;
}

export function homesReport(input: HomesReportInput): HomesReport {
  const { homes, provision } = input;
  const summary = homes?.summary ?? null;
  return {
    area: areaOf(input.area),
    homes:
      homes && summary
        ? {
            file: homes.file,
            headline: homesHeadline(summary),
            summary: {
              listed: summary.listed,
              judged: summary.judged,
              goodOrBetter: summary.goodOrBetter,
              notInspected: summary.notInspected,
              byGrade: summary.byGrade,
              byInterimOutcome: summary.byInterimOutcome,
              latestInspection: summary.latestInspection,
            },
            homes: homes.homes.map(reportHome),
          }
        : null,
    provision: provision
      ? {
          file: provision.file,
          asAt: provision.comparison.asAt,
          complete: provision.comparison.complete,
          areas: (
            [
              ['local_authority', provision.comparison.localAuthority],
              ['region', provision.comparison.region],
              ['england', provision.comparison.england],
            ] as const
          ).flatMap(([kind, summary]) => (summary ? [{ kind, area: areaOf(summary.area), rows: summary.rows }] : [])),
        }
      : null,
  };
}
