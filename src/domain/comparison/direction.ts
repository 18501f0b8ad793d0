import type { Polarity } from '../catalogue/measure';
import { isFigure } from './figure';

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
