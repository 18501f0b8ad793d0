import type { Polarity } from '../catalogue/measure';
import { isFigure } from './figure';

/**
 * Quarter of the ranked areas an area falls in: A is the best 25% of areas ranked, then B, C, and
 * D the worst 25%, as in DfE's LAIT (Local Authority Interactive Tool).
 */
export type QuartileBand = 'A' | 'B' | 'C' | 'D';

const BANDS: readonly QuartileBand[] = ['A', 'B', 'C', 'D'];

export interface RankedArea {
  areaCode: string;
  value: number;
  /** 1 is the best; areas with equal figures share the better rank. */
  rank: number;
  /** How many areas were ranked: those with a figure. */
  of: number;
  band: QuartileBand;
}

/**
 * Ranks areas by their figures, best first. Areas without a figure are left out and not counted.
 * Rank 1 is the highest figure for "higher is better" measures and the lowest otherwise; measures
 * with no polarity rank from the lowest too, as LAIT does. Equal figures share the better rank and
 * the next rank is skipped (1, 2, 2, 4). The result runs by rank, then by area code.
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
  const ranked: RankedArea[] = [];
  let rank = 0;
  ordered.forEach((entry, index) => {
    const previous = ordered[index - 1];
    if (previous === undefined || previous.value !== entry.value) rank = index + 1;
    ranked.push({ areaCode: entry.areaCode, value: entry.value, rank, of, band: quartileBand(rank, of) });
  });
  return ranked;
}

/**
 * Band for a rank among `of` areas: A is the best 25% of areas ranked, as in LAIT, then B, C and D.
 * The band index is floor((rank − 1) × 4 / of), held within A to D.
 */
export function quartileBand(rank: number, of: number): QuartileBand {
  const index = Math.floor(((rank - 1) * 4) / of);
  // A rank outside 1..of, or no areas at all, still gets a band rather than undefined.
  const held = Number.isFinite(index) ? Math.min(3, Math.max(0, index)) : 0;
  return BANDS[held] ?? 'D';
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
