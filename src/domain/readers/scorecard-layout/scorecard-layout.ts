import type { Observation } from '../../observations/observation';
import { combineObservations } from '../../observations/merge';
import type { Period } from '../../periods/period';
import { countsWithoutFigure, figureFindings, type Figure } from '../observations-file';
import type { ParseResult, Problem, SourceRecord, SourceTable } from '../result';
import { plainWords, readColumns, type ScorecardContext } from './headings';
import { MeasureFinder } from './measure-finder';
import { readScorecardCell } from './scorecard-cell';
import { undatedComparatorProblems } from './comparator-period';

/**
 * The "scorecard layout": the table officers already keep for the panel (seed paper 002), saved
 * from Excel. One row per measure, its title in the first column (`Measure`); then one column per
 * period (`2019/20`, `2020/21 [Provisional]`, `Q2 2021/22`) holding the LA's figures, and one column
 * per comparator (`England`, the LA's region by name, `Stat Neighbour`) whose cells carry their own
 * period in round brackets (`67 (2019/20)`), because comparators are published later than the LA's
 * own figures. The file does not name the LA: the person uploading it does. The headings are read in
 * headings.ts, the Measure column through measure-finder.ts and each cell in scorecard-cell.ts.
 */

/** An observation with the heading of the column it was read from, so later checks can point at it. */
export interface LocatedObservation {
  observation: Observation;
  column: string;
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
    const report = (severity: Problem['severity'], rule: Problem['rule'], column: string, message: string) =>
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
        // A number without a period is asked for once per column (comparator-period.ts), not per cell.
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
      const findings = figureFindings(measure, figure);
      for (const finding of findings) report(finding.severity, finding.rule, column.heading, finding.message);
      if (findings.some((finding) => finding.severity === 'error')) continue;
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
  // Its figures have no value column: a problem is reported in the column the figure came from.
  const merged = combineObservations(
    located.map(({ observation }) => observation),
    { column: (observation) => columnOf.get(observation) ?? measureHeading },
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
