import { addYears, collectionYearOf, completedYears, dayFromCivil, parseUkDate, type Day } from './days';
import { currentEpisode, datesOfBirth, inForce, type CareIndex, type Child, type Episode } from './episodes';
import type { MeasureGroup } from './figure';
import type { Return903, Row903 } from './read-tables';
import { latestEpisodeDay } from './return-year';
import { TABLE_SPECS, tableSpec, type TableName } from './tables';

/**
 * The data-quality checks run before any figure (SPEC §5): each with the number of records that
 * break it and the first of them, located by table, file, row and column with what to do. The
 * figures are computed anyway (SPEC N1–N3 say what each rule uses), and each figure that counts a
 * child with a broken record says so. Messages never quote a child's identifier, date of birth or
 * postcode: the report can be downloaded, and child-level data never leaves the engine.
 */
export interface QualityRule {
  /** SPEC §5's number. 21 is the app's own: repeated episodes, which have no validator code. */
  number: number;
  id: string;
  title: string;
  /** The Data to Insight validator's codes for the check. */
  codes: string;
  /** The figures a broken record can change; a figure counting such a child carries a note. */
  touches: 'all' | readonly MeasureGroup[];
}

export const QUALITY_RULES: readonly QualityRule[] = [
  {
    number: 1,
    id: 'child_not_in_header',
    title: 'Child not in the Header table',
    codes: 'INT01–INT09',
    touches: 'all',
  },
  {
    number: 2,
    id: 'header_mismatch',
    title: 'Date of birth or sex differs from the Header table',
    codes: 'INT11–INT18, INT21',
    touches: 'all',
  },
  {
    number: 3,
    id: 'child_repeated',
    title: 'Child more than once in Header, OC2, OC3, AD1, UASC or PrevPerm',
    codes: 'INT31–INT36',
    touches: 'all',
  },
  { number: 4, id: 'invalid_date', title: 'Date missing or not a date', codes: '141, 147', touches: 'all' },
  {
    number: 5,
    id: 'episode_end_before_start',
    title: 'Episode ends before it starts, or lasts under 24 hours',
    codes: '356, 355',
    touches: 'all',
  },
  {
    number: 6,
    id: 'episode_overlap',
    title: 'Episode starts before the previous one ended',
    codes: '501',
    touches: 'all',
  },
  {
    number: 7,
    id: 'episode_open_before_next',
    title: 'Episode starts while the previous one is still open',
    codes: '142',
    touches: 'all',
  },
  {
    number: 8,
    id: 'dec_rec_mismatch',
    title: 'End date and reason for ending not given together',
    codes: '148',
    touches: 'all',
  },
  {
    number: 9,
    id: 'episode_continuity',
    title: 'Episodes do not follow on as their codes say',
    codes: '388, 433, 431, 432',
    touches: 'all',
  },
  {
    number: 10,
    id: 'first_episode_not_start',
    title: 'First episode is not a start (RNE S)',
    codes: '357',
    touches: 'all',
  },
  {
    number: 11,
    id: 'invalid_code',
    title: 'Code not in the list for the year',
    codes: '143, 144, 145, 146, 178, 149, 1009',
    touches: 'all',
  },
  {
    number: 12,
    id: 'provider_placement',
    title: 'Placement provider does not fit the placement',
    codes: '550, 213, 526–531',
    touches: ['placements'],
  },
  {
    number: 13,
    id: 'date_out_of_range',
    title: 'Episode before birth, birth after the year end, or episode after the year end',
    codes: '302, 301, 354, 385',
    touches: 'all',
  },
  {
    number: 14,
    id: 'short_breaks',
    title: 'Short breaks: V3 and V4 in one year, or breaks too long',
    codes: '426, 365, 367',
    touches: 'all',
  },
  {
    number: 15,
    id: 'postcode',
    title: 'Postcode missing or not a postcode; home and placement the same',
    codes: '392b, 392c, 392d',
    touches: ['distance'],
  },
  {
    number: 16,
    id: 'oc2_cohort',
    title: 'OC2 filled for a child outside the cohort, or blank for one in it',
    codes: '190, 191',
    touches: ['oc2'],
  },
  {
    number: 17,
    id: 'oc3_record',
    title: 'OC3 age, contact, accommodation or still looked after on the birthday',
    codes: '391, 344, 133, 1007',
    touches: ['oc3'],
  },
  {
    number: 18,
    id: 'adoption_ad1',
    title: 'Adopted without an AD1 record, or AD1 without an adoption',
    codes: '601, 602',
    touches: ['adoption'],
  },
  {
    number: 19,
    id: 'missing_period',
    title: 'Missing periods overlap, end before they start, or the child was not looked after',
    codes: '574, 567, 581',
    touches: ['missing'],
  },
  {
    number: 20,
    id: 'social_worker',
    title: 'Looked after at 31 March with no social worker episode; social worker episode incomplete',
    codes: 'SW01STG1, SW01aSTG1, SW01bSTG1, SW12STG2',
    touches: [],
  },
  {
    number: 21,
    id: 'repeated_episode',
    title: 'Two episodes of a child start on the same day',
    codes: '(none: liia-tools drops repeats)',
    touches: 'all',
  },
];

