/** Words the SSDA903 engine puts in its notes and messages. */
import { listOf } from './lists';
import { countOf } from './plural';

/** "1 child", "3 children". */
export function children(count: number): string {
  return countOf(count, 'child', 'children');
}

/** The data-quality rules of the return by number, in order: "rule 4", "rules 6 and 11", "rules 1, 2 and 9". */
export function ruleList(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b).map(String);
  return sorted.length <= 1 ? `rule ${sorted[0] ?? ''}` : `rules ${listOf(sorted)}`;
}
