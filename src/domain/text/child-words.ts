/**
 * The words a Children in Care Council uses in place of professional terms ("home" for placement,
 * "children in care" for CLA), applied to titles, sentences and the glossary when the reader asks
 * for them. The list itself is data (data/child-friendly-words.csv, read by readers/word-list.ts).
 */

export interface WordChange {
  /** The professional words, matched as whole words whatever their case: "placement". */
  words: string;
  /** What young people say instead: "home". */
  childWords: string;
}

export interface WordList {
  changes: readonly WordChange[];
  pattern: RegExp | null;
  byWords: ReadonlyMap<string, string>;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The list made ready to apply: longest words first, so "placement changes" wins over "placement". */
export function wordList(changes: readonly WordChange[]): WordList {
  const ordered = [...changes].sort((a, b) => b.words.length - a.words.length);
  const byWords = new Map(ordered.map((change) => [change.words.toLowerCase(), change.childWords]));
  const pattern =
    ordered.length === 0
      ? null
      : new RegExp(`(?<![\\w’'-])(?:${ordered.map((change) => escaped(change.words)).join('|')})(?![\\w’'-])`, 'gi');
  return { changes: ordered, pattern, byWords };
}

/**
 * The text in the list's words: each listed phrase replaced once, left to right, never inside a
 * replacement. A capital is kept where the original began with one ("Placement" → "Home"), and an
 * abbreviation in capitals gets one only where it starts a sentence ("CLA who…" → "Children in care who…").
 */
export function inChildWords(text: string, list: WordList): string {
  if (!list.pattern) return text;
  return text.replace(list.pattern, (found: string, offset: number) => {
    const replacement = list.byWords.get(found.toLowerCase()) ?? found;
    const capital = found.charAt(0) !== found.charAt(0).toLowerCase();
    const abbreviation = found === found.toUpperCase();
    const startsSentence = /(^|[.!?:]\s+)$/.test(text.slice(0, offset));
    return capital && (!abbreviation || startsSentence)
      ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
      : replacement;
  });
}
