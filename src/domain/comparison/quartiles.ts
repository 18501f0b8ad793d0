import type { Polarity } from '../catalogue/measure';

/**
 * LAIT's quartile band: A is the best quarter, D the worst. A council is banded by its figure against
 * the quartiles of every figure ranked with it, not by its rank, so councils with equal figures always
 * share a band and a tie at a cut-point goes where LAIT puts it (DfE's Local Authority Interactive
 * Tool, R/fn_analysis.R `calculate_quartile_band`).
 */
export type QuartileBand = 'A' | 'B' | 'C' | 'D';

/** The 25%, 50% and 75% quantiles of the figures. */
export interface Quartiles {
  lower: number;
  median: number;
  upper: number;
}

/**
 * R's default quantile (type 7), as LAIT calls `quantile()`: for n sorted figures, the p quantile is
 * at position h = (n − 1) × p, between the figures either side of it in proportion. Null for no figures.
 */
export function quartilesOf(values: readonly number[]): Quartiles | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number): number => {
    const h = (sorted.length - 1) * p;
    const below = Math.floor(h);
    const low = sorted[below] ?? 0;
    const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
    return low + (h - below) * (high - low);
  };
  return { lower: at(0.25), median: at(0.5), upper: at(0.75) };
}

const LOW_FIRST: readonly QuartileBand[] = ['A', 'B', 'C', 'D'];
const HIGH_FIRST: readonly QuartileBand[] = ['D', 'C', 'B', 'A'];

/**
 * The band of a figure, as LAIT cuts: each quarter takes its upper cut-point (figure ≤ lower
 * quartile is the first quarter, ≤ median the second, ≤ upper quartile the third, above it the
 * fourth). Where lower is better the first quarter is A; where higher is better it is D, so a
 * council exactly on the upper quartile is B, not A. Null for a measure with no good direction,
 * which LAIT does not band.
 */
export function quartileBandOf(value: number, quartiles: Quartiles, polarity: Polarity): QuartileBand | null {
  if (polarity === 'no_polarity') return null;
  const quarter = value <= quartiles.lower ? 0 : value <= quartiles.median ? 1 : value <= quartiles.upper ? 2 : 3;
  return (polarity === 'lower_is_better' ? LOW_FIRST : HIGH_FIRST)[quarter] ?? null;
}
