import type { RuleId } from '../readers/rule-id';
import { countOf } from './plural';

/**
 * What a kind of warning is about, in the plural, for acknowledging each kind on its own ("the
 * warnings about large changes"). A rule without words here is named by its id.
 */
const KINDS: Partial<Record<RuleId, string>> = {
  large_change: 'large changes since the last figure',
  future_period: 'periods that have not started',
  duplicate_row: 'repeated rows',
  percent_out_of_range: 'percentages outside 0 to 100',
  numerator_over_denominator: 'counts larger than their totals',
  value_disagrees_with_counts: 'percentages that are not their counts',
  replaced_area_code: 'replaced area codes',
  ignored_column: 'columns not read',
  ignored_row: 'rows not read',
};

export function warningKind(rule: RuleId): string {
  return KINDS[rule] ?? `the rule ${rule}`;
}

/** "3 warnings about large changes since the last figure". */
export function warningsAbout(rule: RuleId, count: number): string {
  return `${countOf(count, 'warning')} about ${warningKind(rule)}`;
}
