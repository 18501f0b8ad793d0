/**
 * Adds the items to the end of `target`, one at a time, and returns it. `target.push(...items)`
 * passes every item as an argument to one call, which overflows the call stack from about 120,000
 * items (a large file's figures or problems); ESLint refuses that form (eslint.config.js).
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
