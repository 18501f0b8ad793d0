import { breakdownFigureKey, type BreakdownFigure } from './breakdown-figure';

/** How many breakdown figures an upload brings that are new, different from those held, or the same. */
export interface BreakdownChangeCounts {
  added: number;
  changed: number;
  unchanged: number;
}

/** Whether two figures for the same breakdown, area, period and categories say the same. */
export function sameBreakdownFigure(a: BreakdownFigure, b: BreakdownFigure): boolean {
  return (
    a.count === b.count &&
    a.percent === b.percent &&
    a.total === b.total &&
    a.status === b.status &&
    a.note === b.note &&
    a.categories.every((category, index) => category.label === b.categories[index]?.label)
  );
}

export function countBreakdownChanges(
  held: readonly BreakdownFigure[],
  incoming: readonly BreakdownFigure[],
): BreakdownChangeCounts {
  const byKey = new Map(held.map((figure) => [breakdownFigureKey(figure), figure]));
  const counts = { added: 0, changed: 0, unchanged: 0 };
  for (const figure of incoming) {
    const before = byKey.get(breakdownFigureKey(figure));
    if (!before) counts.added += 1;
    else if (sameBreakdownFigure(before, figure)) counts.unchanged += 1;
    else counts.changed += 1;
  }
  return counts;
}

/**
 * The breakdowns after an upload, as applyIncoming does for observations: each incoming figure
 * replaces the held one for the same breakdown, area, period and categories, and every other held
 * figure is kept, so a quarter's breakdowns never wipe out the quarters before it. Held figures come
 * first, in their order, then the new ones in theirs.
 */
export function applyIncomingBreakdowns(
  held: readonly BreakdownFigure[],
  incoming: readonly BreakdownFigure[],
): BreakdownFigure[] {
  const merged = new Map(held.map((figure) => [breakdownFigureKey(figure), figure]));
  for (const figure of incoming) merged.set(breakdownFigureKey(figure), figure);
  return [...merged.values()];
}
