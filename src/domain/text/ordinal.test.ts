import { describe, expect, it } from 'vitest';
import { ordinal } from './ordinal';

describe('ordinal', () => {
  it.each([
    { n: 1, text: '1st' },
    { n: 2, text: '2nd' },
    { n: 3, text: '3rd' },
    { n: 4, text: '4th' },
    { n: 10, text: '10th' },
    { n: 11, text: '11th' },
    { n: 12, text: '12th' },
    { n: 13, text: '13th' },
    { n: 21, text: '21st' },
    { n: 22, text: '22nd' },
    { n: 23, text: '23rd' },
    { n: 101, text: '101st' },
    { n: 111, text: '111th' },
    { n: 112, text: '112th' },
    { n: 153, text: '153rd' },
  ])('writes $n as $text', ({ n, text }) => {
    expect(ordinal(n)).toBe(text);
  });
});
