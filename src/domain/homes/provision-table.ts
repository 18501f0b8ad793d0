import type { Area } from '../areas/area';
import { GRADES, GRADE_LABEL } from '../readers/ofsted/grade';
import { SECTORS } from '../readers/ofsted/provision-types';
import { PROVISION_LINE, goodOrBetterShare, sectorName, settingsHeading } from '../text/provision';
import type { ProvisionComparison, ProvisionRow } from './provision';
import { grouped } from '../text/figures';

/** One line of a provision type's table: its label and a value for each area, in words and digits. */
export interface ProvisionLine {
  kind: 'sector' | 'places' | 'grade' | 'not_judged' | 'good_or_better';
  label: string;
  values: string[];
}

/** A provision type the council has: how many settings each area has, then the lines under it. */
export interface ProvisionGroup {
  provisionType: string;
  /** "Children's homes". */
  heading: string;
  settings: string[];
  lines: ProvisionLine[];
}

/**
 * The council's settings beside its region's and England's as one table, for the page and the
 * command line alike: a group per provision type the council has, each with every sector any of the
 * areas has (so each column adds up), places, the spread of latest judgements and the share good or
 * better. `elsewhere` names the types Ofsted lists in England that the council has none of.
 */
export interface ProvisionTable {
  areas: Area[];
  groups: ProvisionGroup[];
  elsewhere: string[];
}

function count(value: number | null | undefined): string {
  return value === null || value === undefined ? '-' : grouped(value);
}

function sectorOf(row: ProvisionRow | undefined, sector: string): number {
  return row?.bySector.find((each) => each.sector === sector)?.settings ?? 0;
}

export function provisionTable(comparison: ProvisionComparison): ProvisionTable {
  const summaries = [comparison.localAuthority, comparison.region, comparison.england].filter(
    (summary) => summary !== null,
  );
  const own = comparison.localAuthority;
  const groups = own.rows.map((row): ProvisionGroup => {
    const each = summaries.map((summary) => summary.rows.find((other) => other.provisionType === row.provisionType));
    const sectors = SECTORS.filter((sector) => each.some((other) => sectorOf(other, sector) > 0));
    const unknown = row.bySector.map((sector) => sector.sector).filter((sector) => !sectors.includes(sector));
    const lines: ProvisionLine[] = [
      ...[...sectors, ...unknown].map((sector) => ({
        kind: 'sector' as const,
        label: sectorName(sector),
        values: each.map((other) => count(sectorOf(other, sector))),
      })),
      ...(row.places === null
        ? []
        : [
            {
              kind: 'places' as const,
              label: PROVISION_LINE.places,
              values: each.map((other) => count(other?.places)),
            },
          ]),
      ...GRADES.map((grade) => ({
        kind: 'grade' as const,
        label: GRADE_LABEL[grade].toLowerCase(),
        values: each.map((other) => count(other?.judgements[grade] ?? 0)),
      })),
      {
        kind: 'not_judged',
        label: PROVISION_LINE.notJudged,
        values: each.map((other) => count(other?.notJudged ?? 0)),
      },
      {
        kind: 'good_or_better',
        label: PROVISION_LINE.goodOrBetter,
        values: each.map((other) => (other ? goodOrBetterShare(other) : '-')),
      },
    ];
    return {
      provisionType: row.provisionType,
      heading: settingsHeading(row.provisionType),
      settings: each.map((other) => count(other?.settings ?? 0)),
      lines,
    };
  });
  const elsewhere = (comparison.england?.rows ?? [])
    .map((row) => row.provisionType)
    .filter((type) => !own.rows.some((row) => row.provisionType === type));
  return { areas: summaries.map((summary) => summary.area), groups, elsewhere };
}
