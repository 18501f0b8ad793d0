import { DAY_DATE_EXAMPLES, parseDayDate } from '../periods/day-date';
import { GRADES, GRADE_LABEL } from '../readers/ofsted/grade';
import type { ParseResult, Problem, SourceRecord, SourceTable } from '../readers/result';
import { headingKey } from '../readers/sheet-header';
import {
  INTERIM_OUTCOMES,
  INTERIM_OUTCOME_LABEL,
  parseHomeGrade,
  parseInterimOutcome,
  type ChildrensHome,
} from './home';
import { append } from '../lists/append';

/** The columns of a council's table of its children's homes, each with the headings papers give it. */
export type HomesColumn = 'name' | 'urn' | 'fullDate' | 'fullJudgement' | 'interimDate' | 'interimOutcome';

/**
 * Headings as councils' papers write them, matched ignoring case and spaces: Durham's (June 2016)
 * "Name, Full inspection date, Full inspection overall judgement, Interim inspection date, Interim
 * inspection overall outcome"; Stockton's (September 2017) "Home, Date of last full inspection,
 * Judgement"; and Ofsted's own "URN".
 */
const HEADINGS: Readonly<Record<HomesColumn, readonly string[]>> = {
  name: ['name', 'home', 'home name', 'name of home', "children's home"],
  urn: ['urn', 'ofsted urn', 'unique reference number'],
  fullDate: [
    'full inspection date',
    'date of last full inspection',
    'last full inspection date',
    'latest full inspection date',
    'date of full inspection',
  ],
  fullJudgement: [
    'full inspection overall judgement',
    'full inspection judgement',
    'overall judgement',
    'judgement',
    'latest full inspection judgement',
  ],
  interimDate: ['interim inspection date', 'date of last interim inspection', 'last interim inspection date'],
  interimOutcome: ['interim inspection overall outcome', 'interim inspection outcome', 'interim outcome'],
};

/** Each column's heading in messages: Durham's. */
const TITLE: Readonly<Record<HomesColumn, string>> = {
  name: 'Name',
  urn: 'URN',
  fullDate: 'Full inspection date',
  fullJudgement: 'Full inspection overall judgement',
  interimDate: 'Interim inspection date',
  interimOutcome: 'Interim inspection overall outcome',
};

/** What a homes table must have; the URN and the interim inspection are optional. */
const REQUIRED: readonly HomesColumn[] = ['name', 'fullDate', 'fullJudgement'];

/** Ofsted took over the registration and inspection of children's homes on 1 April 2007. */
const OFSTED_INSPECTS_FROM = '2007-04-01';

/** Ofsted's social care URNs: SC and six digits for older settings, seven digits for newer ones. */
const URN = /^(SC\d{6}|\d{7})$/i;

export interface HomesTable {
  homes: ChildrensHome[];
  /** Whether the table has interim-inspection columns: without them no home's interim is known. */
  hasInterim: boolean;
}

/** Which heading of the file gives each column; the first matching heading wins. */
function columnsOf(header: readonly string[]): Partial<Record<HomesColumn, string>> {
  const found: Partial<Record<HomesColumn, string>> = {};
  for (const heading of header) {
    const wanted = headingKey(heading);
    const column = (Object.keys(HEADINGS) as HomesColumn[]).find((key) => HEADINGS[key].includes(wanted));
    if (column && found[column] === undefined) found[column] = heading;
  }
  return found;
}

/** A council's table of its children's homes: a name, a full inspection date and a judgement column. */
export function isHomesHeader(header: readonly string[]): boolean {
  const columns = columnsOf(header);
  return REQUIRED.every((column) => columns[column] !== undefined);
}

/** What a homes table's header needs, in words, for the messages of this reader and detectLayout. */
export const HOMES_NEEDS =
  "a table of children's homes needs the columns Name, Full inspection date and Full inspection overall judgement " +
  '(or Home, Date of last full inspection and Judgement), and may add Interim inspection date with Interim inspection overall outcome, and URN';

