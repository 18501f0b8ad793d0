import { describe, expect, it } from 'vitest';
import { assuranceOf } from './assurance';
import type { ProcessLimits } from './xmr';

// Mean 10, mean moving range 3: limits 10 ∓ 2.66 × 3 = 2.02 and 17.98.
const LIMITS: ProcessLimits = { meanMovingRange: 3, lower: 2.02, upper: 17.98, nearLower: 4.68, nearUpper: 15.32 };

describe('assuranceOf', () => {
  it.each([
    // Every point is expected above 2.02, so above a target of 1: good where higher is better.
    { target: 1, direction: 'increase', assurance: 'consistent_pass' },
    // Every point is expected below 17.98, so below a target of 19: short of it where higher is better.
    { target: 19, direction: 'increase', assurance: 'consistent_fail' },
    { target: 10, direction: 'increase', assurance: 'inconsistent' },
    { target: 1, direction: 'decrease', assurance: 'consistent_fail' },
    { target: 19, direction: 'decrease', assurance: 'consistent_pass' },
    { target: 10, direction: 'decrease', assurance: 'inconsistent' },
    // On a limit the process can still reach the target, so it is hit and miss.
    { target: 17.98, direction: 'increase', assurance: 'inconsistent' },
    { target: 2.02, direction: 'decrease', assurance: 'inconsistent' },
  ] as const)('with a target of $target where the improvement is $direction: $assurance', (row) => {
    expect(assuranceOf({ target: row.target, limits: LIMITS, direction: row.direction })).toBe(row.assurance);
  });

  it.each([
    { name: 'without a target', target: null, limits: LIMITS, direction: 'increase' },
    { name: 'for a measure with no good direction', target: 19, limits: LIMITS, direction: 'neutral' },
    { name: 'without limits', target: 19, limits: null, direction: 'increase' },
  ] as const)('gives no assurance $name', ({ target, limits, direction }) => {
    expect(assuranceOf({ target, limits, direction })).toBeNull();
  });
});
