import { describe, expect, test } from 'vitest';
import { MAX_COMMENTARY_LENGTH, checkCommentary } from './commentary';

describe('checkCommentary', () => {
  test.each([
    { text: '  Fewer children came into care.  ', result: { ok: true, text: 'Fewer children came into care.' } },
    { text: '', result: { ok: true, text: '' } },
    { text: 'a'.repeat(MAX_COMMENTARY_LENGTH), result: { ok: true, text: 'a'.repeat(MAX_COMMENTARY_LENGTH) } },
    {
      text: 'a'.repeat(1204),
      result: { ok: false, reason: 'The commentary is 1,204 characters long. Keep it to 1,000 characters or fewer.' },
    },
  ])('checks a note of $text.length characters', ({ text, result }) => {
    expect(checkCommentary(text)).toEqual(result);
  });
});
