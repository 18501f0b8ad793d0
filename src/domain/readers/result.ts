/**
 * Parsers in the domain never throw on bad input: they return what they could read together with
 * every problem found, each located by row and column so the person who made the file can fix it.
 */
import type { RuleId } from './rule-id';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Stable identifier of the rule that found the problem, e.g. `unknown_measure` (rule-id.ts lists them all). */
  rule: RuleId;
  /** 1-based row in the source file, counting the header as row 1; absent for whole-file problems. */
  row?: number;
  /** Column name as written in the file's header. */
  column?: string;
  /** Plain-English description that says what is wrong and what to do. */
  message: string;
}

export interface ParseResult<T> {
  value: T;
  problems: Problem[];
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** A row read from a delimited file: cells keyed by header name, with the row's 1-based line number. */
export interface SourceRecord {
  row: number;
  cells: Readonly<Record<string, string>>;
  /**
   * The cells in column order. The CSV reader always gives them, so a reader that finds its columns'
   * positions once reads a row without a lookup by name; the .xlsx reader only when the header leaves
   * a column unnamed (a printed table's merged heading over No. and %), where cells by name cannot
   * hold every column.
   */
  values?: readonly string[];
}

/** What a file reader hands the domain: header names in file order and one record per data row. */
export interface SourceTable {
  fileName: string;
  header: readonly string[];
  records: readonly SourceRecord[];
  /**
   * The lines above the header, for a sheet saved with its title rows (MHCLG's revenue outturn
   * sheets name their year there); absent for a file whose header is its first row.
   */
  preamble?: readonly string[];
}

/** A delimited file read as plain rows, for files whose header is not on the first row. */
export interface SourceRows {
  fileName: string;
  /** Non-blank rows only, each with its 1-based row number in the file and its cells trimmed. */
  rows: readonly { row: number; cells: readonly string[] }[];
}
