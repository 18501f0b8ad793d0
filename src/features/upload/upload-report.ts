import { textCell } from '../../adapters/export';
import type { Problem } from '../../domain/readers/result';
import type { RuleId } from '../../domain/readers/rule-id';

/** How many errors, and separately warnings, the page lists; the rest are counted and can be downloaded. */
export const SHOWN_PROBLEMS = 100;

export interface ProblemList {
  /** How many the file has. */
  total: number;
  /** The first of them, in row order, at most SHOWN_PROBLEMS. */
  shown: Problem[];
}

/** How many warnings of one kind the page lists in full, for reading before acknowledging them; the rest are downloaded. */
export const SHOWN_PER_RULE = 1000;

/** The warnings of one rule: acknowledged together, after they can be read. */
export interface WarningRule extends ProblemList {
  rule: RuleId;
}

/** What the validation report shows: errors (nothing can be saved) and warnings (to acknowledge). */
export interface UploadReport {
  fileName: string;
  errors: ProblemList;
  warnings: ProblemList;
  /** The warnings by rule, in the order each rule first appears, each with its count and its first SHOWN_PER_RULE. */
  warningRules: WarningRule[];
}

function byRule(warnings: readonly Problem[], cap: number): WarningRule[] {
  const rules = new Map<RuleId, WarningRule>();
  for (const warning of warnings) {
    let group = rules.get(warning.rule);
    if (!group) {
      group = { rule: warning.rule, total: 0, shown: [] };
      rules.set(warning.rule, group);
    }
    group.total += 1;
    if (group.shown.length < cap) group.shown.push(warning);
  }
  return [...rules.values()];
}

function byRow(a: Problem, b: Problem): number {
  // Whole-file problems (no row) first: they explain everything below them.
  return (a.row ?? 0) - (b.row ?? 0);
}

/**
 * Splits the problems of a file into errors and warnings, each in row order, keeping only the first
 * `cap` of each for the page: a file with an error on every one of 300,000 rows must still give a
 * page that opens at once. The totals are kept so the page can say how many more there are.
 */
export function buildReport(
  fileName: string,
  problems: readonly Problem[],
  cap = SHOWN_PROBLEMS,
  capPerRule = SHOWN_PER_RULE,
): UploadReport {
  const errors = problems.filter((problem) => problem.severity === 'error').sort(byRow);
  const warnings = problems.filter((problem) => problem.severity === 'warning').sort(byRow);
  return {
    fileName,
    errors: { total: errors.length, shown: errors.slice(0, cap) },
    warnings: { total: warnings.length, shown: warnings.slice(0, cap) },
    warningRules: byRule(warnings, capPerRule),
  };
}

export const PROBLEMS_CSV_HEADER = 'severity,row,column,rule,message';

/**
 * Every problem of a file as a CSV for Excel (byte-order mark, CRLF, formulas neutralised by
 * textCell): errors first, then warnings, each in row order. The message already says the row,
 * column and what to do; the separate columns let the officer sort and filter.
 */
export function problemsCsv(problems: readonly Problem[]): string {
  const ordered = [
    ...problems.filter((problem) => problem.severity === 'error').sort(byRow),
    ...problems.filter((problem) => problem.severity === 'warning').sort(byRow),
  ];
  const lines = [
    PROBLEMS_CSV_HEADER,
    ...ordered.map((problem) =>
      [
        problem.severity,
        problem.row === undefined ? '' : String(problem.row),
        textCell(problem.column ?? ''),
        textCell(problem.rule),
        textCell(problem.message),
      ].join(','),
    ),
  ];
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}

/** The download's name: the upload's name without its extension, then "-problems.csv". */
export function problemsFileName(fileName: string): string {
  const stem =
    fileName
      .replace(/\.[^.]*$/, '')
      .replace(/[^\w.-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'upload';
  return `${stem}-problems.csv`;
}
