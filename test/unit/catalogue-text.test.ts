import { describe, expect, test } from 'vitest';
import { loadSampleDataset } from './sample-dataset';

const dataset = loadSampleDataset();

// The catalogue is shared by every council: its words are about the measure. Notes about one
// council or one period belong to that council's figures (the observation's note), so Stockton's
// scorecard never reads "attendance of Durham's CLA".
// Reading is a council and a school subject: "reading, writing and maths" is about the subject.
const ALSO_A_WORD = new Set(['Reading']);
const councils = dataset.areas
  .localAuthorities()
  .map((area) => area.name.replace(/^County /, ''))
  .filter((name) => !ALSO_A_WORD.has(name));

describe('the catalogue names no council', () => {
  test.each(dataset.catalogue.measures.map((measure) => ({ id: measure.id, measure })))('$id', ({ measure }) => {
    const text = [
      measure.title,
      measure.shortTitle,
      measure.definition,
      measure.whatThisShows,
      measure.whyItMatters,
      measure.source,
      measure.note,
    ].join(' ');
    expect(councils.filter((name) => new RegExp(`\\b${name}\\b`).test(text))).toEqual([]);
  });
});

describe('the key questions name no council', () => {
  test.each(dataset.catalogue.keyQuestions.map((question) => ({ id: question.id, question })))(
    '$id',
    ({ question }) => {
      const text = `${question.title} ${question.note}`;
      expect(councils.filter((name) => new RegExp(`\\b${name}\\b`).test(text))).toEqual([]);
    },
  );
});
