import { describe, expect, it } from 'vitest';
import { dateInWords, datesInWords, monthName, monthNumberOf, monthYearInWords, todayIso } from './dates';

describe('monthName', () => {
  it.each([
    { number: 1, name: 'January' },
    { number: 9, name: 'September' },
    { number: 12, name: 'December' },
    { number: 0, name: '' },
    { number: 13, name: '' },
  ])('names month $number "$name"', ({ number, name }) => {
    expect(monthName(number)).toBe(name);
  });
});

describe('monthNumberOf', () => {
  it.each([
    { name: 'January', number: 1 },
    { name: 'september', number: 9 },
    { name: ' DECEMBER ', number: 12 },
    { name: 'Sept', number: null },
    { name: '', number: null },
  ])('reads "$name" as $number', ({ name, number }) => {
    expect(monthNumberOf(name)).toBe(number);
  });
});

describe('dates in words', () => {
  it.each([
    { iso: '2019-09-09', date: '9 September 2019', month: 'September 2019' },
    { iso: '2025-03-24', date: '24 March 2025', month: 'March 2025' },
    { iso: '2022-12-31', date: '31 December 2022', month: 'December 2022' },
    { iso: '2021-01-01', date: '1 January 2021', month: 'January 2021' },
  ])('writes $iso as "$date" and its month as "$month"', ({ iso, date, month }) => {
    expect([dateInWords(iso), monthYearInWords(iso)]).toEqual([date, month]);
  });
});

describe('todayIso', () => {
  it.each([
    { now: new Date(2022, 0, 9, 23, 59), iso: '2022-01-09' },
    { now: new Date(2021, 11, 17, 0, 30), iso: '2021-12-17' },
    { now: new Date(2022, 0, 1, 0, 5), iso: '2022-01-01' },
    { now: new Date(2021, 5, 30, 23, 59), iso: '2021-06-30' },
    { now: new Date(999, 5, 1, 12), iso: '0999-06-01' },
  ])('gives the local date of $now as $iso', ({ now, iso }) => {
    expect(todayIso(now)).toBe(iso);
  });
});

describe('datesInWords', () => {
  it.each([
    ['See chart 2: Placement mix (as at 27-Sep-21)', 'See chart 2: Placement mix (as at 27 September 2021)'],
    ['Figures as at 2021-09-30.', 'Figures as at 30 September 2021.'],
    ['Placement types on 04-Jun-2019', 'Placement types on 4 June 2019'],
    ['Not a date: 12-Foo-21, 2021-13-01', 'Not a date: 12-Foo-21, 2021-13-01'],
  ])('writes "%s" as "%s"', (text, words) => {
    expect(datesInWords(text)).toBe(words);
  });
});
