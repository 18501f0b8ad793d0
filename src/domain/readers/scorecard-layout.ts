import { ENGLAND_CODE, statNeighbourCode } from '../areas/area';
import { readCell, readNumber } from './cell';
import type { Measure } from '../catalogue/measure';
import type { Observation } from '../observations/observation';
import {
  countsWithoutFigure,
  figureWarnings,
  mergeObservations,
  type Figure,
  type ObservationContext,
} from './observations-file';
import { parsePeriod, type Period } from '../periods/period';
import type { ParseResult, Problem, SourceRecord, SourceTable } from './result';
import { STATUS_LABEL, statusAllowsValue, type Status } from '../observations/status';
import { closestMatches } from './suggest';
import { undatedComparatorProblems } from './comparator-period';

/**
 * The "scorecard layout": the table officers already keep for the panel (seed paper 002), saved
 * from Excel. One row per measure, its title in the first column (`Measure`); then one column per
 * period (`2019/20`, `2020/21 [Provisional]`, `Q2 2021/22`) holding the LA's figures, and one column
 * per comparator (`England`, the LA's region by name, `Stat Neighbour`) whose cells carry their own
 * period in round brackets (`67 (2019/20)`), because comparators are published later than the LA's
 * own figures. The file does not name the LA: the person uploading it does.
 */
export type ScorecardContext = ObservationContext & {
  areaCode: string;
  regionCode: string;
  /** The period the officer gave for comparator columns whose figures say none (comparator-period.ts). */
  comparatorPeriod?: Period | null;
};

/** An observation with the heading of the column it was read from, so later checks can point at it. */
export interface LocatedObservation {
  observation: Observation;
  column: string;
}

/** A status that may go with a figure, which a period heading can give every figure in its column. */
type HeadingStatus = Extract<Status, 'final' | 'provisional' | 'revised' | 'estimate'>;

const HEADING_STATUSES: ReadonlyMap<string, HeadingStatus> = new Map([
  ['final', 'final'],
  ['provisional', 'provisional'],
  ['revised', 'revised'],
  ['estimate', 'estimate'],
]);

export type PeriodHeading =
  | { ok: true; period: Period; status: HeadingStatus }
  | { ok: false; rule: 'invalid_period' | 'invalid_status'; reason: string };

const BRACKETED_HINT = /^(.*?)\s*[[(]([^\])]*)[\])]$/;

/**
 * Reads a column heading as a period, with an optional status for the whole column:
 * `2020/21 [Provisional]`. Null when the heading is not trying to be a period (it has no digits),
 * so the caller can read it as a comparator or leave it aside.
 */
export function readPeriodHeading(heading: string): PeriodHeading | null {
  // Excel keeps a line break typed in a heading cell ("Q1⏎2021/22"); it is only a space.
  const text = heading.replace(/\s+/g, ' ').trim();
  const hinted = BRACKETED_HINT.exec(text);
  const written = hinted ? (hinted[1] ?? '') : text;
  if (!/\d/.test(written)) return null;
  const parsed = parsePeriod(written);
  if (!parsed.ok) return { ok: false, rule: 'invalid_period', reason: parsed.reason };
  if (!hinted) return { ok: true, period: parsed.period, status: 'final' };
  const hint = (hinted[2] ?? '').trim();
  const status = HEADING_STATUSES.get(hint.toLowerCase());
  if (!status) {
    return {
      ok: false,
      rule: 'invalid_status',
      reason: `'${hint}' is not a status a period column can have: write ${written} [Provisional], [Revised] or [Estimate], or the period alone for final figures`,
    };
  }
  return { ok: true, period: parsed.period, status };
}

/**
 * Lower case, `&` as "and", thousands separators and apostrophes dropped, other punctuation as
 * spaces: "Strengths & Difficulties" matches "strengths and difficulties", "10,000" matches "10000".
 */
function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('&', ' and ')
    .replace(/(\d),(?=\d{3})/g, '$1')
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const STAT_NEIGHBOUR_HEADINGS = new Set([
  'sn',
  'stat neighbour',
  'stat neighbours',
  'statistical neighbour',
  'statistical neighbours',
  'stat neighbour average',
  'statistical neighbour average',
]);
const ENGLAND_HEADINGS = new Set(['england', 'england average']);
const OWN_REGION_HEADINGS = new Set(['region', 'regional', 'region average']);

