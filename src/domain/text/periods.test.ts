import { describe, expect, it } from 'vitest';
import { period } from '../../../test/unit/builders/observation';
import { describePeriod, whenInWords } from './periods';

describe('periods in words', () => {
  it.each([
    { label: '2020/21', words: '2020/21 (April 2020 to March 2021)', when: 'in 2020/21' },
    { label: '2021/22 Q2', words: 'Quarter 2 2021/22 (July to September 2021)', when: 'at 2021/22 Q2' },
    { label: '2021/22 Q4', words: 'Quarter 4 2021/22 (January to March 2022)', when: 'at 2021/22 Q4' },
    { label: '2021-09', words: 'September 2021', when: 'at 2021-09' },
    { label: '2022-03-31', words: '31 March 2022', when: 'at 2022-03-31' },
    { label: '2019-22', words: '2019-22 (April 2019 to March 2022, three years)', when: 'in 2019-22' },
  ])('writes $label as "$words" and "$when"', ({ label, words, when }) => {
    const parsed = period(label);
    expect([describePeriod(parsed), whenInWords(parsed)]).toEqual([words, when]);
  });
});
