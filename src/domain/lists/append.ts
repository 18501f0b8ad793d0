/**
 * Adds the items to the end of `target`, one at a time, and returns it. Spreading the items into a
 * single push call passes every item as an argument, which overflows the call stack from about
 * 120,000 items (a large file's figures or problems); ESLint refuses that form (eslint.config.js).
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
