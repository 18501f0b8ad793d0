import type { Assurance } from '../spc/assurance';
import type { SpcWarning } from '../spc/chart';
import type { PointClass, PointType } from '../spc/classify';
import { RUN_LENGTH, type Signal, type SpecialCauseRule } from '../spc/rules';
import type { Variation } from '../spc/variation';
import { FIXED_LIMITS_MIN_POINTS } from '../spc/xmr';

/** What an icon is called and what it means, to stand beside it: the icon's colour is never the only sign. */
export interface IconWords {
  label: string;
  meaning: string;
}

export const VARIATION_WORDS: Readonly<Record<Variation, IconWords>> = {
  common_cause: {
    label: 'Common cause: no significant change',
    meaning: 'The latest figure is within the variation the process shows by chance. Nothing points to a real change.',
  },
  improvement_high: {
    label: 'Special cause: improvement, higher',
    meaning: 'The latest figure is a sign of real change upwards, not chance, and higher is better.',
  },
  improvement_low: {
    label: 'Special cause: improvement, lower',
    meaning: 'The latest figure is a sign of real change downwards, not chance, and lower is better.',
  },
  concern_high: {
    label: 'Special cause: concern, higher',
    meaning: 'The latest figure is a sign of real change upwards, not chance, and lower is better: worth looking into.',
  },
  concern_low: {
    label: 'Special cause: concern, lower',
    meaning:
      'The latest figure is a sign of real change downwards, not chance, and higher is better: worth looking into.',
  },
  neutral_high: {
    label: 'Special cause: higher',
    meaning:
      'The latest figure is a sign of real change upwards, not chance. Neither direction is better for this measure.',
  },
  neutral_low: {
    label: 'Special cause: lower',
    meaning:
      'The latest figure is a sign of real change downwards, not chance. Neither direction is better for this measure.',
  },
};

/** The variation icon's name where room is short (a scorecard cell), beside the icon; the full label is its accessible name. */
export const VARIATION_SHORT: Readonly<Record<Variation, string>> = {
  common_cause: 'No significant change',
  improvement_high: 'Improvement',
  improvement_low: 'Improvement',
  concern_high: 'Concern',
  concern_low: 'Concern',
  neutral_high: 'Unusually high',
  neutral_low: 'Unusually low',
};

export const ASSURANCE_WORDS: Readonly<Record<Assurance, IconWords>> = {
  consistent_pass: {
    label: 'Consistently passing the target',
    meaning:
      'The target is outside the process limits, on the better side: while the process stays as it is, every figure can be expected to meet it.',
  },
  consistent_fail: {
    label: 'Consistently failing the target',
    meaning:
      'The target is outside the process limits, on the worse side: while the process stays as it is, no figure can be expected to meet it. Meeting it needs a change to the process.',
  },
  inconsistent: {
    label: 'Hit and miss',
    meaning: 'The target is between the process limits: by chance alone, some figures will meet it and some will not.',
  },
};

export const POINT_TYPE_LABEL: Readonly<Record<PointType, string>> = {
  special_cause_improvement: 'Special cause: improvement',
  special_cause_concern: 'Special cause: concern',
  special_cause_neutral_high: 'Special cause: higher',
  special_cause_neutral_low: 'Special cause: lower',
  common_cause: 'Common cause',
};

const RULE_WORDS: Readonly<Record<SpecialCauseRule, Readonly<Record<Signal, string>>>> = {
  outside_limits: { high: 'above the upper process limit', low: 'below the lower process limit' },
  trend: {
    high: `one of ${RUN_LENGTH} or more points in a row, each higher than the one before`,
    low: `one of ${RUN_LENGTH} or more points in a row, each lower than the one before`,
  },
  two_of_three: {
    high: 'one of 2 in 3 points in a row close to or above the upper process limit',
    low: 'one of 2 in 3 points in a row close to or below the lower process limit',
  },
  shift: {
    high: `one of ${RUN_LENGTH} or more points in a row above the mean`,
    low: `one of ${RUN_LENGTH} or more points in a row below the mean`,
  },
};

/** Why a point is special cause: "below the lower process limit". */
export function ruleText(rule: SpecialCauseRule, signal: Signal): string {
  return RULE_WORDS[rule][signal];
}

/** A point's class for a table row: "Special cause: concern (below the lower process limit)", or "Common cause". */
export function pointText(point: PointClass): string {
  const label = POINT_TYPE_LABEL[point.type];
  return point.rule && point.signal ? `${label} (${ruleText(point.rule, point.signal)})` : label;
}

/** How a position of the series is named: "point 3" by default; a chart names its periods. */
export type PositionName = (position: number) => string;

const pointNumber: PositionName = (position) => `point ${position + 1}`;

function span(first: number, last: number, name: PositionName): string {
  return first === last ? name(first) : `${name(first)} to ${name(last)}`;
}

function list(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** A warning about a chart, in words to print beside it. */
export function spcWarningText(warning: SpcWarning, name: PositionName = pointNumber): string {
  switch (warning.kind) {
    case 'trial_limits':
      return `Trial limits: the limits for ${span(warning.first, warning.last, name)} rest on ${warning.points} point${warning.points === 1 ? '' : 's'}, fewer than ${FIXED_LIMITS_MIN_POINTS}, so they will move as more are added.`;
    case 'no_limits':
      return `No process limits for ${span(warning.first, warning.last, name)}: ${warning.points === 0 ? 'there are no figures' : 'no two figures are next to each other'}, so there is no moving range to set them from.`;
    case 'missing_values': {
      const one = warning.positions.length === 1;
      return `Missing figure${one ? '' : 's'} at ${list(warning.positions.map(name))}: left out of the mean and the limits but kept in ${one ? 'its place' : 'their places'} on the chart.`;
    }
  }
}
