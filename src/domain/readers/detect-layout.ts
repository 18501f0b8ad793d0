import { quoted } from '../text/quote';
import { detectDfeFile } from './dfe/dfe-columns';
import { isOutturnHeader } from './outturn/outturn-sheet';
import { isFingertipsHeader } from './fingertips/fingertips-file';
import { HOMES_NEEDS, homesHeaderProblems, isHomesHeader } from '../homes/homes-file';
import { OBSERVATION_COLUMNS, REQUIRED_OBSERVATION_COLUMNS } from './observations-file';
import type { Problem, SourceTable } from './result';
import { readPeriodHeading } from './scorecard-layout/headings';
import { missingColumns } from './table';
import { REQUIRED_BREAKDOWN_COLUMNS } from '../breakdowns/breakdowns-file';
import { PRINTED_BREAKDOWN_NEEDS, isPrintedBreakdownHeader } from '../breakdowns/printed-table';
import { AGE_TABLE_NEEDS, isAgeTableHeader } from '../breakdowns/age-table';

/**
 * The layouts an upload may have: the observations file of the data contract (one figure per
 * row), the scorecard layout officers keep (one measure per row, one column per period), and a
 * DfE open-data file as published (Explore Education Statistics format), read through the measure map;
 * and the council's table of its own children's homes, which holds inspections, not figures.
 */
export type UploadLayout =
  'observations' | 'scorecard' | 'dfe_open_data' | 'la_outturn' | 'homes' | 'breakdowns' | 'breakdown_table';

function columnNames(header: readonly string[]): string[] {
  return header.map((name) => name.trim().toLowerCase());
}

/**
 * Which layout a file has, from its header row alone: observations when it names the columns
 * measure, area, period and value; the scorecard layout when its first column is Measure and at
 * least one other heading is a period; a DfE open-data file when it has the five columns every EES
 * file has (time_period, time_identifier, geographic_level, country_code, country_name); a homes
 * table when it names a home, its full inspection date and judgement (homes-file.ts); a breakdowns file
 * when it names breakdown, area, period and category (breakdowns-file.ts); a printed breakdown table
 * when a named first column is followed by a snapshot date heading (printed-table.ts), or a ChAT table
 * of care leavers by single year of age (age-table.ts); MHCLG's revenue outturn data sheet (RO3, RSX)
 * when it opens with E-code, ONS Code and Local authority (outturn-sheet.ts). Null otherwise.
 */
export function detectLayout(header: readonly string[]): UploadLayout | null {
  // A Fingertips download is read as DfE open data, through the same measure map (fingertips-file.ts).
  if (detectDfeFile(header) || isFingertipsHeader(header)) return 'dfe_open_data';
  if (isOutturnHeader(header)) return 'la_outturn';
  const names = columnNames(header);
  if (REQUIRED_OBSERVATION_COLUMNS.every((column) => names.includes(column))) return 'observations';
  if (REQUIRED_BREAKDOWN_COLUMNS.every((column) => names.includes(column))) return 'breakdowns';
  if (names[0] === 'measure' && header.slice(1).some((heading) => readPeriodHeading(heading)?.ok === true))
    return 'scorecard';
  if (isHomesHeader(header)) return 'homes';
  if (isPrintedBreakdownHeader(header) || isAgeTableHeader(header)) return 'breakdown_table';
  return null;
}

export const LAYOUT_NEEDS =
  'an observations file needs the columns measure, area, period and value; ' +
  'a scorecard-layout file needs Measure as its first column, then period columns such as 2020/21 or Q2 2021/22 ' +
  'and comparator columns such as England, North East and Stat Neighbour; ' +
  'a DfE open-data file needs its published columns time_period, time_identifier, geographic_level, country_code and country_name; ' +
  "MHCLG's revenue outturn data sheet (RO3 or RSX) needs its header row of E-code, ONS Code, Local authority and Class; " +
  `${HOMES_NEEDS}; ` +
  'a breakdowns file needs the columns breakdown, area, period, category and count or percent; ' +
  `${PRINTED_BREAKDOWN_NEEDS}; ` +
  AGE_TABLE_NEEDS;

/**
 * Why a header matches neither layout, as specifically as the header allows: a nearly complete
 * observations header is told which columns are missing; a Measure column whose period headings
 * cannot be read is told what is wrong with each; anything else is told what each layout needs.
 */
export function layoutProblems(table: SourceTable): Problem[] {
  const names = columnNames(table.header);
  // Columns only the observations layout has: two of them make the file's intent plain.
  const observationOnly = names.filter(
    (name) => name !== 'measure' && (OBSERVATION_COLUMNS as readonly string[]).includes(name),
  );
  if (names[0] === 'measure') {
    const unreadable = table.header.flatMap((heading) => {
      const read = readPeriodHeading(heading);
      return read && !read.ok ? [{ heading, read }] : [];
    });
    if (unreadable.length > 0) {
      return unreadable.map(({ heading, read }): Problem => ({
        severity: 'error',
        rule: read.rule,
        row: 1,
        column: heading,
        message: `Row 1, column ${heading}: ${read.reason}. A scorecard-layout file needs at least one period column, headed like 2020/21 or Q2 2021/22.`,
      }));
    }
  }
  if (observationOnly.length >= 2) return missingColumns(table, REQUIRED_OBSERVATION_COLUMNS);
  const homes = homesHeaderProblems(table.fileName, table.header);
  if (homes) return homes;
  const shown = table.header
    .slice(0, 8)
    .map((name) => `${quoted(name)}`)
    .join(', ');
  const more = table.header.length > 8 ? ` and ${table.header.length - 8} more` : '';
  return [
    {
      severity: 'error',
      rule: 'unknown_layout',
      row: 1,
      message: `${table.fileName}: this file's columns don't match any layout: ${LAYOUT_NEEDS}. Its first row has ${shown}${more}.`,
    },
  ];
}
