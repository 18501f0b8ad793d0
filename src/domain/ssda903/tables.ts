/**
 * The tables of an SSDA903 return (SPEC §1.3) and how a file is recognised as one of them. File
 * names are not standardised, so, as both public tools do, a table is known by its header: the exact
 * set of column names first (case and surrounding spaces ignored), then every column present with
 * extra ones, which are not read (SPEC §1.2). Column sets are pairwise distinct, so an exact match
 * is never ambiguous.
 */
export const TABLE_NAMES = [
  'header',
  'episodes',
  'uasc',
  'reviews',
  'ad1',
  'placed_for_adoption',
  'previous_permanence',
  'oc2',
  'oc3',
  'missing',
  'sw_episodes',
  'dolo',
] as const;

export type TableName = (typeof TABLE_NAMES)[number];

export interface TableSpec {
  name: TableName;
  /** The name DfE's guide and the Data to Insight validator use, shown to officers. */
  title: string;
  /** The file name of the validator's synthetic return, as an example in messages. */
  usualFileName: string;
  columns: readonly string[];
  /** Columns some exports add that are read when present (an old Header has the UASC flag). */
  optional: readonly string[];
  /** Columns that together identify a record, for merging several years' files (SPEC §1.6). */
  key: readonly string[];
  /** Whether the table describes one collection year only (OC2, OC3), so its year must be known. */
  yearly: boolean;
  /** Columns holding codes: upper-cased on reading, as the validator does. */
  codes: readonly string[];
  /** Columns holding 0/1 flags: `1.0` from a spreadsheet is read as `1` (SPEC §1.2). */
  flags: readonly string[];
  /** Columns holding dates (dd/mm/yyyy). */
  dates: readonly string[];
  /** What the table gives the scorecard, for the list of measures a missing table stops. */
  purpose: string;
}

