import { describe, expect, it } from 'vitest';
import { parseDayDate } from './day-date';

describe('parseDayDate', () => {
  it.each([
    { text: '21.07.15', iso: '2015-07-21' },
    { text: '16.02.2016', iso: '2016-02-16' },
    { text: '1.2.16', iso: '2016-02-01' },
    { text: '21/07/2015', iso: '2015-07-21' },
    { text: '21/07/15', iso: '2015-07-21' },
    { text: '21-07-2015', iso: '2015-07-21' },
    { text: ' 2015-07-21 ', iso: '2015-07-21' },
    { text: '29.02.2016', iso: '2016-02-29' },
    { text: '29.02.15', iso: null },
    { text: '31.02.2016', iso: null },
    { text: '16.13.2016', iso: null },
    { text: '21.07/15', iso: null },
    { text: '21.07.015', iso: null },
    { text: '2015-7-21', iso: null },
    { text: 'July 2015', iso: null },
    { text: '', iso: null },
  ])('reads "$text" as typed in a council table: $iso', ({ text, iso }) => {
    expect(parseDayDate(text, 'typed')).toBe(iso);
  });

  it.each([
    { text: '09/09/2019', iso: '2019-09-09' },
    { text: '9/9/2019', iso: '2019-09-09' },
    { text: '29/02/2024', iso: '2024-02-29' },
    { text: '31/02/2024', iso: null },
    { text: '09.09.2019', iso: null },
    { text: '09/09/19', iso: null },
    { text: '2019-09-09', iso: null },
  ])('reads "$text" as Ofsted publishes dates: $iso', ({ text, iso }) => {
    expect(parseDayDate(text, 'published')).toBe(iso);
  });
});
