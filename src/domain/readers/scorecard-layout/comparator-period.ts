/**
 * Comparator columns without a period. An officer's own scorecard often heads a column just
 * "England", its cells "11", "16": the figures are the comparator's latest, a year or more behind
 * the council's. Rather than refuse every such cell, the reader says once which columns need a
 * period, the upload form asks for it (prefilled from the file's other headings where it can), and
 * the period given applies to every undated comparator cell.
 */
import { parsePeriod, comparePeriods, type Period } from '../../periods/period';
import type { Problem, SourceTable } from '../result';

export const COMPARATOR_PERIOD_NEEDED = 'comparator_period_needed' satisfies Problem['rule'];

/** One problem per comparator column whose figures say no period, at its heading. */
export function undatedComparatorProblems(headings: Iterable<string>): Problem[] {
  return [...headings].map((heading) => ({
    severity: 'error',
    rule: COMPARATOR_PERIOD_NEEDED,
    row: 1,
    column: heading,
    message: `Row 1, column ${heading}: its figures do not say which period they are for (comparators are published later than the council's own figures). Give their period once: on the upload page in 'Period of the comparator figures', on the command line with --comparator-period 2019/20, or in the heading for all its figures: ${heading} (2019/20).`,
  }));
}

const BRACKETED = /\((\d{4}\s*\/\s*\d{2,4})\)/g;

/**
 * The period to offer for undated comparator columns, from the file itself: the period another
 * comparator heading or cell gives in brackets (the most common one), else the newest financial
 * year among the period columns. Null when the file gives no hint.
 */
export function suggestedComparatorPeriod(table: SourceTable): Period | null {
  const counts = new Map<string, { period: Period; count: number }>();
  const texts = [...table.header, ...table.records.flatMap((record) => Object.values(record.cells))];
  for (const text of texts) {
    for (const match of text.matchAll(BRACKETED)) {
      const parsed = parsePeriod((match[1] ?? '').replace(/\s+/g, ''));
      if (!parsed.ok) continue;
      const entry = counts.get(parsed.period.label);
      if (entry) entry.count += 1;
      else counts.set(parsed.period.label, { period: parsed.period, count: 1 });
    }
  }
  const mostCommon = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  if (mostCommon) return mostCommon.period;
  const years = table.header.flatMap((heading) => {
    const parsed = parsePeriod(heading.replace(/[[(].*$/, '').trim());
    return parsed.ok && parsed.period.type === 'financial_year' ? [parsed.period] : [];
  });
  return years.sort(comparePeriods).at(-1) ?? null;
}
