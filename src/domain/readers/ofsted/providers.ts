import { quoted } from '../../text/quote';
import type { Area } from '../../areas/area';
import type { AreaDirectory } from '../../areas/area-directory';
import { AreaNames } from '../../areas/area-names';
import { parseDayDate } from '../../periods/day-date';
import { monthNumberOf } from '../../text/dates';
import type { ParseResult, Problem, SourceRows } from '../result';
import { headingKey, headingPositions, missingHeadings } from '../sheet-header';
import { GRADES, GRADE_LABEL, parseGrade, type Grade } from './grade';
import { append } from '../../lists/append';
import { rowsText } from '../../text/rows';
import { PROVISION_TYPES, SECTORS } from './provision-types';

/**
 * Ofsted's list of every regulated children's social care setting ("Children's social care data in
 * England", sheets "Provider level at 31 March" and "Providers and places at 31 March"), and the
 * compact table built from both (scripts/build-ofsted-providers.ts), which keeps their headings.
 */

export interface Provider {
  /** Ofsted's unique reference number. */
  urn: string;
  /** Ofsted's words, one spelling for each type ("Children's Home" in 8 rows reads "Children's home"). */
  provisionType: string;
  sector: string;
  /** Registered places; null for settings that have none (fostering and adoption agencies). */
  places: number | null;
  shortBreakOnly: boolean;
  /** The latest full inspection's overall judgement; null when the sheet gives none (not yet inspected, or a places-only sheet). */
  latest: { date: string; grade: Grade } | null;
  /** The local authority as Ofsted writes it. */
  ofstedLocalAuthority: string;
  /** Our local authority, or null when the name is none of ours (e.g. Cumbria, replaced in 2023). */
  areaCode: string | null;
  /** Our region: the local authority's, or else the sheet's Government Office Region by name. */
  regionCode: string | null;
  source: { file: string; row: number };
}

export interface ProviderSheet {
  providers: Provider[];
  /** The day the title says the list is at, ISO (2023-03-31); null if it names none. */
  asAt: string | null;
  /** Whether the sheet gives judgements: "Providers and places" does not. */
  hasJudgements: boolean;
  /** Whether the sheet lists settings not yet inspected: "Provider level" lists only those with a judgement. */
  hasUninspected: boolean;
}

const COLUMNS = {
  urn: 'URN',
  type: 'Provision type',
  localAuthority: 'Local authority',
  region: 'Government Office Region',
  sector: 'Sector',
  places: 'Places',
  shortBreak: "Short-break-only children's home",
  eventType: 'Latest full inspection event type',
  date: 'Latest full inspection date',
  overall: 'Overall experiences and progress of children and young people',
} as const;

const REQUIRED = [COLUMNS.urn, COLUMNS.type, COLUMNS.localAuthority, COLUMNS.sector, COLUMNS.places];
/** The sheets open with a title and two lines of description: the header is on row 4. */
const HEADER_SEARCH_ROWS = 10;
const FULL_INSPECTION = 'full inspection';

/** Whether rows are one of Ofsted's provider sheets: a header with URN and Provision type near the top. */
export function findProviderHeader(source: SourceRows): number {
  return source.rows.slice(0, HEADER_SEARCH_ROWS).findIndex(({ cells }) => {
    const names = new Set(cells.map(headingKey));
    return names.has(headingKey(COLUMNS.urn)) && names.has(headingKey(COLUMNS.type));
  });
}

/** "… at 31 March 2023" in the title as ISO. */
function asAtOf(titles: readonly string[]): string | null {
  for (const text of titles) {
    const match = /\bat (\d{1,2}) ([A-Za-z]+) (\d{4})\b/.exec(text);
    const month = match ? monthNumberOf(match[2] ?? '') : null;
    if (!match || month === null) continue;
    return parseDayDate(`${match[1] ?? ''}/${month}/${match[3] ?? ''}`, 'published');
  }
  return null;
}

/** The spelling of a known word ("Children's Home" → "Children's home"), or the text as written. */
function known(words: readonly string[], text: string): string | undefined {
  return words.find((word) => headingKey(word) === headingKey(text));
}

/**
 * Reads one of Ofsted's provider sheets as rows (its header is below a title). Councils are placed
 * by name on our areas (AreaNames); a name that is none of ours is a warning naming its rows, and
 * those settings still count in their region and in England. A row with an error is left out.
 */
