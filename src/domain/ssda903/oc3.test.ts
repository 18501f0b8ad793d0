import { describe, expect, it } from 'vitest';
import { day, return903, table903 } from '../../../test/ssda903/builders';
import { asAtContext } from './as-at';
import { oc3ByYear, oc3Figures } from './oc3';

function leaver(child: string, dob: string, inTouch: string, activity: string, accommodation: string) {
  return { CHILD: child, DOB: dob, IN_TOUCH: inTouch, ACTIV: activity, ACCOM: accommodation };
}

// Worked by hand for the year ending 31/03/2022, by the birthday that fell in it:
// 17-18: o1 (17, EET, suitable), o2 (18, NEET, unsuitable); o3 died and o8 returned home: left out.
// 19-21: o4 (20, higher education, suitable), o5 (20, not in touch), o6 (19, refused contact, abroad).
// o7 is 22: out of scope.
const ret = return903([
  table903(
    'oc3',
    [
      leaver('o1', '15/06/2004', 'YES', 'F2', 'U1'),
      leaver('o2', '01/01/2004', 'YES', 'G5', 'S2'),
      leaver('o3', '01/10/2003', 'DIED', '0', '0'),
      leaver('o4', '01/05/2001', 'YES', 'F1', 'Z1'),
      leaver('o5', '01/02/2002', 'NO', '0', '0'),
      leaver('o6', '01/07/2002', 'REFU', '0', 'G1'),
      leaver('o7', '01/08/1999', 'YES', 'F2', 'U1'),
      leaver('o8', '01/03/2005', 'RHOM', '0', '0'),
    ],
    'oc3_2021-22.csv',
  ),
]);

function figuresAt(date: string) {
  return new Map(
    oc3Figures(oc3ByYear(ret), asAtContext(day(date)), new Map()).map((figure) => [figure.measureId, figure]),
  );
}

describe('care leavers (SPEC N14)', () => {
  const year = figuresAt('31/03/2022');

  it.each([
    ['care_leavers_17_18_eet', 1, 2],
    ['care_leavers_17_18_suitable_accommodation', 1, 2],
    ['care_leavers_17_18_higher_education', 0, 2],
    ['care_leavers_17_18_in_touch', 2, 2],
    ['care_leavers_19_21_eet', 1, 3],
    ['care_leavers_19_21_suitable_accommodation', 1, 2],
    ['care_leavers_19_21_higher_education', 1, 3],
    ['care_leavers_19_21_in_touch', 1, 3],
  ])('%s in the year: %i of %i', (id, numerator, denominator) => {
    expect(year.get(id)).toMatchObject({ numerator, denominator, status: 'final' });
  });

  it('says who was left out and why', () => {
    expect(year.get('care_leavers_17_18_eet')?.notes).toEqual([
      '2 children who died or returned home for 6 months or more left out.',
    ]);
    expect(year.get('care_leavers_19_21_suitable_accommodation')?.notes).toEqual([
      '1 child abroad, deported or with residence not known left out.',
    ]);
  });

  it('in year counts those whose birthday fell from 1 April to the date (year to date)', () => {
    const halfYear = figuresAt('30/09/2021');
    expect(halfYear.get('care_leavers_17_18_eet')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(halfYear.get('care_leavers_19_21_eet')).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('is not available for a year with no OC3 table', () => {
    expect(figuresAt('31/03/2023').get('care_leavers_17_18_eet')).toMatchObject({ status: 'not_available' });
  });
});
