import type { ImprovementDirection } from './improvement-direction';
import type { ProcessLimits } from './xmr';

/** Making Data Count's assurance icons: whether the process, as it is, will meet its target. */
export const ASSURANCES = ['consistent_pass', 'consistent_fail', 'inconsistent'] as const;
export type Assurance = (typeof ASSURANCES)[number];

/**
 * Where the target lies against the latest limits: beyond them on the good side, every point is
 * expected to pass; on the bad side, to fail; between them (or on one), some will and some will
 * not. Null without a target, without limits, or for a measure with no good direction.
 */
export function assuranceOf(input: {
  target: number | null;
  limits: ProcessLimits | null;
  direction: ImprovementDirection;
}): Assurance | null {
  const { target, limits, direction } = input;
  if (target === null || limits === null || direction === 'neutral') return null;
  if (target > limits.upper) return direction === 'increase' ? 'consistent_fail' : 'consistent_pass';
  if (target < limits.lower) return direction === 'increase' ? 'consistent_pass' : 'consistent_fail';
  return 'inconsistent';
}
