import { describe, expect, it } from 'vitest';
import { spellOutFirst, textParts } from './abbreviations';

describe('spellOutFirst', () => {
  it.each([
    {
      title: 'Percentage of CLA placed over 20 miles from home (outside the LA boundary)',
      written:
        'Percentage of children looked after (CLA) placed over 20 miles from home (outside the local authority (LA) boundary)',
    },
    { title: 'CLA placement breakdown', written: 'Children looked after (CLA) placement breakdown' },
    {
      title: 'Rate of children looked after (CLA) per 10,000 children aged under 18',
      written: 'Rate of children looked after (CLA) per 10,000 children aged under 18',
    },
    {
      title: 'Percentage of care leavers aged 19-21 in education, employment or training (EET)',
      written: 'Percentage of care leavers aged 19-21 in education, employment or training (EET)',
    },
    {
      title: 'Average caseload of children and family social workers (FTE)',
      written: 'Average caseload of children and family social workers (full-time equivalent, FTE)',
    },
    {
      title: 'Percentage of children on the Child Exploitation and Vulnerability Tracker who were CLA',
      written:
        'Percentage of children on the Child Exploitation and Vulnerability Tracker who were children looked after (CLA)',
    },
    {
      title: 'CLA who have had a dental check; CLA again',
      written: 'Children looked after (CLA) who have had a dental check; CLA again',
    },
    { title: 'Social worker caseloads', written: 'Social worker caseloads' },
  ])('writes out "$title"', ({ title, written }) => {
    expect(spellOutFirst(title)).toBe(written);
  });
});

describe('textParts', () => {
  it('cuts a text at each abbreviation, whole words only', () => {
    expect(
      textParts('SW/ASYE figures from LAIT and the LA').map((part) =>
        part.kind === 'abbreviation' ? `[${part.abbreviation.glossaryId}]` : part.text,
      ),
    ).toEqual(['[sw]', '/', '[asye]', ' figures from ', '[lait]', ' and the ', '[la]']);
  });

  it('gives a text without abbreviations back whole', () => {
    expect(textParts('No abbreviations here')).toEqual([{ kind: 'text', text: 'No abbreviations here' }]);
  });
});
