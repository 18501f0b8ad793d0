/**
 * Test-only: small MHCLG revenue outturn sheets (RSX, RO3) written in the test, laid out as the
 * published data sheets are (title lines, the header, one row per authority, then a second table of
 * totals by class), with only the columns the spending measures read. Amounts are in £ thousand,
 * written as the sheet writes them ("1,234", "[x]").
 */
import type { SourceRows } from '../../../src/domain/readers/result';
import { SPENDING_COLUMN } from '../../../src/domain/readers/outturn/outturn-spending';

export interface OutturnRow {
  code: string;
  name: string;
  /** UA, MD, LB, SC, SD, O or Eng. */
  class: string;
  notes?: string;
  /** The sheet's cells for its two spending columns, in the order the sheet's columns are given. */
  amounts: readonly [string, string];
}

const OPENING = ['E-code', 'ONS Code', 'Local authority', 'Notes', 'Class', 'Detailed Class', 'Certification'];

export type OutturnKind = 'RSX' | 'RO3';

/** The two spending columns of each sheet, as it heads them. */
export const OUTTURN_COLUMNS: Readonly<Record<OutturnKind, readonly [string, string]>> = {
  RSX: [SPENDING_COLUMN.children, SPENDING_COLUMN.allServices],
  RO3: [SPENDING_COLUMN.lookedAfter, SPENDING_COLUMN.childrenTotal],
};

export interface OutturnSheetOptions {
  fileName?: string;
  /** The first title line; the published sheets name their year there. */
  title?: string;
  /** Whether to add the second table (totals by class) and the hidden row under it. */
  totals?: boolean;
}

/**
 * An outturn sheet as readCsvRows gives it: rows numbered as the spreadsheet numbers them, the
 * header on row 7 after six title lines, as in 2024-25.
 */
export function outturnSheet(
  kind: OutturnKind,
  rows: readonly OutturnRow[],
  options: OutturnSheetOptions = {},
): SourceRows {
  const header = [...OPENING, ...OUTTURN_COLUMNS[kind]];
  const title = options.title ?? `Worksheet 2: Revenue Outturn (RO) 2024-25: ${kind} data`;
  const lines: string[][] = [
    [title],
    ['This worksheet contains two tables. Data are reported in £ thousand.'],
    ['This table contains notes, which can be found in the Notes worksheet.'],
    ['Blank cells indicate that there is no note in that row.'],
    ['Row 9 is hidden.'],
    ['Source: Ministry of Housing, Communities & Local Government'],
    header,
    ...rows.map((row) => [
      `E${row.code.slice(-4)}`,
      row.code,
      row.name,
      row.notes ?? '',
      row.class,
      row.class,
      'Y',
      ...row.amounts,
    ]),
    ...(options.totals === false
      ? []
      : [
          header,
          ['[Y]', 'E06', 'Unitary Authorities', '', 'UA', 'UA', '54', '1', '2'],
          ['', '', '', '', '', '', '', 'a', 'b'],
        ]),
  ];
  return {
    fileName: options.fileName ?? `${kind}_LA_Data_202425.csv`,
    rows: lines.map((cells, index) => ({ row: index + 1, cells })),
  };
}
