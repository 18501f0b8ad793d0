import { describe, expect, it } from 'vitest';
import { classifyPoints, pointTypeOf } from './classify';
import type { RuleSignals, Signal } from './rules';

describe('pointTypeOf', () => {
  it.each([
    { signal: 'high', direction: 'increase', type: 'special_cause_improvement' },
    { signal: 'low', direction: 'increase', type: 'special_cause_concern' },
    { signal: 'high', direction: 'decrease', type: 'special_cause_concern' },
    { signal: 'low', direction: 'decrease', type: 'special_cause_improvement' },
    { signal: 'high', direction: 'neutral', type: 'special_cause_neutral_high' },
    { signal: 'low', direction: 'neutral', type: 'special_cause_neutral_low' },
  ] as const)('reads a $signal signal where the improvement is $direction as $type', ({ signal, direction, type }) => {
    expect(pointTypeOf(signal, direction)).toBe(type);
  });
});

/** The rules' findings for one point; a rule not named does not flag it. */
function onePoint(found: Partial<Record<keyof RuleSignals, Signal>>): RuleSignals {
  return {
    outside_limits: [found.outside_limits ?? null],
    trend: [found.trend ?? null],
    two_of_three: [found.two_of_three ?? null],
    shift: [found.shift ?? null],
  };
}

describe('classifyPoints', () => {
  it.each([
    {
      name: 'no rule as common cause',
      found: {},
      direction: 'increase',
      type: 'common_cause',
      rule: null,
      signal: null,
    },
    {
      name: 'a point above the upper limit, where higher is better, as improvement',
      found: { outside_limits: 'high' },
      direction: 'increase',
      type: 'special_cause_improvement',
      rule: 'outside_limits',
      signal: 'high',
    },
    {
      name: 'a point above the upper limit, where lower is better, as concern',
      found: { outside_limits: 'high' },
      direction: 'decrease',
      type: 'special_cause_concern',
      rule: 'outside_limits',
      signal: 'high',
    },
    {
      name: 'a falling trend on a neutral measure as low',
      found: { trend: 'low' },
      direction: 'neutral',
      type: 'special_cause_neutral_low',
      rule: 'trend',
      signal: 'low',
    },
    {
      // The limit comes first: the point is high whatever the trend it ends.
      name: 'a point above the limit at the end of a falling trend by the limit',
      found: { outside_limits: 'high', trend: 'low' },
      direction: 'increase',
      type: 'special_cause_improvement',
      rule: 'outside_limits',
      signal: 'high',
    },
    {
      // The trend comes before the shift: a point rising from below the mean is rising.
      name: 'a point in a rising trend and in a run below the mean by the trend',
      found: { trend: 'high', shift: 'low' },
      direction: 'increase',
      type: 'special_cause_improvement',
      rule: 'trend',
      signal: 'high',
    },
    {
      name: 'a point in a falling trend and 2 of 3 above by the trend',
      found: { trend: 'low', two_of_three: 'high', shift: 'high' },
      direction: 'decrease',
      type: 'special_cause_improvement',
      rule: 'trend',
      signal: 'low',
    },
    {
      name: 'a point 2 of 3 below and in a run below by 2 of 3',
      found: { two_of_three: 'low', shift: 'low' },
      direction: 'increase',
      type: 'special_cause_concern',
      rule: 'two_of_three',
      signal: 'low',
    },
    {
      name: 'a run above the mean on a neutral measure as high',
      found: { shift: 'high' },
      direction: 'neutral',
      type: 'special_cause_neutral_high',
      rule: 'shift',
      signal: 'high',
    },
  ] as const)('classes $name', ({ found, direction, type, rule, signal }) => {
    expect(classifyPoints(onePoint(found), direction)).toEqual([{ type, rule, signal }]);
  });
});
