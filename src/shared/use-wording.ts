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
  /** A measure's title: its abbreviations' first use written out, then in the chosen words. */
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
    return { child: true, say, title: (title: string) => say(spellOutFirst(title)) };
  }, [words]);
}
