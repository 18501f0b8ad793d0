/*
 * How a message quotes what a file holds: a cell's text, a column's name or a value from a JSON
 * pack. A quotation is cut to QUOTE_LIMIT characters with "…", so a 1 MB cell never fills the
 * screen, and a nested value is described only a few levels deep, so no value can overflow the
 * call stack (JSON.stringify would, on a pack nested 100,000 deep).
 */

/** The most characters of a file's text a message repeats. */
export const QUOTE_LIMIT = 80;

/** How many levels of a nested value are shown; deeper lists and objects are shown as […] and {…}. */
const SHOWN_DEPTH = 3;

/** `text` cut to `limit` characters, ending in "…" when anything was cut. */
export function cut(text: string, limit = QUOTE_LIMIT): string {
  if (text.length <= limit) return text;
  // Never split a surrogate pair: the half left would show as a replacement character.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(limit - 2)) ? limit - 2 : limit - 1;
  return `${text.slice(0, end)}…`;
}

/** Characters that show nothing or move the text, named so an officer can find them in the file. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it finds.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;

/** The text with each invisible character written as <U+200B>, so "denominator<U+200B>" shows why it differs. */
export function visible(text: string): string {
  return text.replace(
    INVISIBLE,
    (character) => `<U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}

/** Whether the text has a character visible() would name. */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(text);
  INVISIBLE.lastIndex = 0;
  return found;
}

/** A file's text in quotation marks, cut and with its invisible characters named: 'abc…'. */
export function quoted(text: string, limit = QUOTE_LIMIT): string {
  return `'${cut(visible(text), limit)}'`;
}

/**
 * A value read from JSON as a message shows it, like JSON.stringify but at most `limit` characters
 * and SHOWN_DEPTH levels deep: `[[[…]]]`, `{"a":1,"b":[1,2]}`. Lists and objects are read only as
 * far as the text shown, so a list of a million items costs no more than a short one.
 */
export function describeValue(value: unknown, limit = QUOTE_LIMIT): string {
  return cut(shown(value, 0, limit + 1), limit);
}

function shown(value: unknown, depth: number, budget: number): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(cut(value, budget));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (depth >= SHOWN_DEPTH) return value.length === 0 ? '[]' : '[…]';
    return bracketed('[', ']', value, (item, left) => shown(item, depth + 1, left), budget);
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    if (depth >= SHOWN_DEPTH) return entries.length === 0 ? '{}' : '{…}';
    return bracketed(
      '{',
      '}',
      entries,
      ([key, item], left) => `${JSON.stringify(cut(key, left))}:${shown(item, depth + 1, left)}`,
      budget,
    );
  }
  // undefined, a function or a symbol, which a corrupt store could hold and JSON has no text for.
  return typeof value;
}

function bracketed<T>(
  open: string,
  close: string,
  items: readonly T[],
  show: (item: T, budget: number) => string,
  budget: number,
): string {
  let text = open;
  for (const [index, item] of items.entries()) {
    if (text.length >= budget) return `${text}…${close}`;
    text += (index > 0 ? ',' : '') + show(item, budget - text.length);
  }
  return text + close;
}
