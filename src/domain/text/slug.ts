/** A file-name-safe slug: "Q2 2021/22" → "q2-2021-22", "County Durham" → "county-durham". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
