import { describe, expect, it } from 'vitest';
import { BARNSLEY } from '../../../test/unit/builders/areas';
import { formerCodePhrase, formerCodeWords, storedUnderCurrentCode } from './former-codes';

describe('the words for a code ONS replaced', () => {
  it('names the code, the council and the code that replaced it', () => {
    expect(formerCodeWords('E08000016', BARNSLEY)).toBe(
      'E08000016 is Barnsley’s code before ONS replaced it with E08000038',
    );
    expect(formerCodePhrase(BARNSLEY)).toBe('Barnsley’s code before ONS replaced it with E08000038');
  });

  it('says where a reader stored the figure and what to write next time', () => {
    expect(storedUnderCurrentCode('E08000016', BARNSLEY, 'the figure is')).toBe(
      'E08000016 is Barnsley’s code before ONS replaced it with E08000038, so the figure is stored under E08000038. Use E08000038 in the next file.',
    );
  });
});