type ComparatorHeading =
  { ok: true; areaCode: string; period: Period | null } | { ok: false; rule: string; reason: string };

/**
 * Reads a heading as a comparator: England, the LA's region (by name) or its statistical
 * neighbours. A period in brackets, `England (2019/20)`, is the period of every figure in the column.
 */
function readComparatorHeading(heading: string, context: ScorecardContext): ComparatorHeading | null {
  const hinted = BRACKETED_HINT.exec(heading.replace(/\s+/g, ' ').trim());
  const words = plainWords(hinted ? (hinted[1] ?? '') : heading);
  let areaCode: string | undefined;
  if (ENGLAND_HEADINGS.has(words)) areaCode = ENGLAND_CODE;
  else if (STAT_NEIGHBOUR_HEADINGS.has(words)) areaCode = statNeighbourCode(context.areaCode);
  else if (OWN_REGION_HEADINGS.has(words)) areaCode = context.regionCode;
  const region = areaCode
    ? undefined
    : context.areas.areas.find(
        (area) => area.type === 'region' && plainWords(area.name) === words.replace(/ average$/, ''),
      );
  if (region?.code === context.regionCode) areaCode = region.code;
  if (areaCode) {
    if (!hinted) return { ok: true, areaCode, period: null };
    const period = parsePeriod(hinted[2] ?? '');
    if (!period.ok)
      return {
        ok: false,
        rule: 'invalid_period',
        reason: `${period.reason}. A period in a comparator's heading is the period of all its figures: England (2019/20)`,
      };
    return { ok: true, areaCode, period: period.period };
  }
  if (!region) return null;
  const localAuthority = context.areas.find(context.areaCode);
  const ownRegion = context.areas.find(context.regionCode);
  return {
    ok: false,
    rule: 'wrong_region',
    reason: `${region.name} is not the region of ${localAuthority ? `${localAuthority.name} (${localAuthority.code})` : context.areaCode}, which is in ${ownRegion?.name ?? 'another region'}. Give the figures of the LA's own region under its name, or check the local authority chosen for this file`,
  };
}

type Column =
  | { kind: 'period'; heading: string; period: Period; status: HeadingStatus }
  | { kind: 'comparator'; heading: string; areaCode: string; period: Period | null };

/**
 * Finds measures by what officers write in the Measure column: a catalogue id, the title or the
 * short title, ignoring case, punctuation and bracketed hints such as "[Number]". A second, looser
 * key also ignores words in round brackets ("(SDQ)", "(EET)"), which papers add or drop; a key two
 * measures share is not used, so a title never silently picks the wrong measure.
 */
class MeasureFinder {
  private readonly byKey = new Map<string, Measure | 'ambiguous'>();
  private readonly titles: { words: string; title: string }[] = [];

  constructor(measures: ReadonlyMap<string, Measure>) {
    for (const measure of measures.values()) {
      this.add(measure.id.toLowerCase(), measure);
      for (const title of new Set([measure.title, measure.shortTitle, ...measure.aliases])) {
        this.add(MeasureFinder.key(title), measure);
        this.add(MeasureFinder.looseKey(title), measure);
        this.titles.push({ words: MeasureFinder.key(title), title });
      }
    }
  }

  static key(text: string): string {
    return plainWords(text.replace(/\[[^\]]*\]/g, ' '));
  }

  static looseKey(text: string): string {
    return MeasureFinder.key(text.replace(/\([^)]*\)/g, ' '));
  }

  private add(key: string, measure: Measure): void {
    if (key === '') return;
    const known = this.byKey.get(key);
    this.byKey.set(key, known === undefined || known === measure ? measure : 'ambiguous');
  }

  find(text: string): Measure | undefined {
    for (const key of [text.trim().toLowerCase(), MeasureFinder.key(text), MeasureFinder.looseKey(text)]) {
      const found = this.byKey.get(key);
      if (found && found !== 'ambiguous') return found;
    }
    return undefined;
  }

  /** The catalogue titles nearest to what was written, for "Did you mean …?". */
  closestTitles(text: string): string[] {
    const nearest = closestMatches(
      MeasureFinder.key(text),
      this.titles.map(({ words }) => words),
    );
    return [...new Set(nearest.map((words) => this.titles.find((title) => title.words === words)?.title ?? words))];
  }
}

