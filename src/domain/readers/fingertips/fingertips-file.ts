import type { SourceRecord, SourceTable } from '../result';
import { EES_GEOGRAPHY_COLUMNS, columnKey } from '../dfe/dfe-columns';

/*
 * OHID's Fingertips downloads (hospital admissions of children, which DfE's dashboard reads) are not
 * in the Explore Education Statistics layout: one row per indicator, area, sex, age, category and
 * period, the figure in Value. Rather than a second reader, each row is given the five EES columns
 * (and the area columns DfE files use) beside its own, so the one DfE reader reads it through the
 * same measure map: its filters name Fingertips' own columns ("indicator id", "sex", "age").
 */

/** The columns that make a file a Fingertips download. */
const FINGERTIPS_COLUMNS = ['indicator id', 'area code', 'area type', 'time period', 'value', 'category type'];

export function isFingertipsHeader(header: readonly string[]): boolean {
  const names = new Set(header.map(columnKey));
  return FINGERTIPS_COLUMNS.every((column) => names.has(column));
}

/** The EES level of a Fingertips area type; any other type keeps its own name, to be skipped and counted. */
function levelOf(areaType: string): string {
  if (areaType === 'England') return 'National';
  if (areaType === 'Regions (statistical)') return 'Regional';
  if (/^Counties & UAs\b/.test(areaType)) return 'Local authority';
  return `Fingertips area type ${areaType}`;
}

/** "2023/24" is the financial year EES writes 202324; any other form is passed on for the reader to report. */
function timePeriodOf(text: string): string {
  const match = /^(\d{4})\/(\d{2})$/.exec(text.trim());
  return match ? `${match[1]}${match[2]}` : text.trim();
}

const ADDED = [...EES_GEOGRAPHY_COLUMNS, 'breakdown'] as const;

function cellOf(record: SourceRecord, header: readonly string[], column: string): string {
  const name = header.find((written) => columnKey(written) === column);
  return name === undefined ? '' : (record.cells[name] ?? '').trim();
}

/**
 * The same rows with the EES columns added: the period as a financial year, England, regions and
 * counties and unitary authorities as DfE's three levels, and `breakdown` "Total" for a row of no
 * category (the area's own figure; deprivation deciles keep their category, so no map line reads them).
 */
export function fingertipsAsOpenData(table: SourceTable): SourceTable {
  const header = table.header.filter((name) => !(ADDED as readonly string[]).includes(columnKey(name)));
  const records = table.records.map((record): SourceRecord => {
    const level = levelOf(cellOf(record, header, 'area type'));
    const code = cellOf(record, header, 'area code');
    const name = cellOf(record, header, 'area name');
    const category = cellOf(record, header, 'category');
    const added: Record<(typeof ADDED)[number], string> = {
      time_period: timePeriodOf(cellOf(record, header, 'time period')),
      time_identifier: 'Financial year',
      geographic_level: level,
      country_code: 'E92000001',
      country_name: 'England',
      region_code: level === 'Regional' ? code : '',
      region_name: level === 'Regional' ? name : '',
      new_la_code: level === 'Local authority' ? code : '',
      old_la_code: '',
      la_name: level === 'Local authority' ? name : '',
      breakdown: cellOf(record, header, 'category type') === '' ? 'Total' : category,
    };
    return { row: record.row, cells: { ...record.cells, ...added } };
  });
  return { fileName: table.fileName, header: [...header, ...ADDED], records };
}
