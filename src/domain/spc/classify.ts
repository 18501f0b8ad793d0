import type { ImprovementDirection } from './improvement-direction';
import { SPECIAL_CAUSE_RULES, type RuleSignals, type Signal, type SpecialCauseRule } from './rules';

export const POINT_TYPES = [
  'special_cause_improvement',
  'special_cause_concern',
  'special_cause_neutral_high',
  'special_cause_neutral_low',
  'common_cause',
] as const;
export type PointType = (typeof POINT_TYPES)[number];

/** A point's class, with the rule that decided it and which way that rule found it unusual. */
export interface PointClass {
  type: PointType;
  /** Null for common cause. */
  rule: SpecialCauseRule | null;
  signal: Signal | null;
}

/** A special-cause signal read through the measure's improvement direction. */
export function pointTypeOf(signal: Signal, direction: ImprovementDirection): PointType {
  if (direction === 'neutral') return signal === 'high' ? 'special_cause_neutral_high' : 'special_cause_neutral_low';
  return (signal === 'high') === (direction === 'increase') ? 'special_cause_improvement' : 'special_cause_concern';
}

/**
 * Each point's class. Where several rules flag a point, the first in SPECIAL_CAUSE_RULES decides
 * which way it is unusual (as NHSRplotthedots does), so a point above the upper limit at the end of a
 * falling trend is high, and one in a rising trend but below the mean is rising.
 */
export function classifyPoints(signals: RuleSignals, direction: ImprovementDirection): PointClass[] {
  return signals.outside_limits.map((_, index) => {
    for (const rule of SPECIAL_CAUSE_RULES) {
      const signal = signals[rule][index] ?? null;
      if (signal !== null) return { type: pointTypeOf(signal, direction), rule, signal };
    }
    return { type: 'common_cause', rule: null, signal: null };
  });
}