export const TABLE_SPECS: readonly TableSpec[] = [
  {
    name: 'header',
    title: 'Header',
    usualFileName: 'header.csv',
    columns: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
    optional: ['UASC'],
    key: ['CHILD'],
    yearly: false,
    codes: ['SEX', 'ETHNIC', 'UPN'],
    flags: ['MOTHER', 'UASC'],
    dates: ['DOB', 'MC_DOB'],
    purpose: "children's dates of birth (ages)",
  },
  {
    name: 'episodes',
    title: 'Episodes',
    usualFileName: 'episodes.csv',
    columns: [
      'CHILD',
      'DECOM',
      'RNE',
      'LS',
      'CIN',
      'PLACE',
      'PLACE_PROVIDER',
      'DEC',
      'REC',
      'REASON_PLACE_CHANGE',
      'HOME_POST',
      'PL_POST',
      'URN',
    ],
    optional: [],
    key: ['CHILD', 'DECOM'],
    yearly: false,
    codes: ['RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'REC', 'REASON_PLACE_CHANGE', 'URN'],
    flags: [],
    dates: ['DECOM', 'DEC'],
    purpose: 'episodes of care: who is looked after, where and under which legal status',
  },
  {
    name: 'uasc',
    title: 'UASC',
    usualFileName: 'uasc.csv',
    columns: ['CHILD', 'SEX', 'DOB', 'DUC'],
    optional: [],
    key: ['CHILD'],
    yearly: false,
    codes: ['SEX'],
    flags: [],
    dates: ['DOB', 'DUC'],
    purpose: 'which children are unaccompanied asylum-seeking children',
  },
  {
    name: 'reviews',
    title: 'Reviews',
    usualFileName: 'reviews.csv',
    columns: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
    optional: [],
    key: ['CHILD', 'REVIEW'],
    yearly: false,
    codes: ['REVIEW_CODE'],
    flags: [],
    dates: ['DOB', 'REVIEW'],
    purpose: 'reviews (not used by the scorecard measures)',
  },
  {
    name: 'ad1',
    title: 'AD1',
    usualFileName: 'ad1.csv',
    columns: ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
    optional: [],
    key: ['CHILD'],
    yearly: false,
    codes: ['SEX_ADOPTR', 'LS_ADOPTR'],
    flags: ['FOSTER_CARE'],
    dates: ['DOB', 'DATE_INT', 'DATE_MATCH'],
    purpose: 'adoptions: the date each adopted child was matched with adopters',
  },
  {
    name: 'placed_for_adoption',
    title: 'PlacedAdoption',
    usualFileName: 'placed_for_adoption.csv',
    columns: ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
    optional: [],
    key: ['CHILD', 'DATE_PLACED'],
    yearly: false,
    codes: ['REASON_PLACED_CEASED'],
    flags: [],
    dates: ['DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED'],
    purpose: 'decisions that a child should be placed for adoption (checks only)',
  },
  {
    name: 'previous_permanence',
    title: 'PrevPerm',
    usualFileName: 'previous_permanence.csv',
    columns: ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'],
    optional: [],
    key: ['CHILD'],
    yearly: false,
    codes: ['PREV_PERM', 'LA_PERM'],
    flags: [],
    // DATE_PERM may have ZZ parts (SPEC §1.2), so it is not read as a date.
    dates: ['DOB'],
    purpose: 'previous permanence (not used by the scorecard measures)',
  },
  {
    name: 'oc2',
    title: 'OC2',
    usualFileName: 'oc2.csv',
    columns: [
      'CHILD',
      'DOB',
      'SDQ_SCORE',
      'SDQ_REASON',
      'CONVICTED',
      'HEALTH_CHECK',
      'IMMUNISATIONS',
      'TEETH_CHECK',
      'HEALTH_ASSESSMENT',
      'SUBSTANCE_MISUSE',
      'INTERVENTION_RECEIVED',
      'INTERVENTION_OFFERED',
    ],
    optional: [],
    key: ['CHILD'],
    yearly: true,
    codes: ['SDQ_REASON'],
    flags: [
      'CONVICTED',
      'HEALTH_CHECK',
      'IMMUNISATIONS',
      'TEETH_CHECK',
      'HEALTH_ASSESSMENT',
      'SUBSTANCE_MISUSE',
      'INTERVENTION_RECEIVED',
      'INTERVENTION_OFFERED',
    ],
    dates: ['DOB'],
    purpose: 'health and wellbeing of children looked after for 12 months at 31 March',
  },
  {
    name: 'oc3',
    title: 'OC3',
    usualFileName: 'oc3.csv',
    columns: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
    optional: [],
    key: ['CHILD'],
    yearly: true,
    codes: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
    flags: [],
    dates: ['DOB'],
    purpose: "care leavers' activity and accommodation around their birthday",
  },
  {
    name: 'missing',
    title: 'Missing',
    usualFileName: 'missing.csv',
    columns: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
    optional: [],
    key: ['CHILD', 'MIS_START'],
    yearly: false,
    codes: ['MISSING'],
    flags: [],
    dates: ['DOB', 'MIS_START', 'MIS_END'],
    purpose: 'periods missing or away from placement',
  },
  {
    name: 'sw_episodes',
    title: 'SWEpisodes',
    usualFileName: 'sw_episodes.csv',
    columns: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'],
    optional: [],
    key: ['CHILD', 'SW_DECOM', 'SW_ID'],
    yearly: false,
    codes: ['SW_ID', 'SW_REASON'],
    flags: [],
    dates: ['DOB', 'SW_DECOM', 'SW_DEC'],
    purpose: 'social worker episodes (checks only)',
  },
  {
    name: 'dolo',
    title: 'DoLo',
    usualFileName: 'dolo.csv',
    columns: ['CHILD', 'DOB', 'DOLO_START', 'DOLO_END'],
    optional: [],
    key: ['CHILD', 'DOLO_START'],
    yearly: false,
    codes: [],
    flags: [],
    dates: ['DOB', 'DOLO_START', 'DOLO_END'],
    purpose: 'deprivation of liberty (recognised, not used before 2026/27)',
  },
];

const SPEC_BY_NAME = new Map(TABLE_SPECS.map((spec) => [spec.name, spec]));

export function tableSpec(name: TableName): TableSpec {
  const spec = SPEC_BY_NAME.get(name);
  // TABLE_SPECS lists every name of TABLE_NAMES; a test checks it.
  if (!spec) throw new Error(`no spec for the 903 table ${name}`);
  return spec;
}

/** The optional lookup that gives placement distance (SPEC N11): `postcode,easting,northing`. */
export const POSTCODE_LOOKUP_COLUMNS = ['POSTCODE', 'EASTING', 'NORTHING'] as const;

export type Recognition =
  | { kind: 'table'; spec: TableSpec; extraColumns: readonly string[] }
  | { kind: 'postcode_lookup' }
  | { kind: 'incomplete'; spec: TableSpec; missingColumns: readonly string[] }
  | { kind: 'unknown' };

/** A header name as the tables spell it: trimmed and upper case. */
export function canonicalColumn(name: string): string {
  return name.trim().toUpperCase();
}

/**
 * Which 903 table (or the postcode lookup) a header belongs to. A header with every column of a
 * table and more is that table, with the extras named; a header that has most of a table's
 * distinctive columns but lacks some is reported as that table, incomplete, so the message can say
 * which columns to add rather than only "not recognised".
 */
export function recogniseHeader(header: readonly string[]): Recognition {
  const present = new Set(header.map(canonicalColumn).filter((name) => name !== ''));
  if (POSTCODE_LOOKUP_COLUMNS.every((column) => present.has(column)) && !present.has('CHILD')) {
    return { kind: 'postcode_lookup' };
  }
  let best: { spec: TableSpec; extra: string[] } | null = null;
  for (const spec of TABLE_SPECS) {
    if (!spec.columns.every((column) => present.has(column))) continue;
    const allowed = new Set([...spec.columns, ...spec.optional]);
    const extra = [...present].filter((column) => !allowed.has(column));
    if (extra.length === 0) return { kind: 'table', spec, extraColumns: [] };
    // Several tables can be contained in one wide header (Header's columns are within a merged
    // extract's): the one with most columns explains most of it.
    if (!best || spec.columns.length > best.spec.columns.length) best = { spec, extra };
  }
  if (best) return { kind: 'table', spec: best.spec, extraColumns: best.extra };

  // CHILD and DOB are in nearly every table; only the other columns say which table it is.
  let closest: { spec: TableSpec; missing: string[]; share: number } | null = null;
  for (const spec of TABLE_SPECS) {
    const distinctive = spec.columns.filter((column) => column !== 'CHILD' && column !== 'DOB');
    const found = distinctive.filter((column) => present.has(column)).length;
    const share = distinctive.length === 0 ? 0 : found / distinctive.length;
    if (share >= 0.5 && (!closest || share > closest.share)) {
      closest = { spec, missing: spec.columns.filter((column) => !present.has(column)), share };
    }
  }
  if (closest) return { kind: 'incomplete', spec: closest.spec, missingColumns: closest.missing };
  return { kind: 'unknown' };
}

/**
 * The collection year (named by its closing year, as the validator names years) written in a file
 * name: `oc2_2021-22.csv`, `903_2021_22_oc3.csv` and `oc2 202122.csv` are the year ending 31 March
 * 2022; a single year such as `oc2_2022.csv` is taken as the closing year. Null when the name has none.
 */
export function collectionYearFromFileName(fileName: string): number | null {
  const pair = /(?:^|\D)(20\d\d)[-_ /]?(\d\d)(?!\d)/.exec(fileName);
  if (pair) {
    const first = Number(pair[1]);
    if (Number(pair[2]) === (first + 1) % 100) return first + 1;
  }
  const years = [...fileName.matchAll(/(?:^|\D)(20\d\d)(?!\d)/g)];
  const last = years[years.length - 1];
  return last ? Number(last[1]) : null;
}
