import { describe, expect, it } from 'vitest';
import { day, episode, return903, table903 } from '../../../test/ssda903/builders';
import {
  lookedAfterAt,
  lookedAfterFigures,
  placedForAdoptionFigure,
  rateFigure,
  uascFigure,
  uascStatus,
} from './cla-at-date';
import { buildCareIndex } from './episodes';

// Worked by hand for 31/03/2022: A, D, F and G are looked after (4); B ceased that morning, C is on
// short breaks only, E starts later. F is UASC; G stopped being UASC on 01/03/2022. D is placed for adoption.
const ret = return903([
  table903('episodes', [
    episode('A', '01/06/2020', ''),
    episode('B', '01/04/2021', '31/03/2022', { REC: 'E4A' }),
    episode('C', '01/03/2022', '', { LS: 'V3' }),
    episode('D', '01/01/2022', '', { PLACE: 'A5', LS: 'E1' }),
    episode('E', '01/04/2022', ''),
    episode('F', '10/10/2021', '', { LS: 'V2', CIN: 'N7' }),
    episode('G', '01/09/2021', ''),
  ]),
  table903('uasc', [
    { CHILD: 'F', SEX: '1', DOB: '01/01/2006', DUC: '' },
    { CHILD: 'G', SEX: '1', DOB: '01/02/2004', DUC: '01/03/2022' },
  ]),
]);
const index = buildCareIndex(ret);
const cohort = lookedAfterAt(index, day('31/03/2022'));

describe('children looked after at a date (SPEC N5, N8)', () => {
  it('counts the children with a non-short-break episode in force on the day', () => {
    expect(cohort.map(({ child }) => child.id)).toEqual(['A', 'D', 'F', 'G']);
  });

  it('gives the number and the rate per 10,000 children aged 0 to 17', () => {
    const [count, rate] = lookedAfterFigures(cohort, { population: 20_000, year: 2021, wanted: 2021 });
    expect(count).toMatchObject({ measureId: 'cla_count', value: 4, numerator: 4, denominator: null, status: 'final' });
    expect(rate).toMatchObject({ measureId: 'cla_rate', value: 2, numerator: 4, denominator: 20_000 });
  });

  it('has no rate without a population, and says how many children there are', () => {
    expect(rateFigure('cla_rate', 4, [], null)).toMatchObject({
      value: null,
      status: 'not_available',
      notes: ['No ONS population estimate for the area, so no rate (4 children).'],
    });
  });

  it('counts as UASC on the day those in the UASC table whose status had not ceased (DUC blank or later)', () => {
    expect(uascFigure(cohort, uascStatus(ret), day('31/03/2022'))).toMatchObject({
      value: 25,
      numerator: 1,
      denominator: 4,
    });
    expect(uascFigure(cohort, uascStatus(ret), day('28/02/2022'))).toMatchObject({ numerator: 2, denominator: 4 });
  });

  it('counts the children placed with prospective adopters (A3–A6)', () => {
    expect(placedForAdoptionFigure(cohort)).toMatchObject({ value: 1, counted: ['D'] });
  });
});
