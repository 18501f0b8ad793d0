import { codesOf, type Area } from './area';

/** Letters only, lower case, accents and punctuation dropped: "St. Helens" and "st helens" are the same name. */
function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Areas whose name or any code of theirs (codesOf: ONS code, former code, DfE LA number) matches what
 * a reader typed, best match first: names that start with the words typed, then names with a word
 * that starts with them, then any other match. "durham" finds County Durham; "E06000004" and "808"
 * both find Stockton-on-Tees, and "E08000016", Barnsley's code before 2025, finds Barnsley.
 */
export function matchAreas(areas: readonly Area[], query: string): Area[] {
  const wanted = searchKey(query);
  if (wanted === '') return [];
  const ranked: { area: Area; score: number }[] = [];
  for (const area of areas) {
    const name = searchKey(area.name);
    let score: number | null = null;
    if (name.startsWith(wanted)) score = 0;
    else if (` ${name}`.includes(` ${wanted}`)) score = 1;
    else if (name.includes(wanted)) score = 2;
    else if (codesOf(area).some(({ code }) => code.toLowerCase() === wanted)) score = 0;
    if (score !== null) ranked.push({ area, score });
  }
  return ranked
    .sort((a, b) => a.score - b.score || a.area.name.localeCompare(b.area.name, 'en-GB'))
    .map(({ area }) => area);
}
