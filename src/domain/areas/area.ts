export type AreaType = 'country' | 'region' | 'local_authority' | 'stat_neighbours' | 'target';

export interface Area {
  /**
   * ONS code (E92000001, E12000001, E06000047), `SN:<LA code>` for an LA's statistical neighbours,
   * or `TARGET:<LA code>` for the targets an LA sets itself (a figure for that "area" is its target).
   */
  code: string;
  name: string;
  type: AreaType;
  /** ONS code of the region a local authority is in; empty for England and regions. */
  regionCode: string;
  /** DfE's three-digit LA code, used by older files; empty where none. */
  oldLaCode: string;
  /**
   * ONS codes the same council had before ONS replaced them (areas.csv `former_codes`), which files
   * made before the change still use: Barnsley was E08000016 until 2025. Empty for most areas.
   */
  formerCodes: readonly string[];
  /**
   * The first and last day the council existed (areas.csv from, to; ISO dates), absent when not
   * known or, for `to`, while it still exists. A council abolished (Cumbria, to 2023-03-31) keeps its
   * figures and its ranks for the years it existed.
   */
  from?: string;
  to?: string;
  /** The councils whose areas this one took over (North Northamptonshire: Northamptonshire). */
  replaces?: readonly string[];
  /** The councils that took over this one's area when it was abolished (Cumbria: Cumberland, Westmorland and Furness). */
  replacedBy?: readonly string[];
  /**
   * The code DfE's files give a return made jointly with other councils, as DfE writes it
   * ("E06000061 / E06000062": the Northamptonshire Children's Trust's workforce return for North and
   * West Northamptonshire together); absent for most councils.
   */
  jointReturn?: string;
}

/**
 * Whether the council existed on a day (ISO): a ranking of a year counts the councils of that
 * year, judged on the period's last day (Northamptonshire for 2020/21, its successors from 2021/22).
 */
export function existedOn(area: Area, day: string): boolean {
  return (area.from === undefined || area.from <= day) && (area.to === undefined || day <= area.to);
}

/** How a code names a local authority: its own ONS code, one it had before, or DfE's LA number. */
export type CodeKind = 'code' | 'former_code' | 'la_number';

/**
 * Every code that names an area, with what kind of code it is: the one list the area directory's
 * lookup and the area search both read, so a code finds the same council everywhere.
 */
export function codesOf(area: Area): { code: string; kind: CodeKind }[] {
  return [
    { code: area.code, kind: 'code' as const },
    ...area.formerCodes.map((code) => ({ code, kind: 'former_code' as const })),
    ...(area.oldLaCode === '' ? [] : [{ code: area.oldLaCode, kind: 'la_number' as const }]),
  ];
}

export const ENGLAND_CODE = 'E92000001';
export const STAT_NEIGHBOUR_PREFIX = 'SN:';

export function statNeighbourCode(laCode: string): string {
  return `${STAT_NEIGHBOUR_PREFIX}${laCode}`;
}

/**
 * A council's own targets travel as figures of a pseudo-area, as supplied neighbours' figures do, so
 * they are read, merged, saved, diffed and exported by the same code as any figure: a row for
 * TARGET:E06000047 is County Durham's target for that measure and period (docs/data-format.md).
 */
export const TARGET_PREFIX = 'TARGET:';

export function targetCode(laCode: string): string {
  return `${TARGET_PREFIX}${laCode}`;
}
