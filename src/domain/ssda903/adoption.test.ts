import { describe, expect, it } from 'vitest';
import { day, episode, return903, table903 } from '../../../test/ssda903/builders';
import { adoptedPercentFigure, adoptionTimeFigures, adoptionTimes, matchDates } from './adoption';
import { buildCareIndex } from './episodes';

// Worked by hand. a1: in care 01/01/2020, placement order 01/06/2020, placed with adopters
// 01/09/2020 (A1 = 244 days, 2020 being a leap year), matched 15/08/2020 (A2 = 75), adopted 01/03/2022.
// a2: in care 01/04/2019, order and placement with its foster carers 01/01/2020 (A1 = 275), matched
// 01/12/2019, before the order (A2 = 0), adopted 01/06/2021. a3 went home. a4: in care 01/01/2019 under
// a placement order, placed 01/07/2019 (A1 = 181), matched 01/06/2019 (A2 = 151), adopted 01/02/2020.
// a5 was adopted with no adoption placement first: left out of A1 and A2.
const ret = return903([
  table903('episodes', [
    episode('a1', '01/01/2020', '01/06/2020', { LS: 'C1', REC: 'X1' }),
    episode('a1', '01/06/2020', '01/09/2020', { RNE: 'L', LS: 'E1', REC: 'X1' }),
    episode('a1', '01/09/2020', '01/03/2022', { RNE: 'P', LS: 'E1', PLACE: 'A6', REC: 'E11' }),
    episode('a2', '01/04/2019', '01/01/2020', { PLACE: 'U1', REC: 'X1' }),
    episode('a2', '01/01/2020', '01/06/2021', { RNE: 'U', LS: 'E1', PLACE: 'A5', REC: 'E12' }),
    episode('a3', '01/05/2021', '01/07/2021', { REC: 'E4A' }),
    episode('a4', '01/01/2019', '01/07/2019', { LS: 'E1', REC: 'X1' }),
    episode('a4', '01/07/2019', '01/02/2020', { RNE: 'P', LS: 'E1', PLACE: 'A6', REC: 'E11' }),
    episode('a5', '01/01/2021', '01/12/2021', { LS: 'E1', REC: 'E11' }),
  ]),
  table903('ad1', [
    { CHILD: 'a1', DOB: '01/01/2019', DATE_INT: '01/05/2020', DATE_MATCH: '15/08/2020' },
    { CHILD: 'a2', DOB: '01/01/2018', DATE_INT: '01/11/2019', DATE_MATCH: '01/12/2019' },
    { CHILD: 'a4', DOB: '01/10/2018', DATE_INT: '01/01/2019', DATE_MATCH: '01/06/2019' },
  ]),
]);
const index = buildCareIndex(ret);
const oneYear = { from: day('01/04/2021'), to: day('31/03/2022') };
const threeYears = { from: day('01/04/2019'), to: day('31/03/2022') };

describe('adoption (SPEC §3.12, N15)', () => {
  it('gives the % of children ceasing in the year who were adopted', () => {
    expect(adoptedPercentFigure(index, oneYear)).toMatchObject({ numerator: 3, denominator: 4, value: 75 });
  });

  it.each([
    ['the year', oneYear, [244, 275], [75, 0], 3],
    ['three years', threeYears, [244, 275, 181], [75, 0, 151], 4],
  ])('gives A1 and A2 days for each child adopted in %s', (_window, window, a1, a2, adopted) => {
    const times = adoptionTimes(index, matchDates(ret), window);
    expect(times).toMatchObject({ adopted, a1, a2, notPlaced: 1, noAuthority: 0, noMatch: 0 });
  });

  it('averages them, with the children left out named in the note', () => {
    const [a1, a2] = adoptionTimeFigures(adoptionTimes(index, matchDates(ret), threeYears), 'a1', 'a2');
    expect(a1?.value).toBeCloseTo(700 / 3, 6);
    expect(a1).toMatchObject({ numerator: null, denominator: 3 });
    expect(a2?.value).toBeCloseTo(226 / 3, 6);
    expect(a2?.notes).toEqual(['4 children adopted.', '1 child not placed for adoption first left out.']);
  });

  it('leaves a child with no AD1 match date out of A2 only', () => {
    const times = adoptionTimes(index, new Map(), oneYear);
    expect(times).toMatchObject({ a1: [244, 275], a2: [], noMatch: 2 });
  });
});