/**
 * A header that has a home's name and some but not all of the other required columns: plainly a
 * homes table, so it is told which columns are missing rather than that no layout fits.
 */
export function homesHeaderProblems(fileName: string, header: readonly string[]): Problem[] | null {
  const columns = columnsOf(header);
  const others = (Object.keys(columns) as HomesColumn[]).filter((column) => column !== 'name' && column !== 'urn');
  if (columns.name === undefined || others.length === 0) return null;
  // An interim date without its outcome (or the reverse) would make every interim row incomplete.
  const interim: HomesColumn[] =
    (columns.interimDate === undefined) === (columns.interimOutcome === undefined)
      ? []
      : ['interimDate', 'interimOutcome'];
  return [...REQUIRED, ...interim]
    .filter((column) => columns[column] === undefined)
    .map((column) => ({
      severity: 'error',
      rule: 'missing_column',
      row: 1,
      column: TITLE[column],
      message: `${fileName}: this looks like a table of children's homes, but the header has no '${TITLE[column]}' column: ${HOMES_NEEDS}.`,
    }));
}

const ALLOWED_GRADES = GRADES.map((grade) => `'${GRADE_LABEL[grade]}'`).join(', ');
const ALLOWED_OUTCOMES = INTERIM_OUTCOMES.map((outcome) => `'${INTERIM_OUTCOME_LABEL[outcome]}'`).join(', ');

export interface HomesContext {
  /** Today as an ISO date: an inspection after today is a typing slip. */
  today: string;
}

/**
 * Reads a council's table of its own children's homes (docs/data-format.md, "Children's homes"):
 * one home a row, its latest full inspection and, where the table has them, its latest interim
 * inspection and URN. A row with an error is left out; a file with any error must change nothing.
 */
export function readHomesTable(table: SourceTable, context: HomesContext): ParseResult<HomesTable> {
  const columns = columnsOf(table.header);
  const problems: Problem[] = homesHeaderProblems(table.fileName, table.header) ?? [];
  const hasInterim = columns.interimDate !== undefined || columns.interimOutcome !== undefined;
  const result: HomesTable = { homes: [], hasInterim };
  if (problems.length > 0) return { value: result, problems };

  const firstRowOf = new Map<string, number>();
  for (const record of table.records) {
    const row = new RowReader(table.fileName, record, columns, context.today);
    const name = row.text('name');
    if (name === '') {
      row.error(
        'missing_name',
        'name',
        `the home has no name. Give each home's name as the panel knows it, or delete the row.`,
      );
    }
    const urn = row.urn();
    const full = row.inspection('fullDate', 'fullJudgement', parseHomeGrade, {
      rule: 'unknown_judgement',
      what: "one of Ofsted's judgements",
      allowed: ALLOWED_GRADES,
    });
    const interim = hasInterim
      ? row.inspection('interimDate', 'interimOutcome', parseInterimOutcome, {
          rule: 'unknown_interim_outcome',
          what: "one of Ofsted's interim inspection outcomes",
          allowed: ALLOWED_OUTCOMES,
        })
      : null;
    const duplicate = [urn === null ? null : `urn ${urn}`, name === '' ? null : `name ${headingKey(name)}`]
      .filter((key): key is string => key !== null)
      .map((key) => ({ key, earlier: firstRowOf.get(key) }))
      .find(({ earlier }) => earlier !== undefined);
    if (duplicate?.earlier !== undefined) {
      const byUrn = duplicate.key.startsWith('urn');
      row.error(
        'duplicate_home',
        byUrn ? 'urn' : 'name',
        `row ${duplicate.earlier} already lists ${byUrn ? `the home with URN ${urn ?? ''}` : `'${name}'`}. List each home once, with its latest inspections: delete one of the two rows.`,
      );
    } else {
      if (urn !== null) firstRowOf.set(`urn ${urn}`, record.row);
      if (name !== '') firstRowOf.set(`name ${headingKey(name)}`, record.row);
    }
    append(problems, row.problems);
    if (row.problems.length > 0 || full === undefined || interim === undefined) continue;
    result.homes.push({
      name,
      urn,
      full: full && { date: full.date, grade: full.value },
      interim: interim && { date: interim.date, outcome: interim.value },
      source: { file: table.fileName, row: record.row },
    });
  }
  return { value: result, problems };
}

