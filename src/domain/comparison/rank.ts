import type { Polarity } from '../catalogue/measure';
import { isFigure } from './figure';
import { quartileBandOf, quartilesOf, type QuartileBand } from './quartiles';

export interface RankedArea {
  areaCode: string;
  value: number;
  /** 1 is the best; areas with equal figures share the better rank. */
  rank: number;
  /** How many areas were ranked: those with a figure. */
  of: number;
  /** LAIT's band among the areas ranked (quartiles.ts); null for a measure with no good direction. */
  band: QuartileBand | null;
}

/**
 * Ranks areas by their figures, best first. Areas without a figure are left out and not counted.
 * Rank 1 is the highest figure for "higher is better" measures and the lowest otherwise, as LAIT
 * ranks; a measure with no polarity has no rank in LAIT, and here its places run from the lowest, a
 * position in words ("3rd lowest") and never a band. Equal figures share the better rank and the
 * next rank is skipped (1, 2, 2, 4), as R's rank(ties.method = "min"). The result runs by rank, then
 * by area code.
 */
export function rankAreas<T extends { areaCode: string; value: number | null }>(
  entries: readonly T[],
  polarity: Polarity,
): RankedArea[] {
  const withFigures: { areaCode: string; value: number }[] = [];
  for (const entry of entries) {
    if (isFigure(entry.value)) withFigures.push({ areaCode: entry.areaCode, value: entry.value });
  }
  const highestFirst = polarity === 'higher_is_better';
  const ordered = withFigures.sort((a, b) => {
    const byValue = highestFirst ? b.value - a.value : a.value - b.value;
    if (byValue !== 0) return byValue;
    return compareText(a.areaCode, b.areaCode);
  });
  const of = ordered.length;
  const quartiles = quartilesOf(ordered.map((entry) => entry.value));
  const ranked: RankedArea[] = [];
  let rank = 0;
  ordered.forEach((entry, index) => {
    const previous = ordered[index - 1];
    if (previous === undefined || previous.value !== entry.value) rank = index + 1;
    const band = quartiles ? quartileBandOf(entry.value, quartiles, polarity) : null;
    ranked.push({ areaCode: entry.areaCode, value: entry.value, rank, of, band });
  });
  return ranked;
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
