import type { Area } from '../areas/area';

/**
 * A code ONS replaced, in the same words wherever it is met (a link, the command line's --area, an
 * uploaded file, a saved version or pack, Ofsted's sheets): "E08000016 is Barnsley’s code before ONS
 * replaced it with E08000038".
 */
export function formerCodeWords(code: string, council: Area): string {
  return `${code} is ${formerCodePhrase(council)}`;
}

/** "Barnsley’s code before ONS replaced it with E08000038", for a sentence that names the code itself. */
export function formerCodePhrase(council: Area): string {
  return `${council.name}’s code before ONS replaced it with ${council.code}`;
}

/** The warning a reader gives when it stores a figure under the code that replaced the one written. */
export function storedUnderCurrentCode(code: string, council: Area, what = 'its figures are'): string {
  return `${formerCodeWords(code, council)}, so ${what} stored under ${council.code}. Use ${council.code} in the next file.`;
}
