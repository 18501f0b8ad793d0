import { describe, expect, it } from 'vitest';
import { replacementCode } from './former-codes';

describe('replacementCode', () => {
  it.each([
    { code: 'E08000016', replacement: 'E08000038' },
    { code: 'E08000019', replacement: 'E08000039' },
    { code: 'E08000038', replacement: undefined },
    { code: 'E06000047', replacement: undefined },
  ])('replaces $code with $replacement', ({ code, replacement }) => {
    expect(replacementCode(code)).toBe(replacement);
  });
});
