import { readCell } from '../cell';
import type { SourceRecord, SourceTable } from '../result';
import type { Columns } from './dfe-columns';
import type { DfeCountSource, DfeFilter, DfeMeasureMapping } from './dfe-measure-map';

/** The columns that, with a mapping's filters, single out one row of a DfE file. */
const ROW_KEY_COLUMNS = [
  'time_period',
  'time_identifier',
  'geographic_level',
  'country_code',
  'region_code',
  'new_la_code',
  'old_la_code',
] as const;

/**
 * Which mappings a row of a DfE file matches, and the counts behind its figures, read from the row
 * itself or from its "Total" sibling: the row that differs from it only in one filter.
 */
export class DfeRows {
  private readonly filterColumns: readonly string[];
  /** Each mapping's filters as positions in filterColumns and normalised values, worked out once. */
  private readonly mappingFilters: readonly { position: number; key: string }[][];
  private readonly rowsByKey = new Map<string, SourceRecord>();

  constructor(
    table: SourceTable,
    private readonly columns: Columns,
    private readonly mappings: readonly DfeMeasureMapping[],
    private readonly keyOf: (text: string) => string,
  ) {
    this.filterColumns = [
      ...new Set(mappings.flatMap((mapping) => mapping.filters.map((filter) => filter.column))),
    ].sort();
    this.mappingFilters = mappings.map((mapping) =>
      mapping.filters.map((filter) => ({
        position: this.filterColumns.indexOf(filter.column),
        key: keyOf(filter.value),
      })),
    );
    // Only rows that can be another row's Total are indexed: in the care leavers' activity file that
    // is one row in twelve, and keying every row would double the time the file takes to read.
    const siblings = mappings
      .flatMap((mapping) => [mapping.numerator?.sibling, mapping.denominator?.sibling])
      .filter((sibling): sibling is DfeFilter => sibling != null);
    if (siblings.length > 0) {
      for (const record of table.records) {
        if (siblings.some((sibling) => keyOf(columns.text(record, sibling.column)) === keyOf(sibling.value)))
          this.rowsByKey.set(this.rowKey(record, null), record);
      }
    }
  }

  /** The mappings whose every filter the row matches; a row's filter cells are normalised once each. */
  matching(record: SourceRecord): DfeMeasureMapping[] {
    const rowKeys = this.filterColumns.map((column) => this.keyOf(this.columns.text(record, column)));
    return this.mappings.filter((_, index) =>
      (this.mappingFilters[index] ?? []).every((filter) => rowKeys[filter.position] === filter.key),
    );
  }

  /** A count behind a figure; a symbol or a missing Total row gives null, as counts are optional. */
  count(record: SourceRecord, source: DfeCountSource | null): number | null {
    if (!source) return null;
    const row = source.sibling ? this.rowsByKey.get(this.rowKey(record, source.sibling)) : record;
    if (!row) return null;
    const reading = readCell(this.columns.text(row, source.column));
    return reading.kind === 'number' ? reading.value : null;
  }

  private rowKey(record: SourceRecord, replaced: DfeFilter | null): string {
    return [
      ...ROW_KEY_COLUMNS.map((column) => this.keyOf(this.columns.text(record, column))),
      ...this.filterColumns.map((column) =>
        this.keyOf(replaced?.column === column ? replaced.value : this.columns.text(record, column)),
      ),
    ].join('|');
  }
}
