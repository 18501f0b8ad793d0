/**
 * How many rows one slide holds, and how a long list is shared out over slides. A key question's
 * table of 10 measures does not fit a projected slide in type large enough to read from the back
 * of a committee room, so it continues on a second slide ("(2 of 2)") instead of scrolling.
 */

/** The most measures one key-question slide shows; at 1280×720 and 1920×1080 five rows fit with the title and controls. */
export const ROWS_PER_SLIDE = 5;

/** The items in as few pages as hold them, shared out evenly (7 → 4 and 3, never 5 and 2), in order. */
export function pagesOf<T>(items: readonly T[], perPage: number = ROWS_PER_SLIDE): T[][] {
  if (items.length === 0) return [[]];
  const count = Math.ceil(items.length / perPage);
  const size = Math.ceil(items.length / count);
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages;
}

/** "(2 of 3)" after a continued slide's title; nothing for a slide on its own. */
export function partOf(part: number, parts: number): string {
  return parts > 1 ? ` (${part} of ${parts})` : '';
}