export function readProviderSheet(source: SourceRows, areas: AreaDirectory): ParseResult<ProviderSheet> {
  const file = source.fileName;
  const headerAt = findProviderHeader(source);
  const headerRow = source.rows[headerAt];
  const empty: ProviderSheet = { providers: [], asAt: null, hasJudgements: false, hasUninspected: true };
  if (!headerRow) {
    const message = `${file}: none of the first ${HEADER_SEARCH_ROWS} rows has the columns ${quoted(COLUMNS.urn)} and ${quoted(COLUMNS.type)}, so this is not one of Ofsted's provider sheets. Save the sheet "Provider level at 31 March" or "Providers and places at 31 March" of Ofsted's "Children's social care data in England" as CSV without changing its columns.`;
    return { value: empty, problems: [{ severity: 'error', rule: 'header_not_found', message }] };
  }
  const position = headingPositions(headerRow.cells);
  const missing = missingHeadings(file, headerRow.row, position, REQUIRED, "Use Ofsted's provider sheet as published.");
  if (missing.length > 0) return { value: empty, problems: missing };
  const hasJudgements = position.has(headingKey(COLUMNS.overall));
  const sheet: ProviderSheet = {
    providers: [],
    asAt: asAtOf(source.rows.slice(0, headerAt).flatMap((row) => row.cells)),
    hasJudgements,
    // The provider-level sheet lists only settings with a judgement; a row without one says the sheet lists others too.
    hasUninspected: !hasJudgements,
  };
  const problems: Problem[] = [];
  const names = new AreaNames(areas, sheet.asAt);
  const unplaced = new Map<string, { rows: number[]; region: Area | undefined }>();
  const unknownWords = new Map<string, { column: string; text: string; rows: number[] }>();
  const firstRowOf = new Map<string, number>();

  for (const { row, cells } of source.rows.slice(headerAt + 1)) {
    // Ofsted's sheets leave trailing blank cells out, so a short row reads as blank to its end.
    const get = (column: string) => cells[position.get(headingKey(column)) ?? -1] ?? '';
    const at = (column: string) => `${file} row ${row}, column ${column}`;
    const rowProblems: Problem[] = [];
    const error = (rule: Problem['rule'], column: string, message: string) =>
      rowProblems.push({ severity: 'error', rule, row, column, message: `${at(column)}: ${message}` });

    const urn = get(COLUMNS.urn);
    if (urn === '') error('missing_urn', COLUMNS.urn, 'the URN is blank. Every setting Ofsted lists has one.');
    const earlier = firstRowOf.get(urn);
    if (urn !== '' && earlier !== undefined) {
      error('duplicate_provider', COLUMNS.urn, `row ${earlier} already lists ${urn}. Keep one of the two rows.`);
    } else if (urn !== '') firstRowOf.set(urn, row);

    const wordOf = (words: readonly string[], column: string) => {
      const text = get(column);
      const word = known(words, text);
      if (word !== undefined) return word;
      const seen = unknownWords.get(`${column}|${text}`) ?? { column, text, rows: [] };
      seen.rows.push(row);
      unknownWords.set(`${column}|${text}`, seen);
      return text;
    };
    const provisionType = wordOf(PROVISION_TYPES, COLUMNS.type);
    const sector = wordOf(SECTORS, COLUMNS.sector);

    const placesText = get(COLUMNS.places).replace(/,/g, '');
    const places = placesText === '' ? null : Number(placesText);
    if (places !== null && !(Number.isInteger(places) && places >= 0)) {
      error('invalid_places', COLUMNS.places, `'${get(COLUMNS.places)}' is not a number of places.`);
    }

    const latest = hasJudgements ? readLatest(get, at, rowProblems, problems, row) : null;

    const ofstedLocalAuthority = get(COLUMNS.localAuthority);
    const council = names.localAuthority(ofstedLocalAuthority);
    const region = council ? areas.find(council.regionCode) : names.region(get(COLUMNS.region));
    if (!council) {
      const seen = unplaced.get(ofstedLocalAuthority) ?? { rows: [], region };
      seen.rows.push(row);
      unplaced.set(ofstedLocalAuthority, seen);
    }

    append(problems, rowProblems);
    if (hasJudgements && get(COLUMNS.overall) === '') sheet.hasUninspected = true;
    if (rowProblems.length > 0 || latest === undefined) continue;
    sheet.providers.push({
      urn,
      provisionType,
      sector,
      places,
      shortBreakOnly: get(COLUMNS.shortBreak) !== '',
      latest,
      ofstedLocalAuthority,
      areaCode: council?.code ?? null,
      regionCode: region?.code ?? null,
      source: { file, row },
    });
  }
  for (const { column, text, rows } of unknownWords.values()) {
    problems.push({
      severity: 'warning',
      rule: column === COLUMNS.type ? 'unknown_provision_type' : 'unknown_sector',
      row: rows[0] ?? 0,
      column,
      message: `${file} ${rowsText(rows)}, column ${column}: ${quoted(text)} is not one of Ofsted's ${column === COLUMNS.type ? 'provision types' : 'sectors'} known to this app, so it is shown as written. If Ofsted has added it, add it to ${column === COLUMNS.type ? 'PROVISION_TYPES' : 'SECTORS'} in src/domain/readers/ofsted/provision-types.ts.`,
    });
  }
  for (const [name, { rows, region }] of unplaced) {
    problems.push({
      severity: 'warning',
      rule: 'unplaced_local_authority',
      row: rows[0] ?? 0,
      column: COLUMNS.localAuthority,
      message: `${file} ${rowsText(rows)}, column ${COLUMNS.localAuthority}: ${quoted(name)} is not a current local authority in data/areas.csv (it may have been reorganised since Ofsted made the file), so ${rows.length === 1 ? 'this setting counts' : `these ${rows.length} settings count`} in England${region ? ` and in their region (${region.name})` : ''} but in no council. Nothing to do unless the name is a council's: then add its spelling to data/areas.csv's name or to areaNameKey.`,
    });
  }
  return { value: sheet, problems };
}

