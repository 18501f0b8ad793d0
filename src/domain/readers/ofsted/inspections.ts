import { quoted } from '../../text/quote';
import { formerCodeWords } from '../../text/former-codes';
import type { Area } from '../../areas/area';
import type { AreaDirectory } from '../../areas/area-directory';
import type { ParseResult, Problem, SourceRows } from '../result';
import { parseDayDate } from '../../periods/day-date';
import { headingPositions, missingHeadings } from '../sheet-header';
import { append } from '../../lists/append';
import { GRADES, GRADE_LABEL, parseGrade, type Grade } from './grade';

/** The overall effectiveness judgement and the four sub-judgements of an ILACS inspection. */
export type JudgementArea = 'overall' | 'leaders' | 'help_and_protection' | 'children_in_care' | 'care_leavers';

export const JUDGEMENT_AREAS: readonly JudgementArea[] = [
  'overall',
  'leaders',
  'help_and_protection',
  'children_in_care',
  'care_leavers',
];

/** Ofsted's column headings, which are also the judgements' full titles. */
const JUDGEMENT_COLUMN: Readonly<Record<JudgementArea, string>> = {
  overall: 'Overall effectiveness',
  leaders: 'The impact of leaders on social work practice with children and families',
  help_and_protection: 'The experiences and progress of children who need help and protection',
  children_in_care: 'The experiences and progress of children in care',
  care_leavers: 'The experiences and progress of care leavers',
};

/**
 * A judgement as the file gives it. `not_judged_then` is an inspection before the care-leavers
 * judgement existed: a fact about the framework, not a gap in the data, so it is its own value.
 */
export type Judgement = { kind: 'graded'; grade: Grade } | { kind: 'not_judged_then' } | { kind: 'missing' };

/** Ofsted judged care leavers separately from inspections on or after this day (Notes sheet of the publication). */
const CARE_LEAVERS_JUDGED_FROM = '2023-01-01';

export interface Inspection {
  /** Our ONS code for the council (areas.csv), which may differ from the one Ofsted printed. */
  areaCode: string;
  /** Our name for the council, so Ofsted's "Durham" reads "County Durham" as everywhere else. */
  areaName: string;
  /** Our region (areas.csv): Ofsted's regions merge some of ours, e.g. "North East, Yorkshire and the Humber". */
  regionCode: string;
  /** ISO date, e.g. 2019-09-09. */
  date: string;
  published: string;
  /** e.g. "ILACS Standard Inspection"; null in the current-judgements sheet, which does not say. */
  type: string | null;
  judgements: Readonly<Record<JudgementArea, Judgement>>;
  source: { file: string; row: number };
}

/** A row read but not joined to a council of ours, so that nothing leaves the count unexplained. */
export interface SetAside {
  code: string;
  ofstedName: string;
  row: number;
  reason: 'no_longer_exists' | 'unknown_local_authority';
}

export interface InspectionSheet {
  inspections: Inspection[];
  setAside: SetAside[];
  /** The day the sheet's title says it is "as at", as written (e.g. "31 March 2025"); null if it names none. */
  asAt: string | null;
}

const KEY_COLUMN = 'local authority area code';
/** Ofsted's sheets open with a title and a description; a few more rows allow for a longer preamble. */
const HEADER_SEARCH_ROWS = 10;

const COLUMNS = {
  code: 'Local authority area code',
  name: 'Local authority name',
  status: 'Local authority status',
  date: 'Inspection date',
  published: 'Publication date',
  type: 'Inspection type',
} as const;

type SheetKind = 'history' | 'current';

const SHEET_TITLE: Readonly<Record<SheetKind, string>> = {
  history: "'ILACS inspection history'",
  current: "'Inspections as at 31 March'",
};

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function requiredColumns(kind: SheetKind): string[] {
  const own = kind === 'history' ? [COLUMNS.status, COLUMNS.type] : [];
  return [
    COLUMNS.code,
    COLUMNS.name,
    ...own,
    COLUMNS.date,
    COLUMNS.published,
    ...JUDGEMENT_AREAS.map((area) => JUDGEMENT_COLUMN[area]),
  ];
}

/** A dd/mm/yyyy date as ISO, or null when it is not a real day (31/02/2024). */
export function parseOfstedDate(text: string): string | null {
  return parseDayDate(text, 'published');
}

const ALLOWED_GRADES = GRADES.map((grade) => `'${GRADE_LABEL[grade]}'`).join(', ');

