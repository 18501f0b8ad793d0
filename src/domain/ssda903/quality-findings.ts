import { dayFromCivil, type Day } from './days';
import type { Return903, Row903 } from './read-tables';
import { tableSpec, type TableName } from './tables';
import { QUALITY_RULES, type QualityRule } from './quality-rules';

export interface QualityFinding {
  /** The table's name as DfE writes it: Episodes, Header, OC2. */
  table: string;
  file: string;
  row: number;
  column?: string;
  /** Kept in memory only, to note the figures the child is counted in; never shown or written. */
  child: string;
  message: string;
}

export interface QualityRuleResult {
  rule: QualityRule;
  records: number;
  first: readonly QualityFinding[];
}

export interface QualityReport {
  results: readonly QualityRuleResult[];
  /** Child → the rules its records break. */
  flagged: ReadonlyMap<string, ReadonlySet<number>>;
}

export class Findings {
  private readonly byRule = new Map<number, { records: number; first: QualityFinding[] }>();
  readonly flagged = new Map<string, Set<number>>();

  constructor(private readonly firstRows: number) {}

  add(rule: number, row: Row903, table: TableName, message: string, column?: string): void {
    let entry = this.byRule.get(rule);
    if (!entry) {
      entry = { records: 0, first: [] };
      this.byRule.set(rule, entry);
    }
    entry.records += 1;
    const child = row.cells.CHILD ?? '';
    if (entry.first.length < this.firstRows) {
      entry.first.push({
        table: tableSpec(table).title,
        file: row.file,
        row: row.row,
        ...(column ? { column } : {}),
        child,
        message: `${tableSpec(table).title} row ${row.row}${column ? `, ${column}` : ''}: ${message}`,
      });
    }
    if (child !== '') {
      let rules = this.flagged.get(child);
      if (!rules) {
        rules = new Set();
        this.flagged.set(child, rules);
      }
      rules.add(rule);
    }
  }

  report(): QualityReport {
    return {
      results: QUALITY_RULES.map((rule) => {
        const entry = this.byRule.get(rule.number);
        return { rule, records: entry?.records ?? 0, first: entry?.first ?? [] };
      }),
      flagged: this.flagged,
    };
  }
}

export function rowsOf(ret: Return903, table: TableName): readonly Row903[] {
  return ret.tables[table]?.rows ?? [];
}

/** The year-end of a row's file, when its year is known. */
export function yearEndOf(row: Row903): Day | null {
  return row.year === null ? null : dayFromCivil(row.year, 3, 31);
}