const ALLOWED_GRADES = GRADES.map((grade) => `'${GRADE_LABEL[grade]}'`).join(', ');

/**
 * The latest full inspection's judgement and date: null for none, undefined for a row with an error.
 * A judgement from an inspection that is not a full one is left out, as Ofsted's own tables leave it.
 */
function readLatest(
  get: (column: string) => string,
  at: (column: string) => string,
  rowProblems: Problem[],
  problems: Problem[],
  row: number,
): { date: string; grade: Grade } | null | undefined {
  const words = get(COLUMNS.overall);
  if (words === '') return null;
  const grade = parseGrade(words);
  const date = parseDayDate(get(COLUMNS.date), 'published');
  if (grade === null) {
    rowProblems.push({
      severity: 'error',
      rule: 'unknown_judgement',
      row,
      column: COLUMNS.overall,
      message: `${at(COLUMNS.overall)}: ${quoted(words)} is not one of Ofsted's judgements. Use one of ${ALLOWED_GRADES}.`,
    });
  }
  if (date === null) {
    rowProblems.push({
      severity: 'error',
      rule: 'invalid_date',
      row,
      column: COLUMNS.date,
      message: `${at(COLUMNS.date)}: '${get(COLUMNS.date)}' is not a date. Ofsted writes the day as dd/mm/yyyy, e.g. 02/11/2022.`,
    });
  }
  if (grade === null || date === null) return undefined;
  const event = get(COLUMNS.eventType);
  if (event !== '' && headingKey(event) !== FULL_INSPECTION) {
    problems.push({
      severity: 'warning',
      rule: 'not_a_full_inspection',
      row,
      column: COLUMNS.eventType,
      message: `${at(COLUMNS.eventType)}: the judgement ${quoted(words)} comes from a ${event}, not a full inspection, so it is counted as no judgement, as Ofsted's own tables count it. Nothing to do.`,
    });
    return null;
  }
  return { date, grade };
}

/**
 * One list from Ofsted's two sheets of the same day: every setting of the places sheet, each with
 * its judgement from the provider-level sheet. A setting in only one of them is kept.
 */
export function combineProviderSheets(sheets: readonly ProviderSheet[]): ParseResult<ProviderSheet> {
  const days = [...new Set(sheets.map((sheet) => sheet.asAt).filter((day): day is string => day !== null))];
  const problems: Problem[] =
    days.length > 1
      ? [
          {
            severity: 'error',
            rule: 'sheets_of_different_days',
            message: `Ofsted's provider sheets given are at different days (${days.join(' and ')}). Use the sheets of one publication.`,
          },
        ]
      : [];
  const byUrn = new Map<string, Provider>();
  for (const sheet of sheets) {
    for (const provider of sheet.providers) {
      const held = byUrn.get(provider.urn);
      byUrn.set(provider.urn, held ? { ...held, latest: held.latest ?? provider.latest } : provider);
    }
  }
  return {
    value: {
      providers: [...byUrn.values()],
      asAt: days[0] ?? null,
      hasJudgements: sheets.some((sheet) => sheet.hasJudgements),
      hasUninspected: sheets.some((sheet) => sheet.hasUninspected),
    },
    problems,
  };
}
