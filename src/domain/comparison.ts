import type { Polarity } from './measure';

/**
 * How a figure compares with a comparator (England, region, statistical neighbours) or with a
 * target, and where an area stands among all areas with a figure.
 */
export type Rating = 'better' | 'similar' | 'worse' | 'not_rated';

/** Share of the comparator's value within which a figure counts as similar when the measure sets no tolerance. */
export const DEFAULT_SIMILAR_RELATIVE_TOLERANCE = 0.05;

// Published figures are decimals that binary numbers only approximate (63.3 − 60.3 is
// 3.0000000000000036), so a difference of exactly the tolerance must not tip into better or worse.
const ROUNDING_ALLOWANCE = 1e-9;

/**
 * Rates a figure against a comparator.
 *
 * - A measure with no polarity (where neither higher nor lower is better) is not rated.
 * - A figure or comparator that is missing is not rated.
 * - The figure is **similar** when it differs from the comparator by no more than the tolerance,
 *   a difference of exactly the tolerance included. The tolerance is the measure's own, an absolute
 *   difference in the measure's unit (for example 2 percentage points, or 5 days), where the measure
 *   sets one; otherwise it is 5% of the comparator's value (a comparator of 60% gives a tolerance
 *   of 3 percentage points; a comparator of 0 makes only an equal figure similar).
 * - Otherwise the figure is **better** or **worse** according to the measure's polarity: higher is
 *   better for "higher is better" measures, lower is better for "lower is better" measures.
 */
export function rateAgainst(input: {
  polarity: Polarity;
  value: number | null;
  comparatorValue: number | null;
  tolerance: number | null;
}): Rating {
  const { polarity, value, comparatorValue, tolerance } = input;
  if (polarity === 'no_polarity') return 'not_rated';
  if (!isFigure(value) || !isFigure(comparatorValue)) return 'not_rated';
  const allowed = tolerance ?? DEFAULT_SIMILAR_RELATIVE_TOLERANCE * Math.abs(comparatorValue);
  const scale = Math.max(1, Math.abs(value), Math.abs(comparatorValue));
  if (Math.abs(value - comparatorValue) <= allowed + ROUNDING_ALLOWANCE * scale) return 'similar';
  const higher = value > comparatorValue;
  return higher === (polarity === 'higher_is_better') ? 'better' : 'worse';
}

/** Measures with no polarity can only say which way the figure moved, not whether that is good. */
export type Direction = 'improving' | 'worsening' | 'no_change' | 'higher' | 'lower';

/** Direction from the previous figure to the latest; null when either figure is missing. */
export function directionOfTravel(input: {
  polarity: Polarity;
  previous: number | null;
  latest: number | null;
}): Direction | null {
  const { polarity, previous, latest } = input;
  if (!isFigure(previous) || !isFigure(latest)) return null;
  if (latest === previous) return 'no_change';
  const higher = latest > previous;
  if (polarity === 'no_polarity') return higher ? 'higher' : 'lower';
  return higher === (polarity === 'higher_is_better') ? 'improving' : 'worsening';
}

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

/** "1st", "2nd", "3rd", "4th"; 11th to 13th take "th" whatever their last digit. */
export function ordinal(n: number): string {
  const lastTwo = Math.abs(n) % 100;
  const last = Math.abs(n) % 10;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  if (last === 1) return `${n}st`;
  if (last === 2) return `${n}nd`;
  if (last === 3) return `${n}rd`;
  return `${n}th`;
}

/** NaN or infinity in a figure means it was not read properly, so it is treated as missing. */
function isFigure(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Rounds to the measure's published precision, so that figures that print the same compare (and
 * rank) the same.
 */
export function roundTo(value: number, decimalPlaces: number): number {
  const factor = 10 ** decimalPlaces;
  return Math.round(value * factor) / factor;
}
