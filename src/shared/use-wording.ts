import { useMemo } from 'react';
import { childWordList } from '../adapters/child-words';
import { spellOutFirst } from '../domain/text/abbreviations';
import { inChildWords } from '../domain/text/child-words';
import { datesInWords } from '../domain/text/dates';
import { useSelectionStore } from './selection-store';

export interface Wording {
  /** True when the reader has asked for the Children in Care Council's words. */
  child: boolean;
  /** A sentence in the chosen words, with any date in it written out. */
  say: (text: string) => string;
  /** A measure's title in the chosen words, with the first use of each abbreviation left in it written out. */
  title: (title: string) => string;
}

const STANDARD: Wording = {
  child: false,
  say: datesInWords,
  title: (title) => datesInWords(spellOutFirst(title)),
};

/** The words the reader chose (the URL's `words=child`), for every page that shows titles and sentences. */
export function useWording(): Wording {
  const words = useSelectionStore((state) => state.words);
  return useMemo(() => {
    if (words !== 'child') return STANDARD;
    const list = childWordList().value;
    const say = (text: string) => inChildWords(datesInWords(text), list);
    // The words first: a whole title the list knows ("CLA placement breakdown") must meet the list unchanged.
    return { child: true, say, title: (title: string) => spellOutFirst(say(title)) };
  }, [words]);
}