export interface QualityFinding {
  /** The table's name as DfE writes it: Episodes, Header, OC2. */
  table: string;
  file: string;
  row: number;
  column?: string;
  /** Kept in memory only, to note the figures the child is counted in; never shown or written. */
  child: string;
  message: string;
}

export interface QualityRuleResult {
  rule: QualityRule;
  records: number;
  first: readonly QualityFinding[];
}

export interface QualityReport {
  results: readonly QualityRuleResult[];
  /** Child → the rules its records break. */
  flagged: ReadonlyMap<string, ReadonlySet<number>>;
}

export interface QualityOptions {
  /** How many findings of each rule are kept to show (default 10). */
  firstRows?: number;
  /** The first day the return covers (see returnSpan); rule 10 looks only at children who start after it. */
  spanStart?: Day | null;
}

const CODES = {
  RNE: ['S', 'L', 'P', 'T', 'B', 'U'],
  LS: ['C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'L1', 'L2', 'L3', 'J1', 'J2', 'J3'],
  CIN: ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8'],
  PLACE: [
    ...['A3', 'A4', 'A5', 'A6', 'H5', 'K1', 'K2', 'K3', 'P1', 'P2', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1'],
    ...['T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1', 'Z11', 'Z12', 'Z13', 'Z14'],
  ],
  PLACE_PROVIDER: ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5'],
  REC: [
    ...['X1', 'E11', 'E12', 'E2', 'E3', 'E4A', 'E4B', 'E13', 'E41', 'E43', 'E44', 'E45', 'E46', 'E47', 'E48'],
    ...['E5', 'E6', 'E7', 'E8', 'E9', 'E14', 'E15', 'E16', 'E17'],
  ],
  REASON_PLACE_CHANGE: [
    ...['CARPL', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO', 'CHILD', 'LAREQ', 'PLACE', 'CLOSE', 'CUSTOD', 'OTHER'],
  ],
} as const;
const CODE_SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(CODES).map(([column, codes]) => [column, new Set<string>(codes)]),
);
/** Columns that must always have a code; the others may be blank. */
const REQUIRED_CODES = new Set(['RNE', 'LS', 'CIN', 'PLACE']);

/** Placement codes valid only in some collection years (closing year), SPEC §2.4, §2.6. */
function codeOutOfYear(column: string, code: string, year: number): string | null {
  if (column === 'PLACE') {
    if (code === 'K3' && year < 2024) return 'K3 is used from the year ending March 2024';
    if (['Z11', 'Z12', 'Z13', 'Z14'].includes(code) && year < 2026)
      return `${code} is used from the year ending March 2026`;
    if (['H5', 'P2', 'Z1'].includes(code) && year >= 2026) return `${code} is not used from the year ending March 2026`;
  }
  if (column === 'REC' && (code === 'E43' || code === 'E44') && year >= 2019) {
    return `${code} was replaced by E45–E48 from the year ending March 2019`;
  }
  return null;
}

const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/;
const NO_PROVIDER_PLACES = new Set(['T0', 'T1', 'T2', 'T3', 'T4', 'Z1', 'Z11', 'Z12', 'Z13', 'Z14']);
const PR3_NOT_WITH = new Set(['P1', 'A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6']);
const ACCOM_LETTERS = new Set(['B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z']);
const IN_TOUCH_CODES = new Set(['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM']);

class Findings {
  private readonly byRule = new Map<number, { records: number; first: QualityFinding[] }>();
  readonly flagged = new Map<string, Set<number>>();

  constructor(private readonly firstRows: number) {}

  add(rule: number, row: Row903, table: TableName, message: string, column?: string): void {
    let entry = this.byRule.get(rule);
    if (!entry) {
      entry = { records: 0, first: [] };
      this.byRule.set(rule, entry);
    }
    entry.records += 1;
    const child = row.cells.CHILD ?? '';
    if (entry.first.length < this.firstRows) {
      entry.first.push({
        table: tableSpec(table).title,
        file: row.file,
        row: row.row,
        ...(column ? { column } : {}),
        child,
        message: `${tableSpec(table).title} row ${row.row}${column ? `, ${column}` : ''}: ${message}`,
      });
    }
    if (child !== '') {
      let rules = this.flagged.get(child);
      if (!rules) {
        rules = new Set();
        this.flagged.set(child, rules);
      }
      rules.add(rule);
    }
  }

  report(): QualityReport {
    return {
      results: QUALITY_RULES.map((rule) => {
        const entry = this.byRule.get(rule.number);
        return { rule, records: entry?.records ?? 0, first: entry?.first ?? [] };
      }),
      flagged: this.flagged,
    };
  }
}

function rowsOf(ret: Return903, table: TableName): readonly Row903[] {
  return ret.tables[table]?.rows ?? [];
}

/** The year-end of a row's file, when its year is known. */
function yearEndOf(row: Row903): Day | null {
  return row.year === null ? null : dayFromCivil(row.year, 3, 31);
}

/**
 * Runs every check over the return and its care index. One pass per table and one walk of each
 * child's episodes; nothing here throws on a bad record.
 */
export function checkQuality(ret: Return903, index: CareIndex, options: QualityOptions = {}): QualityReport {
  const findings = new Findings(options.firstRows ?? 10);
  const headerIds = new Set(rowsOf(ret, 'header').map((row) => row.cells.CHILD ?? ''));
  const headerDob = datesOfBirth(ret);
  const headerSex = new Map<string, string>();
  for (const row of rowsOf(ret, 'header')) {
    const child = row.cells.CHILD ?? '';
    if (!headerSex.has(child)) headerSex.set(child, row.cells.SEX ?? '');
  }

  checkTablesAgainstHeader(ret, findings, headerIds, headerDob, headerSex);
  checkDates(ret, findings);
  checkEpisodeRows(ret, findings);
  checkDroppedEpisodes(index, findings);
  checkEpisodeSequences(index, findings, headerDob, options.spanStart ?? null);
  checkOc2(ret, index, findings);
  checkOc3(ret, index, findings, headerDob);
  checkAdoptions(ret, index, findings);
  checkMissing(ret, index, findings);
  checkSocialWorkers(ret, index, findings);
  checkBirthDates(ret, findings);
  return findings.report();
}

function checkTablesAgainstHeader(
  ret: Return903,
  findings: Findings,
  headerIds: ReadonlySet<string>,
  headerDob: ReadonlyMap<string, Day>,
  headerSex: ReadonlyMap<string, string>,
): void {
  const hasHeader = ret.tables.header !== undefined;
  for (const spec of TABLE_SPECS) {
    const rows = rowsOf(ret, spec.name);
    // Rule 3: one record per child (per year for OC2 and OC3) in the tables that have one.
    if (['header', 'oc2', 'oc3', 'ad1', 'uasc', 'previous_permanence'].includes(spec.name)) {
      const seen = new Set<string>();
      for (const row of rows) {
        const key = `${row.cells.CHILD ?? ''}|${row.file}|${spec.yearly ? (row.year ?? '') : ''}`;
        if (seen.has(key)) {
          findings.add(
            3,
            row,
            spec.name,
            `the child is already in an earlier row of this table. Keep one row per child and remove the other.`,
            'CHILD',
          );
        }
        seen.add(key);
      }
    }
    if (spec.name === 'header' || !hasHeader) continue;
    for (const row of rows) {
      const child = row.cells.CHILD ?? '';
      if (child === '') continue;
      // Rule 1.
      if (!headerIds.has(child)) {
        findings.add(
          1,
          row,
          spec.name,
          'this child has no row in the Header table. Add the child to Header, or check the CHILD identifier.',
          'CHILD',
        );
        continue;
      }
      // Rule 2.
      if (spec.columns.includes('DOB')) {
        const dob = parseUkDate(row.cells.DOB ?? '');
        const header = headerDob.get(child);
        if (dob !== null && header !== undefined && dob !== header) {
          findings.add(
            2,
            row,
            spec.name,
            'the date of birth differs from the Header table. Correct whichever is wrong so both agree.',
            'DOB',
          );
        }
      }
      if (spec.name === 'uasc' && (row.cells.SEX ?? '') !== (headerSex.get(child) ?? '')) {
        findings.add(2, row, spec.name, 'SEX differs from the Header table. Correct whichever is wrong.', 'SEX');
      }
    }
  }
}

/** Rule 4: every date column holds a real dd/mm/yyyy date; required ones are not blank. */
function checkDates(ret: Return903, findings: Findings): void {
  const required: Partial<Record<TableName, readonly string[]>> = {
    header: ['DOB'],
    episodes: ['DECOM'],
    uasc: ['DOB'],
    reviews: ['DOB', 'REVIEW'],
    ad1: ['DOB', 'DATE_INT', 'DATE_MATCH'],
    placed_for_adoption: ['DOB', 'DATE_PLACED'],
    oc2: ['DOB'],
    oc3: ['DOB'],
    missing: ['DOB', 'MIS_START'],
    sw_episodes: ['SW_DECOM'],
  };
  for (const spec of TABLE_SPECS) {
    const must = new Set(required[spec.name] ?? []);
    for (const row of rowsOf(ret, spec.name)) {
      const bad: string[] = [];
      for (const column of spec.dates) {
        const text = row.cells[column] ?? '';
        if (text === '' ? must.has(column) : parseUkDate(text) === null) bad.push(column);
      }
      if (bad.length > 0) {
        findings.add(
          4,
          row,
          spec.name,
          `${bad.join(' and ')} ${bad.length === 1 ? 'is' : 'are'} missing or not a real date. Write dates as dd/mm/yyyy (for example 31/03/2022).`,
          bad[0],
        );
      }
    }
  }
}

/** Rules 5 (under 24 hours), 8, 11, 12, 15 on each episode row as given. */
function checkEpisodeRows(ret: Return903, findings: Findings): void {
  for (const row of rowsOf(ret, 'episodes')) {
    const cells = row.cells;
    const decom = parseUkDate(cells.DECOM ?? '');
    const dec = parseUkDate(cells.DEC ?? '');
    if (decom !== null && dec !== null && dec === decom) {
      findings.add(
        5,
        row,
        'episodes',
        'the episode ends on the day it starts; an episode lasts at least 24 hours. Check DEC.',
        'DEC',
      );
    }
    if (((cells.DEC ?? '') === '') !== ((cells.REC ?? '') === '')) {
      findings.add(
        8,
        row,
        'episodes',
        (cells.DEC ?? '') === ''
          ? 'REC is given but DEC is blank. Give the date the episode ended, or remove the reason.'
          : 'DEC is given but REC is blank. Give the reason the episode ended (X1 if a new episode followed).',
        (cells.DEC ?? '') === '' ? 'DEC' : 'REC',
      );
    }
    // Rule 11.
    const bad: string[] = [];
    const year = decom === null ? null : collectionYearOf(decom);
    for (const [column, codes] of CODE_SETS) {
      const code = cells[column] ?? '';
      if (code === '') {
        if (REQUIRED_CODES.has(column)) bad.push(`${column} is blank`);
        continue;
      }
      if (!codes.has(code)) bad.push(`${column} '${code}' is not a 903 code`);
      else if (year !== null) {
        const outOfYear = codeOutOfYear(column, code, column === 'REC' && dec !== null ? collectionYearOf(dec) : year);
        if (outOfYear) bad.push(`${column} ${outOfYear}`);
      }
    }
    if (bad.length > 0) {
      findings.add(
        11,
        row,
        'episodes',
        `${bad.join('; ')}. Use the codes of DfE's 903 guide for the year.`,
        bad[0]?.split(' ')[0],
      );
    }
    // Rule 12.
    const place = cells.PLACE ?? '';
    const provider = cells.PLACE_PROVIDER ?? '';
    const providerProblem =
      NO_PROVIDER_PLACES.has(place) && provider !== ''
        ? `a temporary or other placement (${place}) has no provider; leave PLACE_PROVIDER blank`
        : !NO_PROVIDER_PLACES.has(place) && place !== '' && provider === ''
          ? `a ${place} placement needs a provider (PR0 to PR5)`
          : provider === 'PR0' && place !== 'P1'
            ? 'PR0 (parents) is only for placements with parents (P1)'
            : (provider === 'PR1' || provider === 'PR2') && ['P1', 'R2', 'R5'].includes(place)
              ? `${provider} is not a provider of ${place} placements`
              : provider === 'PR3' && PR3_NOT_WITH.has(place)
                ? `PR3 (other public provision) is not a provider of ${place} placements`
                : (provider === 'PR4' || provider === 'PR5') && place === 'P1'
                  ? `${provider} is not a provider of placements with parents (P1)`
                  : null;
    if (providerProblem) {
      findings.add(12, row, 'episodes', `${providerProblem}. Correct PLACE or PLACE_PROVIDER.`, 'PLACE_PROVIDER');
    }
    // Rule 15.
    const shortBreak = cells.LS === 'V3' || cells.LS === 'V4';
    const postcodeProblems: string[] = [];
    for (const column of ['HOME_POST', 'PL_POST']) {
      const text = (cells[column] ?? '').toUpperCase();
      if (text === '') {
        if (!(shortBreak && column === 'HOME_POST')) postcodeProblems.push(`${column} is blank`);
      } else if (!POSTCODE.test(text.replace(/\s+/g, ' '))) postcodeProblems.push(`${column} is not a postcode`);
    }
    const home = (cells.HOME_POST ?? '').replace(/\s+/g, '').toUpperCase();
    const placed = (cells.PL_POST ?? '').replace(/\s+/g, '').toUpperCase();
    if (home !== '' && home === placed && place !== 'P1') {
      postcodeProblems.push('the home and placement postcodes are the same for a placement away from parents');
    }
    if (postcodeProblems.length > 0) {
      findings.add(
        15,
        row,
        'episodes',
        `${postcodeProblems.join('; ')}. Give full postcodes; distance from home cannot be worked out without them.`,
        postcodeProblems[0]?.split(' ')[0],
      );
    }
  }
}

function checkDroppedEpisodes(index: CareIndex, findings: Findings): void {
  for (const { reason, source } of index.dropped) {
    if (reason === 'no_child') {
      findings.add(
        4,
        source,
        'episodes',
        'CHILD is blank, so the episode cannot be used. Give the child identifier.',
        'CHILD',
      );
    } else if (reason === 'dec_before_decom') {
      findings.add(5, source, 'episodes', 'DEC is before DECOM; the episode is not used. Correct either date.', 'DEC');
    } else if (reason === 'repeated_decom') {
      findings.add(
        21,
        source,
        'episodes',
        'another episode of this child starts on the same day; only the first is used. Remove the repeat or correct DECOM.',
        'DECOM',
      );
    }
    // Invalid dates are already rule 4 (checkDates).
  }
}

/** Rules 6, 7, 9, 10, 13, 14 on each child's episodes in order. */
function checkEpisodeSequences(
  index: CareIndex,
  findings: Findings,
  headerDob: ReadonlyMap<string, Day>,
  spanStart: Day | null,
): void {
  for (const child of index.children) {
    const episodes = child.episodes;
    const given = (episode: Episode) => parseUkDate(episode.source.cells.DEC ?? '');
    const givenRec = (episode: Episode) => episode.source.cells.REC ?? '';
    episodes.forEach((episode, position) => {
      const next = episodes[position + 1];
      const dec = given(episode);
      const rec = givenRec(episode);
      if (next) {
        if (dec === null && (episode.source.cells.DEC ?? '') === '') {
          findings.add(
            7,
            episode.source,
            'episodes',
            'the episode has no end date but a later episode starts. Give DEC (and REC).',
            'DEC',
          );
        } else if (dec !== null && dec > next.decom) {
          findings.add(
            6,
            episode.source,
            'episodes',
            'the episode ends after the next episode of the child starts. Correct DEC or the next DECOM.',
            'DEC',
          );
        }
        if (dec !== null && rec === 'X1' && next.decom !== dec) {
          findings.add(
            9,
            episode.source,
            'episodes',
            'REC X1 says a new episode starts the same day, but the next one starts on another day.',
            'REC',
          );
        }
        if (dec !== null && rec === 'X1' && next.decom === dec && next.rne === 'S') {
          findings.add(
            9,
            next.source,
            'episodes',
            'RNE S (a new start) on the day the previous episode ended with X1 (continuing care). Use the RNE for the change, or correct the previous REC.',
            'RNE',
          );
        }
        if (dec !== null && rec !== '' && rec !== 'X1' && next.rne !== 'S') {
          findings.add(
            9,
            next.source,
            'episodes',
            `the previous episode ended care (REC ${rec}) but this one is not a new start (RNE S).`,
            'RNE',
          );
        }
      } else if (dec !== null && rec === 'X1') {
        findings.add(
          9,
          episode.source,
          'episodes',
          'REC X1 says a new episode follows, but there is none. Add the next episode or correct REC.',
          'REC',
        );
      }
      // Rule 13: before birth; after its year's end.
      const dob = headerDob.get(child.id);
      if (position === 0 && dob !== undefined && episode.decom < dob) {
        findings.add(
          13,
          episode.source,
          'episodes',
          "the child's first episode starts before the date of birth in Header.",
          'DECOM',
        );
      }
      const yearEnd = yearEndOf(episode.source);
      if (yearEnd !== null && (episode.decom > yearEnd || (dec !== null && dec > yearEnd))) {
        findings.add(
          13,
          episode.source,
          'episodes',
          `the episode ${episode.decom > yearEnd ? 'starts' : 'ends'} after 31 March of the file's year. Check the dates or the file.`,
          episode.decom > yearEnd ? 'DECOM' : 'DEC',
        );
      }
    });
    // Rule 10: a child whose first episode starts inside the return must start with RNE S.
    const first = episodes[0];
    if (first && first.rne !== 'S' && spanStart !== null && first.decom >= spanStart) {
      findings.add(
        10,
        first.source,
        'episodes',
        "the child's first episode in the files is not a start (RNE S), though it begins within the return's years. Add the earlier episodes or correct RNE.",
        'RNE',
      );
    }
    checkShortBreaks(child, findings);
  }
}

/** Rule 14: V3 and V4 in one collection year; a V3 break over 17 days; V3 breaks over 75 days in a year. */
function checkShortBreaks(child: Child, findings: Findings): void {
  const byYear = new Map<number, { v3: Episode[]; v4: Episode[]; days: number }>();
  for (const episode of child.episodes) {
    if (!episode.shortBreak || episode.dec === null) continue;
    const year = collectionYearOf(episode.decom);
    let entry = byYear.get(year);
    if (!entry) {
      entry = { v3: [], v4: [], days: 0 };
      byYear.set(year, entry);
    }
    if (episode.ls === 'V3') {
      entry.v3.push(episode);
      entry.days += episode.dec - episode.decom;
      if (episode.dec - episode.decom > 17) {
        findings.add(
          14,
          episode.source,
          'episodes',
          'a single short break (V3) lasts more than 17 days. Check the dates or the legal status.',
          'DEC',
        );
      }
    } else entry.v4.push(episode);
  }
  for (const entry of byYear.values()) {
    const firstV3 = entry.v3[0];
    const firstV4 = entry.v4[0];
    if (firstV3 && firstV4) {
      findings.add(
        14,
        firstV4.source,
        'episodes',
        'the child has both V3 and V4 short breaks in one year. Record the breaks one way only.',
        'LS',
      );
    }
    const lastV3 = entry.v3[entry.v3.length - 1];
    if (lastV3 && entry.days > 75) {
      findings.add(
        14,
        lastV3.source,
        'episodes',
        'short breaks (V3) add up to more than 75 days in the year. Check the dates or the legal status.',
        'LS',
      );
    }
  }
}

/** Rule 16, for each year's OC2: the cohort of SPEC N13 at that 31 March. */
function checkOc2(ret: Return903, index: CareIndex, findings: Findings): void {
  const byYear = new Map<number, Row903[]>();
  for (const row of rowsOf(ret, 'oc2')) {
    if (row.year === null) continue;
    const rows = byYear.get(row.year) ?? [];
    rows.push(row);
    byYear.set(row.year, rows);
  }
  const flags = ['HEALTH_ASSESSMENT', 'IMMUNISATIONS', 'TEETH_CHECK', 'SUBSTANCE_MISUSE'];
  for (const [year, rows] of byYear) {
    const yearEnd = dayFromCivil(year, 3, 31);
    const yearStart = dayFromCivil(year - 1, 4, 1);
    const inCohort = (id: string): boolean => {
      const child = index.byId.get(id);
      const episode = child ? currentEpisode(child, yearEnd) : null;
      const period = episode && child ? child.periods[episode.period] : undefined;
      return period !== undefined && period.start <= yearStart;
    };
    for (const row of rows) {
      const id = row.cells.CHILD ?? '';
      const filled = flags.some((flag) => (row.cells[flag] ?? '') !== '');
      if (!inCohort(id)) {
        if (filled) {
          findings.add(
            16,
            row,
            'oc2',
            `the child was not looked after continuously for 12 months at 31/03/${year}, so OC2 should be blank for them.`,
            'CHILD',
          );
        }
      } else {
        const blank = flags.filter((flag) => (row.cells[flag] ?? '') === '');
        if (blank.length > 0) {
          findings.add(
            16,
            row,
            'oc2',
            `${blank.join(', ')} ${blank.length === 1 ? 'is' : 'are'} blank for a child looked after for 12 months; give 1 or 0.`,
            blank[0],
          );
        }
      }
    }
  }
}

/** Rule 17 on each OC3 record. */
function checkOc3(ret: Return903, index: CareIndex, findings: Findings, headerDob: ReadonlyMap<string, Day>): void {
  for (const row of rowsOf(ret, 'oc3')) {
    const id = row.cells.CHILD ?? '';
    const dob = parseUkDate(row.cells.DOB ?? '') ?? headerDob.get(id) ?? null;
    const inTouch = row.cells.IN_TOUCH ?? '';
    const activity = row.cells.ACTIV ?? '';
    const accommodation = row.cells.ACCOM ?? '';
    if (row.year !== null && dob !== null) {
      const age = completedYears(dob, dayFromCivil(row.year, 3, 31));
      if (age < 17 || age > 21) {
        findings.add(
          17,
          row,
          'oc3',
          `the young person is ${age} at 31/03/${row.year}; OC3 is for those aged 17 to 21. Remove the row or check DOB.`,
          'DOB',
        );
      } else if (age <= 18) {
        const birthday = addYears(dob, age);
        const child = index.byId.get(id);
        if (child && currentEpisode(child, birthday)) {
          findings.add(
            17,
            row,
            'oc3',
            `the young person was still looked after on their ${age}th birthday, so has no OC3 record for it (DfE leaves such records out).`,
            'CHILD',
          );
        }
      }
    }
    if (inTouch !== '' && !IN_TOUCH_CODES.has(inTouch)) {
      findings.add(
        17,
        row,
        'oc3',
        `IN_TOUCH '${inTouch}' is not a code (YES, NO, DIED, REFU, NREQ, RHOM).`,
        'IN_TOUCH',
      );
    }
    if (
      (inTouch === 'DIED' || inTouch === 'RHOM') &&
      ((activity !== '' && activity !== '0') || (accommodation !== '' && accommodation !== '0'))
    ) {
      findings.add(
        17,
        row,
        'oc3',
        `IN_TOUCH ${inTouch} but an activity or accommodation is given; give 0 for both.`,
        'ACTIV',
      );
    }
    if (accommodation !== '' && accommodation !== '0') {
      const letter = accommodation.slice(0, 1);
      const digit = accommodation.slice(1);
      if (!ACCOM_LETTERS.has(letter) || (digit !== '1' && digit !== '2')) {
        findings.add(
          17,
          row,
          'oc3',
          `ACCOM '${accommodation}' is not a code: a letter for the type and 1 (suitable) or 2 (unsuitable).`,
          'ACCOM',
        );
      }
    }
  }
}

/** Rule 18: an adoption (REC E11 or E12) and an AD1 record go together. */
function checkAdoptions(ret: Return903, index: CareIndex, findings: Findings): void {
  if (!ret.tables.ad1) return;
  const withAd1 = new Set(rowsOf(ret, 'ad1').map((row) => row.cells.CHILD ?? ''));
  const adopted = new Set<string>();
  for (const child of index.children) {
    for (const episode of child.episodes) {
      const rec = episode.source.cells.REC ?? '';
      if (rec !== 'E11' && rec !== 'E12') continue;
      adopted.add(child.id);
      if (!withAd1.has(child.id)) {
        findings.add(
          18,
          episode.source,
          'episodes',
          'the child was adopted (REC E11 or E12) but has no AD1 record. Add the AD1 row.',
          'REC',
        );
      }
    }
  }
  for (const row of rowsOf(ret, 'ad1')) {
    if (!adopted.has(row.cells.CHILD ?? '')) {
      findings.add(
        18,
        row,
        'ad1',
        'the child has an AD1 record but no episode ending in adoption (REC E11 or E12).',
        'CHILD',
      );
    }
  }
}

/** Rule 19 on the Missing table, each child's periods in order. */
function checkMissing(ret: Return903, index: CareIndex, findings: Findings): void {
  const byChild = new Map<string, { row: Row903; start: Day; end: Day | null }[]>();
  for (const row of rowsOf(ret, 'missing')) {
    const kind = row.cells.MISSING ?? '';
    const start = parseUkDate(row.cells.MIS_START ?? '');
    const end = parseUkDate(row.cells.MIS_END ?? '');
    if (kind !== 'M' && kind !== 'A') {
      findings.add(
        19,
        row,
        'missing',
        `MISSING '${kind}' is not M (missing) or A (away); the row is not used.`,
        'MISSING',
      );
      continue;
    }
    if (start === null) continue; // rule 4
    if (end !== null && end < start) {
      findings.add(
        19,
        row,
        'missing',
        'MIS_END is before MIS_START; the row is not used. Correct either date.',
        'MIS_END',
      );
      continue;
    }
    const child = index.byId.get(row.cells.CHILD ?? '');
    if (
      child &&
      !child.episodes.some((episode) => !episode.shortBreak && (inForce(episode, start) || episode.dec === start))
    ) {
      findings.add(
        19,
        row,
        'missing',
        'the child was not looked after when this missing period started. Check MIS_START or the episodes.',
        'MIS_START',
      );
    }
    const list = byChild.get(row.cells.CHILD ?? '') ?? [];
    list.push({ row, start, end });
    byChild.set(row.cells.CHILD ?? '', list);
  }
  for (const list of byChild.values()) {
    list.sort((a, b) => a.start - b.start);
    for (let position = 1; position < list.length; position += 1) {
      const previous = list[position - 1];
      const current = list[position];
      if (previous && current && (previous.end === null || previous.end > current.start)) {
        findings.add(
          19,
          current.row,
          'missing',
          'this missing period starts before the previous one of the child ended. Correct the dates.',
          'MIS_START',
        );
      }
    }
  }
}

/** Rule 20, only when a SWEpisodes table is given (from 2023/24). */
function checkSocialWorkers(ret: Return903, index: CareIndex, findings: Findings): void {
  const table = ret.tables.sw_episodes;
  if (!table) return;
  const byChild = new Map<string, { start: Day; end: Day | null }[]>();
  for (const row of table.rows) {
    const start = parseUkDate(row.cells.SW_DECOM ?? '');
    if ((row.cells.SW_ID ?? '') === '' || start === null) {
      findings.add(
        20,
        row,
        'sw_episodes',
        'the social worker episode needs SW_ID and SW_DECOM.',
        (row.cells.SW_ID ?? '') === '' ? 'SW_ID' : 'SW_DECOM',
      );
      continue;
    }
    const list = byChild.get(row.cells.CHILD ?? '') ?? [];
    list.push({ start, end: parseUkDate(row.cells.SW_DEC ?? '') });
    byChild.set(row.cells.CHILD ?? '', list);
  }
  const latest = latestEpisodeDay(rowsOf(ret, 'episodes'));
  if (latest === null) return;
  // The latest 31 March the episodes reach, from 2024 (when social worker episodes began).
  const year = collectionYearOf(latest) - (latest < dayFromCivil(collectionYearOf(latest), 3, 31) ? 1 : 0);
  if (year < 2024) return;
  const yearEnd = dayFromCivil(year, 3, 31);
  for (const child of index.children) {
    const episode = currentEpisode(child, yearEnd);
    if (!episode) continue;
    const spells = byChild.get(child.id) ?? [];
    if (!spells.some((spell) => spell.start <= yearEnd && (spell.end === null || spell.end >= yearEnd))) {
      findings.add(
        20,
        episode.source,
        'episodes',
        `the child was looked after at 31/03/${year} but has no social worker episode then. Add it to SWEpisodes.`,
        'CHILD',
      );
    }
  }
}

/** Rule 13's "born after the year end": a Header date of birth after the last year end the episodes reach. */
function checkBirthDates(ret: Return903, findings: Findings): void {
  const latest = latestEpisodeDay(rowsOf(ret, 'episodes'));
  if (latest === null) return;
  const yearEnd = dayFromCivil(collectionYearOf(latest), 3, 31);
  for (const row of rowsOf(ret, 'header')) {
    const dob = parseUkDate(row.cells.DOB ?? '');
    if (dob !== null && dob > yearEnd) {
      findings.add(
        13,
        row,
        'header',
        `the date of birth is after 31/03/${collectionYearOf(latest)}, the end of the return's latest year.`,
        'DOB',
      );
    }
  }
}
