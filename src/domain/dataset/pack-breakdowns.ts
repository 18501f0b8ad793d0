import type { AreaDirectory } from '../areas/area-directory';
import { findBreakdown, type BreakdownCatalogue } from '../breakdowns/breakdown-catalogue';
import { sameBreakdownFigure } from '../breakdowns/breakdown-diff';
import { breakdownFigureKey, type BreakdownFigure } from '../breakdowns/breakdown-figure';
import type { ParseResult, Problem } from '../readers/result';
import { countOf, plural } from '../text/plural';

/*
 * The breakdown figures of the data packs a data folder's manifest lists, added to the folder's own
 * (breakdowns.csv's tables), as addPackFigures adds a pack's figures: a pack holds every figure of
 * its version, so it replaces the files it came from rather than sitting beside them.
 */

/**
 * The folder's breakdown figures and each pack's, checked against the folder's breakdown catalogue
 * and areas. A figure given again exactly is held once; a different figure for the same breakdown,
 * area, period and categories is an error. A breakdown or area the folder does not know cannot be
 * shown, so its figures are left out with a warning saying how many.
 */
export function addPackBreakdowns(
  fromFiles: readonly BreakdownFigure[],
  packs: readonly { file: string; breakdowns: readonly BreakdownFigure[] }[],
  reference: { breakdownCatalogue: BreakdownCatalogue; areas: AreaDirectory },
): ParseResult<BreakdownFigure[]> {
  const held = new Map(fromFiles.map((figure) => [breakdownFigureKey(figure), figure]));
  const problems: Problem[] = [];
  for (const pack of packs) {
    // How many figures each unknown breakdown or area has, to say once per pack.
    const unknown = new Map<string, { rule: Problem['rule']; what: string; count: number }>();
    const conflicts: BreakdownFigure[] = [];
    for (const figure of pack.breakdowns) {
      const missing = !findBreakdown(reference.breakdownCatalogue, figure.breakdownId)
        ? {
            rule: 'unknown_breakdown' as const,
            what: `the breakdown '${figure.breakdownId}', which breakdowns.csv does not list`,
          }
        : !reference.areas.find(figure.areaCode)
          ? { rule: 'unknown_area' as const, what: `the area '${figure.areaCode}', which areas.csv does not list` }
          : null;
      if (missing) {
        const seen = unknown.get(missing.what);
        unknown.set(missing.what, { ...missing, count: (seen?.count ?? 0) + 1 });
        continue;
      }
      const key = breakdownFigureKey(figure);
      const before = held.get(key);
      if (!before) held.set(key, figure);
      else if (!sameBreakdownFigure(before, figure)) conflicts.push(figure);
    }
    for (const { rule, what, count } of unknown.values())
      problems.push({
        severity: 'warning',
        rule,
        message: `${pack.file} (breakdowns): ${countOf(count, 'figure')} of ${what}, ${plural(count, 'is', 'are')} left out. Add it there to show them.`,
      });
    const first = conflicts[0];
    if (first)
      problems.push({
        severity: 'error',
        rule: 'conflicting_values',
        message: `${pack.file} (breakdowns): ${countOf(conflicts.length, 'figure')} ${plural(conflicts.length, 'differs', 'differ')} from the data folder's breakdown files (the first: '${first.breakdownId}', ${first.areaCode}, ${first.period.label}). A data pack holds every figure of its version: list it in manifest.json in place of the files it replaces, not beside them.`,
      });
  }
  return { value: [...held.values()], problems };
}
