import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addYears,
  civilFromDay,
  collectionYearOf,
  completedYears,
  dayFromCivil,
  financialYearStartDay,
  parseIsoDate,
  parseUkDate,
  ukText,
} from './days';

const uk = (text: string) => {
  const day = parseUkDate(text);
  if (day === null) throw new Error(text);
  return day;
};

describe('903 dates', () => {
  it.each([
    ['01/04/2021', '01/04/2021'],
    ['1/4/2021', '01/04/2021'],
    ['29/02/2024', '29/02/2024'],
    ['31/12/1999', '31/12/1999'],
  ])('reads %s as %s', (text, expected) => {
    expect(ukText(uk(text))).toBe(expected);
  });

  it.each(['29/02/2021', '31/04/2021', '2021-04-01', '01/04/21', '', 'yesterday', '00/01/2021', '01/13/2021'])(
    'refuses %j',
    (text) => {
      expect(parseUkDate(text)).toBeNull();
    },
  );

  it('reads ISO dates for the command line', () => {
    expect(parseIsoDate('2022-03-31')).toBe(uk('31/03/2022'));
    expect(parseIsoDate('2022-02-30')).toBeNull();
  });

  it('round-trips every day of a leap year and its neighbours', () => {
    for (let day = dayFromCivil(2023, 1, 1); day <= dayFromCivil(2025, 12, 31); day += 1) {
      const { year, month, day: dayOfMonth } = civilFromDay(day);
      expect(dayFromCivil(year, month, dayOfMonth)).toBe(day);
    }
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
  });

  it.each([
    ['31/03/2018', -30, '30/09/2015'],
    ['31/03/2018', -24, '31/03/2016'],
    ['31/03/2022', -12, '31/03/2021'],
    ['31/01/2021', 1, '28/02/2021'],
    ['29/02/2024', -12, '28/02/2023'],
    ['30/09/2021', -36, '30/09/2018'],
  ])('%s plus %i months is %s (clamped to the month end)', (from, months, expected) => {
    expect(ukText(addMonths(uk(from), months))).toBe(expected);
  });

  it.each([
    ['29/02/2004', 1, '01/03/2005'],
    ['29/02/2004', 4, '29/02/2008'],
    ['15/06/2010', 18, '15/06/2028'],
  ])('the anniversary of %s after %i years is %s', (from, years, expected) => {
    expect(ukText(addYears(uk(from), years))).toBe(expected);
  });

  it.each([
    ['15/06/2010', '14/06/2026', 15],
    ['15/06/2010', '15/06/2026', 16],
    ['29/02/2008', '28/02/2025', 16],
    ['29/02/2008', '01/03/2025', 17],
    ['01/04/2021', '31/03/2022', 0],
    ['01/04/2021', '01/04/2022', 1],
    ['02/04/2021', '01/04/2021', -1],
  ])('from %s to %s is %i completed years (the anniversary counts)', (from, to, years) => {
    expect(completedYears(uk(from), uk(to))).toBe(years);
  });

  it.each([
    ['31/03/2022', 2022, '01/04/2021'],
    ['01/04/2021', 2022, '01/04/2021'],
    ['30/09/2021', 2022, '01/04/2021'],
  ])('%s is in the collection year ending %i, which starts %s', (text, year, start) => {
    expect(collectionYearOf(uk(text))).toBe(year);
    expect(ukText(financialYearStartDay(uk(text)))).toBe(start);
  });
});
