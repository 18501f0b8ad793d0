import type { SourceRecord } from '../result';

/*
 * Names as written in DfE open-data files (Explore Education Statistics format): headers and filter
 * values are matched ignoring case, spacing and a byte-order mark, so a file is read as DfE wrote it.
 */

/** Header names are matched ignoring case, surrounding spaces and a byte-order mark left on the first. */
export function columnKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

/** Filter values are compared the same way, and runs of spaces count as one ("Close " is "Close"). */
export function valueKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * valueKey remembered for one file: a DfE file repeats the same few dozen codes and filter values
 * on every row, and without this normalising them is most of the time spent reading the file.
 */
export function rememberedValueKey(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let key = known.get(text);
    if (key === undefined) {
      key = valueKey(text);
      known.set(text, key);
    }
    return key;
  };
}

/** The columns every EES data file has (DfE open data standards). */
export const DFE_REQUIRED_COLUMNS = [
  'time_period',
  'time_identifier',
  'geographic_level',
  'country_code',
  'country_name',
] as const;

/** The required columns and the region's and the council's, in the order DfE's guidance lists them. */
export const EES_GEOGRAPHY_COLUMNS = [
  ...DFE_REQUIRED_COLUMNS,
  'region_code',
  'region_name',
  'new_la_code',
  'old_la_code',
  'la_name',
] as const;

/**
 * Older DfE files, such as the analysts' guide's own example, spell the level column
 * `geographical_level`; it is read as `geographic_level`.
 */
const COLUMN_ALIASES: Readonly<Record<string, string>> = { geographical_level: 'geographic_level' };

/** A file is a DfE open-data file when its header has the five columns every EES file must have. */
export function detectDfeFile(header: readonly string[]): boolean {
  const present = new Set(header.map((name) => canonicalColumn(name)));
  return DFE_REQUIRED_COLUMNS.every((column) => present.has(column));
}

export function canonicalColumn(name: string): string {
  const key = columnKey(name);
  return COLUMN_ALIASES[key] ?? key;
}

/**
 * Finds a column by its canonical name whatever case, spacing or BOM the file's header has. A row
 * is read by the column's position when the record gives its cells in order (a CSV file's do), so a
 * large file is read without an object of cells by name per row; by the name as written otherwise.
 */
export class Columns {
  private readonly written = new Map<string, string>();
  private readonly positions = new Map<string, number>();

  constructor(header: readonly string[]) {
    header.forEach((name, position) => {
      const key = canonicalColumn(name);
      if (this.written.has(key)) return;
      this.written.set(key, name);
      this.positions.set(key, position);
    });
  }

  has(column: string): boolean {
    return this.written.has(column);
  }

  /** The column's name as the file writes it, for messages. */
  nameOf(column: string): string {
    return this.written.get(column) ?? column;
  }

  text(record: SourceRecord, column: string): string {
    const position = this.positions.get(column);
    if (position === undefined) return '';
    const values = this.valuesOf(record);
    const text = values ? values[position] : record.cells[this.written.get(column) ?? ''];
    return (text ?? '').trim();
  }

  // A CSV record cuts its line into cells each time they are asked for (csv.ts), and a row's cells
  // are read a dozen times in a row, so the last row's are remembered.
  private lastRecord: SourceRecord | null = null;
  private lastValues: readonly string[] | undefined;

  private valuesOf(record: SourceRecord): readonly string[] | undefined {
    if (record !== this.lastRecord) {
      this.lastRecord = record;
      this.lastValues = record.values;
    }
    return this.lastValues;
  }
}
