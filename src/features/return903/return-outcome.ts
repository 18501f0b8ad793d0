/**
 * The parts of a computed return that go to the page, built in the worker from the engine's
 * results: what each file was read as, the data-quality report without any child's identifier,
 * what could not be worked out, and the dates figures are worked out at. Pure, so it is tested in
 * node (return-pipeline.test.ts).
 */
import type { Measure } from '../../domain/catalogue/measure';
import type { Problem, SourceTable } from '../../domain/readers/result';
import type { Prepared903 } from '../../domain/ssda903/compute';
import type { Day } from '../../domain/ssda903/days';
import type { Availability } from '../../domain/ssda903/measures';
import type { QualityReport } from '../../domain/ssda903/quality-findings';
import { seriesDates } from '../../domain/ssda903/series';
import { recogniseHeader } from '../../domain/ssda903/tables';
import { breakdownName } from '../../domain/text/breakdowns';
import type { FileRead, QualityRuleText, Unavailable } from './return-protocol';

/** What the page lists of each file chosen: the table it was recognised as, or nothing (also when it could not be read). */
export function filesRead(files: readonly { name: string; table: SourceTable | null }[]): FileRead[] {
  return files.map(({ name, table }) => {
    const recognised = table ? recogniseHeader(table.header) : null;
    let readAs: string | null = null;
    if (recognised?.kind === 'table') readAs = recognised.spec.title;
    if (recognised?.kind === 'postcode_lookup') readAs = 'Postcode lookup';
    return { fileName: name, readAs };
  });
}

/** The report as the page shows it: each rule's count and first findings, without the child each is about. */
export function qualityTexts(report: QualityReport): QualityRuleText[] {
  return report.results.map(({ rule, records, first }) => ({
    number: rule.number,
    title: rule.title,
    codes: rule.codes,
    records,
    first: first.map(({ table, file, row, column, message }) => ({ table, file, row, column: column ?? '', message })),
  }));
}

/**
 * The report kept in the worker for its download once the return's records are let go: the same
 * rules and findings, with the children they are about blanked (qualityReportCsv never writes them).
 */
export function withoutChildren(report: QualityReport): QualityReport {
  return {
    results: report.results.map((result) => ({
      ...result,
      first: result.first.map((finding) => ({ ...finding, child: '' })),
    })),
    flagged: new Map(),
  };
}

export function unavailableFigures(
  availability: readonly Availability[],
  measures: ReadonlyMap<string, Measure>,
): Unavailable[] {
  return availability
    .filter((entry) => !entry.computable)
    .map((entry) => ({
      id: entry.id,
      title: entry.kind === 'measure' ? (measures.get(entry.id)?.title ?? entry.id) : breakdownName(entry.id),
      reason: entry.reason,
    }));
}

/**
 * The dates figures are worked out at: each quarter end (31 March as the year) and each month end
 * from the start of the files to the as-at date, which is always among the quarter dates whether or
 * not it is a quarter end.
 */
export function computeDates(prepared: Prepared903, asAt: Day): { quarters: Day[]; months: Day[] } {
  const span = prepared.span;
  if (!span) return { quarters: [asAt], months: [] };
  const last = Math.min(asAt, span.end);
  const quarters = seriesDates(span.start, last, 'quarter');
  if (!quarters.includes(asAt)) quarters.push(asAt);
  return { quarters, months: seriesDates(span.start, last, 'month') };
}

/** At most `cap` problems of each severity for the page, with the totals. */
export function splitProblems(problems: readonly Problem[], cap = 100) {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  return {
    errors: { total: errors.length, shown: errors.slice(0, cap) },
    warnings: { total: warnings.length, shown: warnings.slice(0, cap) },
  };
}
