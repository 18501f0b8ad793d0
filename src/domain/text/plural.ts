/** Counts in words, with the noun (and verb) agreeing with the number. */
import { grouped } from './figures';

/** "1 figure", "2,345 figures"; `none` for zero when given ("no figures"). */
export function countOf(count: number, singular: string, plural = `${singular}s`, none?: string): string {
  if (count === 0 && none !== undefined) return none;
  return `${grouped(count)} ${count === 1 ? singular : plural}`;
}

/** The singular for one, else the plural: `plural(n, 'it is', 'they are')`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}