/** Reads Ofsted's "ILACS inspection history" sheet: every short and standard inspection since 2018. */
export function readInspectionHistory(source: SourceRows, areas: AreaDirectory): ParseResult<InspectionSheet> {
  return readSheet(source, areas, 'history');
}

/** Reads Ofsted's "Inspections as at 31 March" sheet: each council's most recent judgements. */
export function readCurrentJudgements(source: SourceRows, areas: AreaDirectory): ParseResult<InspectionSheet> {
  return readSheet(source, areas, 'current');
}

function readSheet(source: SourceRows, areas: AreaDirectory, kind: SheetKind): ParseResult<InspectionSheet> {
  const file = source.fileName;
  const empty: InspectionSheet = { inspections: [], setAside: [], asAt: null };
  const headerAt = source.rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((row) => row.cells.some((text) => normalise(text) === KEY_COLUMN));
  const headerRow = source.rows[headerAt];
  if (!headerRow) {
    return {
      value: empty,
      problems: [
        {
          severity: 'error',
          rule: 'header_not_found',
          message: `${file}: none of the first ${HEADER_SEARCH_ROWS} rows has a ${quoted(COLUMNS.code)} column, so the header was not found. Save Ofsted's ${SHEET_TITLE[kind]} sheet as CSV without changing its columns.`,
        },
      ],
    };
  }
  const position = headingPositions(headerRow.cells);
  const missing = missingHeadings(
    file,
    headerRow.row,
    position,
    requiredColumns(kind),
    `Use Ofsted's ${SHEET_TITLE[kind]} sheet as published.`,
  );
  if (missing.length > 0) return { value: empty, problems: missing };

  const problems: Problem[] = [];
  const titles = source.rows.slice(0, headerAt).flatMap((row) => row.cells);
  const asAt =
    titles.map((text) => /\bas at (\d{1,2} [A-Za-z]+ \d{4})\b/i.exec(text)?.[1]).find((text) => text !== undefined) ??
    null;
  const sheet: InspectionSheet = { inspections: [], setAside: [], asAt };
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of source.rows.slice(headerAt + 1)) {
    // A trailing blank cell is often left out altogether (the care-leavers column before 2023), so a short row reads as blank.
    const get = (column: string) => cells[position.get(normalise(column)) ?? -1] ?? '';
    const at = (column: string) => `${file} row ${row}, column ${column}`;
    const rowProblems: Problem[] = [];
    const code = get(COLUMNS.code);
    const ofstedName = get(COLUMNS.name);

    if (kind === 'history') {
      const status = normalise(get(COLUMNS.status));
      if (status === 'no longer exists') {
        sheet.setAside.push({ code, ofstedName, row, reason: 'no_longer_exists' });
        problems.push({
          severity: 'warning',
          rule: 'no_longer_exists',
          row,
          column: COLUMNS.status,
          message: `${at(COLUMNS.status)}: ${ofstedName} (${code}) no longer exists, so this inspection is counted but not shown. The councils that replaced it have inspections of their own; nothing to do.`,
        });
        continue;
      }
      if (status !== 'current') {
        rowProblems.push({
          severity: 'error',
          rule: 'unknown_status',
          row,
          column: COLUMNS.status,
          message: `${at(COLUMNS.status)}: '${get(COLUMNS.status)}' is not a status Ofsted uses. Use 'Current' or 'No longer exists'.`,
        });
      }
    }

    const dateIn = (column: string) => {
      const iso = parseOfstedDate(get(column));
      if (iso === null) {
        rowProblems.push({
          severity: 'error',
          rule: 'invalid_date',
          row,
          column,
          message: `${at(column)}: '${get(column)}' is not a date. Write the day as dd/mm/yyyy, e.g. 09/09/2019.`,
        });
      }
      return iso;
    };
    const date = dateIn(COLUMNS.date);
    const published = dateIn(COLUMNS.published);

    const judgements = {} as Record<JudgementArea, Judgement>;
    for (const area of JUDGEMENT_AREAS) {
      const column = JUDGEMENT_COLUMN[area];
      const text = get(column);
      if (text === '') {
        if (area !== 'care_leavers') {
          rowProblems.push({
            severity: 'error',
            rule: 'missing_judgement',
            row,
            column,
            message: `${at(column)}: the judgement is blank. Every inspection has one: copy it from the inspection report, using one of ${ALLOWED_GRADES}.`,
          });
          judgements[area] = { kind: 'missing' };
        } else if (date !== null && date < CARE_LEAVERS_JUDGED_FROM) {
          judgements[area] = { kind: 'not_judged_then' };
        } else {
          judgements[area] = { kind: 'missing' };
          if (date !== null) {
            problems.push({
              severity: 'warning',
              rule: 'missing_care_leavers_judgement',
              row,
              column,
              message: `${at(column)}: the judgement is blank, but care leavers have been judged since 1 January 2023. It is shown as missing: check the inspection report and fill it in.`,
            });
          }
        }
        continue;
      }
      const grade = parseGrade(text);
      if (grade === null) {
        rowProblems.push({
          severity: 'error',
          rule: 'unknown_judgement',
          row,
          column,
          message: `${at(column)}: ${quoted(text)} is not one of Ofsted's judgements. Use one of ${ALLOWED_GRADES}.`,
        });
        judgements[area] = { kind: 'missing' };
      } else {
        judgements[area] = { kind: 'graded', grade };
      }
    }

    const area = councilFor(code, areas);
    if (!area) {
      sheet.setAside.push({ code, ofstedName, row, reason: 'unknown_local_authority' });
      append(problems, rowProblems).push({
        severity: 'warning',
        rule: 'unknown_local_authority',
        row,
        column: COLUMNS.code,
        message: `${at(COLUMNS.code)}: ${quoted(code)} (${ofstedName || 'no name'}) is not a current local authority in data/areas.csv, so this inspection is counted but not shown. Check the code against ONS's current codes; if the council is new, add it to data/areas.csv.`,
      });
      continue;
    }
    if (area.code !== code) {
      problems.push({
        severity: 'warning',
        rule: 'replaced_area_code',
        row,
        column: COLUMNS.code,
        message: `${at(COLUMNS.code)}: ${formerCodeWords(code, area)}, so the inspection is shown for ${area.name} (${area.code}). Nothing to do; Ofsted's next publication should use the new code.`,
      });
    }

    const key = kind === 'history' ? `${area.code} ${date ?? ''}` : area.code;
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      rowProblems.push({
        severity: 'error',
        rule: kind === 'history' ? 'duplicate_inspection' : 'duplicate_local_authority',
        row,
        column: COLUMNS.code,
        message: `${at(COLUMNS.code)}: row ${earlier} already gives ${kind === 'history' ? `${area.name}'s inspection on ${get(COLUMNS.date)}` : `${area.name}'s current judgements`}. Keep one of the two rows.`,
      });
    } else {
      firstRowOf.set(key, row);
    }

    append(problems, rowProblems);
    if (rowProblems.length > 0 || date === null || published === null) continue;
    sheet.inspections.push({
      areaCode: area.code,
      areaName: area.name,
      regionCode: area.regionCode,
      date,
      published,
      type: kind === 'history' ? get(COLUMNS.type) : null,
      judgements,
      source: { file, row },
    });
  }
  return { value: sheet, problems };
}