interface Vocabulary {
  rule: Problem['rule'];
  what: string;
  allowed: string;
}

/** The cells of one row, with the problems found reading them. */
class RowReader {
  readonly problems: Problem[] = [];

  constructor(
    private readonly fileName: string,
    private readonly record: SourceRecord,
    private readonly columns: Partial<Record<HomesColumn, string>>,
    private readonly today: string,
  ) {}

  text(column: HomesColumn): string {
    const heading = this.columns[column];
    return heading === undefined ? '' : (this.record.cells[heading] ?? '').trim();
  }

  error(rule: Problem['rule'], column: HomesColumn, what: string): void {
    const heading = this.columns[column] ?? TITLE[column];
    this.problems.push({
      severity: 'error',
      rule,
      row: this.record.row,
      column: heading,
      message: `${this.fileName} row ${this.record.row}, column ${heading}: ${what}`,
    });
  }

  urn(): string | null {
    const text = this.text('urn');
    if (text === '') return null;
    if (URN.test(text)) return text.toUpperCase();
    this.error(
      'invalid_urn',
      'urn',
      `'${text}' is not an Ofsted URN. Copy it from the home's Ofsted report (SC followed by six digits, e.g. SC009423, or seven digits, e.g. 2611447), or leave it blank.`,
    );
    return null;
  }

  private day(column: HomesColumn): string | null | undefined {
    const text = this.text(column);
    if (text === '') return null;
    const iso = parseDayDate(text, 'typed');
    if (iso === null) {
      this.error('invalid_date', column, `'${text}' is not a date. Write the day as ${DAY_DATE_EXAMPLES.typed}.`);
      return undefined;
    }
    if (iso > this.today) {
      this.error(
        'future_date',
        column,
        `${text} is after today, so no inspection can have taken place then. Check the year and the order of day and month (${DAY_DATE_EXAMPLES.typed}).`,
      );
      return undefined;
    }
    if (iso < OFSTED_INSPECTS_FROM) {
      this.error(
        'date_before_ofsted',
        column,
        `${text} is before 1 April 2007, when Ofsted began inspecting children's homes. Check the year, and give the home's latest Ofsted inspection.`,
      );
      return undefined;
    }
    return iso;
  }

  /**
   * A date and its judgement (or outcome): both, or neither for a home not yet inspected that way.
   * Undefined when the cells have an error, so the row is left out.
   */
  inspection<T>(
    dateColumn: HomesColumn,
    wordsColumn: HomesColumn,
    parse: (text: string) => T | null,
    vocabulary: Vocabulary,
  ): { date: string; value: T } | null | undefined {
    const date = this.day(dateColumn);
    const words = this.text(wordsColumn);
    const value = words === '' ? null : parse(words);
    if (words !== '' && value === null) {
      this.error(
        vocabulary.rule,
        wordsColumn,
        `'${words}' is not ${vocabulary.what}. Use one of ${vocabulary.allowed}.`,
      );
      return undefined;
    }
    if (date === undefined) return undefined;
    if ((date === null) !== (value === null)) {
      const [given, missing] = date === null ? [wordsColumn, dateColumn] : [dateColumn, wordsColumn];
      this.error(
        'incomplete_inspection',
        missing,
        `the row gives the ${this.columns[given] ?? ''} but not the ${this.columns[missing] ?? TITLE[missing]}. Give both, or leave both blank for a home Ofsted has not yet inspected.`,
      );
      return undefined;
    }
    return date === null || value === null ? null : { date, value };
  }
}