/** What one cell of the scorecard layout says, before its column gives it a period and an area. */
type CellReading =
  | { kind: 'blank' }
  | { kind: 'invalid'; rule: string; message: string }
  | {
      kind: 'figure';
      figure: Figure;
      /** The figure was left out and only brackets given, e.g. `[5]` alone. */
      blankValue: boolean;
      note: string;
      /** A period in square brackets: the figure's own period, e.g. a three-year average `430 [2015-18]`. */
      ownPeriod: Period | null;
      /** A period in round brackets: a comparator's period, e.g. `67 (2019/20)`. */
      comparatorPeriod: Period | null;
    };

const ROUND_BRACKETS_AT_END = /^(.*?)\s*\(([^()]*)\)$/;
const SQUARE_BRACKETS_AT_END = /^(.*?)\s*\[([^[\]]*)\]$/;
// A count with words after it, as papers write a figure and its story: "21 matched 12 in progress".
const NUMBER_WITH_WORDS = /^([-+]?[\d.,]+%?)\s+([^\d\s[(].*)$/;
const SEE_CHART = /^see chart\b/i;
const FIGURE_FORMS =
  'Give a number such as 63.9, 63.9% [53 of 83] or 82.9 [833], a status such as NND, N/A, Reported annually or TBC, or leave the cell blank';

function readCounts(text: string): { numerator: number; denominator: number | null } | null {
  const single = readNumber(text);
  if (single.ok) return { numerator: single.value, denominator: null };
  const parts = text.split(/\s*(?:\bof\b|\/)\s*/i);
  if (parts.length !== 2) return null;
  const numerator = readNumber(parts[0] ?? '');
  const denominator = readNumber(parts[1] ?? '');
  return numerator.ok && denominator.ok ? { numerator: numerator.value, denominator: denominator.value } : null;
}

/** Reads one cell; `comparator` says whether it is in a comparator column, where round brackets give the period. */
function readScorecardCell(written: string, comparator: boolean): CellReading {
  // Cells pasted from Word or a PDF carry non-breaking spaces; they are plain spaces here.
  const text = written.replace(/\s+/g, ' ').trim();
  if (text === '') return { kind: 'blank' };
  if (SEE_CHART.test(text)) {
    return {
      kind: 'figure',
      figure: { value: null, numerator: null, denominator: null, status: 'see_chart' },
      blankValue: false,
      note: text,
      ownPeriod: null,
      comparatorPeriod: null,
    };
  }

  const round = ROUND_BRACKETS_AT_END.exec(text);
  const withoutRound = round ? (round[1] ?? '') : text;
  const roundText = round ? (round[2] ?? '').trim() : null;
  const square = SQUARE_BRACKETS_AT_END.exec(withoutRound);
  const figureText = square ? (square[1] ?? '') : withoutRound;
  const squareText = square ? (square[2] ?? '').trim() : null;

  let comparatorPeriod: Period | null = null;
  if (roundText !== null && !comparator) {
    return {
      kind: 'invalid',
      rule: 'invalid_value',
      message: `'${text}': round brackets hold a comparator's period, in a comparator column. In a period column give the figure, with any counts in square brackets: 63.9% [53 of 83].`,
    };
  }
  if (roundText !== null) {
    const parsed = parsePeriod(roundText);
    if (!parsed.ok)
      return {
        kind: 'invalid',
        rule: 'invalid_period',
        message: `'${text}': ${parsed.reason}. Give the comparator's period in brackets: 67 (2019/20).`,
      };
    comparatorPeriod = parsed.period;
  }

  let numerator: number | null = null;
  let denominator: number | null = null;
  let ownPeriod: Period | null = null;
  if (squareText !== null) {
    const counts = readCounts(squareText);
    const period = counts ? null : parsePeriod(squareText);
    if (counts) ({ numerator, denominator } = counts);
    else if (period?.ok) ownPeriod = period.period;
    else {
      return {
        kind: 'invalid',
        rule: 'invalid_counts',
        message: `'[${squareText}]' is neither counts nor a period. Write the counts behind the figure as [53 of 83], [53 / 83] or [833], or a three-year period as [2015-18].`,
      };
    }
  }

  const reading = readCell(figureText);
  const bracketed = roundText !== null || squareText !== null;
  const figure = (value: number | null, status: Status, blankValue = false, note = ''): CellReading => ({
    kind: 'figure',
    figure: { value, numerator, denominator, status },
    blankValue,
    note,
    ownPeriod,
    comparatorPeriod,
  });
  switch (reading.kind) {
    case 'number':
      return figure(reading.value, 'final');
    case 'status':
      if (statusAllowsValue(reading.status)) {
        return {
          kind: 'invalid',
          rule: 'status_needs_value',
          message: `'${text}' (${STATUS_LABEL[reading.status].toLowerCase()}) qualifies a figure but there is none. Give the figure, or a status such as NND or N/A saying why there is none.`,
        };
      }
      return figure(null, reading.status);
    case 'blank':
      // Counts with nothing before them, `[5]`, are read as no figure so the counts rule explains them.
      if (numerator !== null) return figure(null, 'not_available', true);
      return {
        kind: 'invalid',
        rule: 'invalid_value',
        message: `'${text}' has a period but no figure. Give the figure before the brackets, as in 67 (2019/20), or leave the cell blank.`,
      };
    case 'invalid': {
      const withWords = bracketed ? null : NUMBER_WITH_WORDS.exec(text);
      const leading = withWords ? readNumber(withWords[1] ?? '') : null;
      if (leading?.ok) return figure(leading.value, 'final', false, text);
      return { kind: 'invalid', rule: 'invalid_value', message: `${reading.reason}. ${FIGURE_FORMS}.` };
    }
  }
}

function readColumns(table: SourceTable, context: ScorecardContext, problems: Problem[]): Column[] {
  const columns: Column[] = [];
  const seenPeriods = new Map<string, string>();
  const atHeading = (severity: Problem['severity'], rule: string, heading: string, message: string) =>
    problems.push({ severity, rule, row: 1, column: heading, message: `Row 1, column ${heading}: ${message}` });
  table.header.forEach((heading, index) => {
    if (index === 0 || heading.trim() === '') return;
    const asPeriod = readPeriodHeading(heading);
    if (asPeriod && !asPeriod.ok) {
      atHeading(
        'error',
        asPeriod.rule,
        heading,
        `${asPeriod.reason}. Write each period column's heading as a period: 2020/21, 2020/21 [Provisional] or Q2 2021/22.`,
      );
      return;
    }
    if (asPeriod) {
      const earlier = seenPeriods.get(asPeriod.period.label);
      if (earlier !== undefined) {
        atHeading(
          'error',
          'duplicate_period',
          heading,
          `this is the same period as the column '${earlier}' (${asPeriod.period.label}). Keep one column per period.`,
        );
        return;
      }
      seenPeriods.set(asPeriod.period.label, heading);
      columns.push({ kind: 'period', heading, period: asPeriod.period, status: asPeriod.status });
      return;
    }
    const asComparator = readComparatorHeading(heading, context);
    if (asComparator && !asComparator.ok) {
      atHeading('error', asComparator.rule, heading, `${asComparator.reason}.`);
      return;
    }
    if (asComparator) {
      columns.push({ kind: 'comparator', heading, areaCode: asComparator.areaCode, period: asComparator.period });
      return;
    }
    atHeading(
      'warning',
      'ignored_column',
      heading,
      `'${heading}' is neither a period nor a comparator, so this column is not read. Period headings look like 2020/21, 2020/21 [Provisional] or Q2 2021/22; comparator headings are England, the region's name (such as North East) and Stat Neighbour.`,
    );
  });
  return columns;
}

function cellText(record: SourceRecord, heading: string): string {
  return (record.cells[heading] ?? '').trim();
}

/**
 * Reads a scorecard-layout file into observations, each with the column it came from. Every cell
 * is checked; a cell with an error is left out and reported, so the caller can refuse the file.
 */
export function readScorecardFigures(table: SourceTable, context: ScorecardContext): ParseResult<LocatedObservation[]> {
  const problems: Problem[] = [];
  const columns = readColumns(table, context, problems);
  const measureHeading = table.header[0] ?? 'Measure';
  const finder = new MeasureFinder(context.measures);
  const located: LocatedObservation[] = [];
  const blankHeadings = table.header.some((heading, index) => index > 0 && heading.trim() === '');
  let blankHeadingReported = false;
  const undated = new Set<string>();

  for (const record of table.records) {
    const report = (severity: Problem['severity'], rule: string, column: string, message: string) =>
      problems.push({
        severity,
        rule,
        row: record.row,
        column,
        message: `Row ${record.row}, column ${column}: ${message}`,
      });
    const title = cellText(record, measureHeading);
    const filled = columns.filter((column) => cellText(record, column.heading) !== '');

    if (blankHeadings && !blankHeadingReported && cellText(record, '') !== '') {
      blankHeadingReported = true;
      problems.push({
        severity: 'error',
        rule: 'missing_heading',
        row: record.row,
        message: `Row ${record.row}: a column with no heading holds '${cellText(record, '')}'. Give the column a period (Q2 2021/22) or comparator (England) heading in row 1, or delete it.`,
      });
    }
    // The seed paper repeats the heading row above each key question's table; a repeat is skipped.
    if (plainWords(title) === 'measure') {
      if (
        table.header.every((heading) => cellText(record, heading).replace(/\s+/g, ' ') === heading.replace(/\s+/g, ' '))
      )
        continue;
      problems.push({
        severity: 'error',
        rule: 'repeated_header',
        row: record.row,
        message: `Row ${record.row} is a second heading row with different columns from row 1. Keep one heading row, at the top, with the same periods for every measure.`,
      });
      continue;
    }
    if (title === '') {
      if (filled.length > 0)
        report(
          'error',
          'missing_measure',
          measureHeading,
          `the measure is blank but the row has figures. Give the measure's title from the catalogue.`,
        );
      continue;
    }
    const measure = finder.find(title);
    if (!measure) {
      if (filled.length === 0) {
        // Key-question titles and footnotes sit in the Measure column of the paper's table with no figures.
        report(
          'warning',
          'ignored_row',
          measureHeading,
          `'${title}' is not a measure in the catalogue and the row has no figures, so it is skipped.`,
        );
        continue;
      }
      const suggestions = finder.closestTitles(title);
      const hint =
        suggestions.length > 0
          ? ` Did you mean ${suggestions.map((suggestion) => `'${suggestion}'`).join(' or ')}?`
          : ' Use a title, short title or id from the measure catalogue (data/measures.csv).';
      report('error', 'unknown_measure', measureHeading, `'${title}' is not a measure in the catalogue.${hint}`);
      continue;
    }

    for (const column of filled) {
      const written = cellText(record, column.heading);
      const reading = readScorecardCell(written, column.kind === 'comparator');
      if (reading.kind === 'blank') continue;
      if (reading.kind === 'invalid') {
        report('error', reading.rule, column.heading, reading.message);
        continue;
      }
      let period: Period;
      let areaCode: string;
      let status = reading.figure.status;
      if (column.kind === 'period') {
        period = reading.ownPeriod ?? column.period;
        areaCode = context.areaCode;
        if (reading.figure.value !== null) status = column.status;
      } else {
        const comparatorPeriod =
          reading.comparatorPeriod ?? reading.ownPeriod ?? column.period ?? context.comparatorPeriod ?? null;
        // "N/A" under England means no comparator figure at all: nothing to store, no period needed.
        if (!comparatorPeriod && reading.figure.value !== null) undated.add(column.heading);
        if (!comparatorPeriod) continue;
        period = comparatorPeriod;
        areaCode = column.areaCode;
      }
      const figure: Figure = { ...reading.figure, status };
      const countsProblem = countsWithoutFigure(figure, reading.blankValue);
      if (countsProblem) {
        report(countsProblem.severity, countsProblem.rule, column.heading, countsProblem.message);
        continue;
      }
      for (const finding of figureWarnings(measure, figure))
        report(finding.severity, finding.rule, column.heading, finding.message);
      located.push({
        observation: {
          measureId: measure.id,
          areaCode,
          period,
          ...figure,
          note: reading.note,
          source: { file: table.fileName, row: record.row },
        },
        column: column.heading,
      });
    }
  }

  const columnOf = new Map(located.map(({ observation, column }) => [observation, column]));
  const merged = mergeObservations(
    located.map(({ observation }) => observation),
    (observation) => columnOf.get(observation) ?? measureHeading,
  );
  return {
    value: merged.value.map((observation) => ({ observation, column: columnOf.get(observation) ?? measureHeading })),
    problems: [...problems, ...undatedComparatorProblems(undated), ...merged.problems].sort(byRow),
  };
}

const byRow = (a: Problem, b: Problem) => (a.row ?? 0) - (b.row ?? 0);

/** Reads a scorecard-layout file (see ScorecardContext) into observations for `context.areaCode`. */
export function readScorecardLayout(table: SourceTable, context: ScorecardContext): ParseResult<Observation[]> {
  const read = readScorecardFigures(table, context);
  return { value: read.value.map(({ observation }) => observation), problems: read.problems };
}
