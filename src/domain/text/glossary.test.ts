import { describe, expect, it } from 'vitest';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { ABBREVIATIONS } from './abbreviations';
import { GLOSSARY, glossaryEntry } from './glossary';

const catalogue = loadSampleDataset().catalogue;

describe('the glossary', () => {
  it('explains every abbreviation, under the abbreviation’s own id', () => {
    for (const abbreviation of ABBREVIATIONS) {
      const entry = glossaryEntry(abbreviation.glossaryId);
      expect(entry?.term, abbreviation.short).toBe(abbreviation.short);
      expect(entry?.meaning, abbreviation.short).not.toBe('');
    }
  });

  it('gives every entry its own id', () => {
    expect(new Set(GLOSSARY.map((entry) => entry.id)).size).toBe(GLOSSARY.length);
  });

  it.each(['Statistical neighbours', 'Quartile band', 'Rank', 'Provisional', 'Suppressed', 'Direction of travel'])(
    'explains %s',
    (term) => {
      expect(GLOSSARY.map((entry) => entry.term)).toContain(term);
    },
  );

  it('knows every abbreviation the measure catalogue uses', () => {
    const known = new Set(ABBREVIATIONS.map((abbreviation) => abbreviation.short));
    // Words in capitals that are not abbreviations to spell out (YES is a code of the return, quoted).
    const plain = new Set(['UK', 'A1', 'A2', 'YES']);
    const texts = catalogue.measures.flatMap((measure) => [
      measure.title,
      measure.shortTitle,
      measure.definition,
      measure.whatThisShows,
      measure.whyItMatters,
      measure.source,
      measure.note,
    ]);
    const used = new Set(texts.flatMap((text) => text.match(/\b[A-Z][A-Za-z]*[A-Z][A-Z0-9]*\b/g) ?? []));
    expect([...used].filter((word) => !known.has(word) && !plain.has(word))).toEqual([]);
  });
});