/**
 * The council an Ofsted code names: its current ONS code, or one ONS replaced after Ofsted's file
 * was made (areas.csv former_codes: Barnsley and Sheffield before 2025). Ofsted writes ONS codes
 * only, so DfE's three-digit LA numbers are not taken for one.
 */
function councilFor(code: string, areas: AreaDirectory): Area | undefined {
  const match = areas.findLocalAuthority(code);
  return match && match.by !== 'la_number' ? match.area : undefined;
}

/** A council's inspections, newest first. */
export function inspectionsOf(inspections: readonly Inspection[], areaCode: string): Inspection[] {
  return inspections
    .filter((inspection) => inspection.areaCode === areaCode)
    .sort((a, b) => b.date.localeCompare(a.date));
}

export interface JudgementSpread {
  /** Councils per overall grade. */
  counts: Readonly<Record<Grade, number>>;
  /** All the councils counted, judged or not. */
  councils: number;
  /** Councils with no current overall judgement in the file. */
  notJudged: number;
}

/** How many of `councils` Ofsted currently judges at each overall grade. */
export function overallSpread(current: readonly Inspection[], councils: readonly Area[]): JudgementSpread {
  const overallByCode = new Map(current.map((inspection) => [inspection.areaCode, inspection.judgements.overall]));
  const counts: Record<Grade, number> = { outstanding: 0, good: 0, requires_improvement: 0, inadequate: 0 };
  let notJudged = 0;
  for (const council of councils) {
    const overall = overallByCode.get(council.code);
    if (overall?.kind === 'graded') counts[overall.grade] += 1;
    else notJudged += 1;
  }
  return { counts, councils: councils.length, notJudged };
}
