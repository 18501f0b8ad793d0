import { describe, expect, it } from 'vitest';
import { period } from '../../../test/unit/builders/observation';
import { describePeriod, periodName, whenInWords } from './periods';

describe('periods in words', () => {
  it.each([
    { label: '2020/21', words: '2020/21 (April 2020 to March 2021)', name: '2020/21', when: 'in 2020/21' },
    {
      label: '2021/22 Q2',
      words: 'Quarter 2 2021/22 (July to September 2021)',
      name: 'Q2 2021/22',
      when: 'at Q2 2021/22',
    },
    {
      label: '2021/22 Q4',
      words: 'Quarter 4 2021/22 (January to March 2022)',
      name: 'Q4 2021/22',
      when: 'at Q4 2021/22',
    },
    { label: '2021-09', words: 'September 2021', name: 'September 2021', when: 'at September 2021' },
    { label: '2022-03-31', words: '31 March 2022', name: '31 March 2022', when: 'at 31 March 2022' },
    {
      label: '2019-22',
      words: '2019-22 (April 2019 to March 2022, three years)',
      name: '2019/20 to 2021/22',
      when: 'in 2019/20 to 2021/22',
    },
  ])('writes $label as "$words", "$name" and "$when"', ({ label, words, name, when }) => {
    const parsed = period(label);
    expect([describePeriod(parsed), periodName(parsed), whenInWords(parsed)]).toEqual([words, name, when]);
  });
});
