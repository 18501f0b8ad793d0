import { describe, expect, it } from 'vitest';
import { day, episode, return903, table903 } from '../../../test/ssda903/builders';
import { lookedAfterAt } from './cla-at-date';
import { distanceBreakdown, distanceFigure, placementMiles } from './distance';
import { buildCareIndex } from './episodes';

// Invented postcodes on an invented grid: XX1 1AA at the origin of the sums below.
const lookup = new Map([
  ['XX11AA', { easting: 400_000, northing: 500_000 }],
  ['XX22BB', { easting: 410_000, northing: 500_000 }],
  ['XX33CC', { easting: 440_000, northing: 500_000 }],
  ['XX44DD', { easting: 400_000, northing: 532_186 }],
]);

describe('placement distance (SPEC N11)', () => {
  it.each([
    ['xx1 1aa', 'XX2 2BB', 6.2],
    ['XX11AA', 'XX33CC', 24.9],
    ['XX1 1AA', 'XX4 4DD', 20],
    ['XX1 1AA', 'XX9 9ZZ', null],
    ['', 'XX2 2BB', null],
  ])('from %j to %j is %s miles', (home, placement, miles) => {
    expect(placementMiles(home, placement, lookup)).toBe(miles);
  });

  const cohort = lookedAfterAt(
    buildCareIndex(
      return903([
        table903('episodes', [
          episode('near', '01/01/2021', '', { PL_POST: 'XX2 2BB' }),
          episode('far', '01/01/2021', '', { PL_POST: 'XX3 3CC' }),
          episode('edge', '01/01/2021', '', { PL_POST: 'XX4 4DD' }),
          episode('unknown', '01/01/2021', '', { PL_POST: 'XX9 9ZZ' }),
        ]),
      ]),
    ),
    day('31/03/2022'),
  );

  it('gives the % of all children looked after placed over 20 miles away, those not known kept in the denominator', () => {
    expect(distanceFigure(cohort, lookup)).toMatchObject({
      numerator: 1,
      denominator: 4,
      value: 25,
      notes: [
        'Straight-line distance between home and placement postcodes; the LA boundary is not checked.',
        'Distance not known for 1 child (a postcode blank or not in the lookup). Among the 3 with a distance, 33.3% were over 20 miles.',
      ],
    });
    expect(distanceBreakdown(cohort, lookup).cells.map((cell) => [cell.categories[0].key, cell.count])).toEqual([
      ['20_miles_or_less', 2],
      ['over_20_miles', 1],
      ['not_known', 1],
    ]);
  });

  it('is not available without a postcode lookup, and says what to add', () => {
    expect(distanceFigure(cohort, null)).toMatchObject({ value: null, status: 'not_available' });
    expect(distanceFigure(cohort, null).notes[0]).toContain('postcode lookup file (postcode,easting,northing');
  });
});
