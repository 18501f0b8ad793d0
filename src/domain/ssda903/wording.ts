/**
 * Words the 903 engine puts in notes and messages. Kept beside the engine while the app's wording
 * module (src/domain/text/) is being reorganised; move these there once it settles.
 */
import { ukText, type Day } from './days';
import { grouped } from '../text/figures';

/** "1 child", "3 children": the word given is the singular; irregular plurals are given. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${grouped(count)} ${count === 1 ? singular : pluralForm}`;
}

export function children(count: number): string {
  return plural(count, 'child', 'children');
}

/** "rules 6 and 11", "rule 4", "rules 1, 2 and 9". */
export function ruleList(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b).map(String);
  if (sorted.length <= 1) return `rule ${sorted[0] ?? ''}`;
  return `rules ${sorted.slice(0, -1).join(', ')} and ${sorted[sorted.length - 1] ?? ''}`;
}

export function dateRange(from: Day, to: Day): string {
  return `${ukText(from)} to ${ukText(to)}`;
}
