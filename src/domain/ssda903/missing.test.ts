import { describe, expect, it } from 'vitest';
import { day, episode, return903, table903 } from '../../../test/ssda903/builders';
import { buildCareIndex } from './episodes';
import { missingFigure, missingPeriods } from './missing';

const year = { from: day('01/04/2021'), to: day('31/03/2022') };

// Worked by hand for the year ending 31/03/2022. Looked after during it: M1, M2, A1, C1, E1, L1 (6;
// N gone by 31/03/2021). With a missing (M) period touching the year: M1 (in the year), M2 (open
// since before it, carried over), L1 (whose MIS_END is not a date, so still missing): 3 of 6.
const ret = return903([
  table903('episodes', [
    episode('M1', '01/01/2020', ''),
    episode('M2', '01/01/2020', ''),
    episode('A1', '01/01/2020', ''),
    episode('C1', '01/01/2020', ''),
    episode('E1', '01/01/2021', '01/04/2021', { REC: 'E4A' }),
    episode('L1', '01/01/2020', ''),
    episode('N', '01/01/2020', '31/03/2021', { REC: 'E4A' }),
  ]),
  table903('missing', [
    { CHILD: 'M1', DOB: '01/01/2008', MISSING: 'M', MIS_START: '10/06/2021', MIS_END: '11/06/2021' },
    { CHILD: 'M2', DOB: '01/01/2008', MISSING: 'M', MIS_START: '25/03/2021', MIS_END: '' },
    { CHILD: 'A1', DOB: '01/01/2008', MISSING: 'A', MIS_START: '10/06/2021', MIS_END: '10/06/2021' },
    { CHILD: 'C1', DOB: '01/01/2008', MISSING: 'M', MIS_START: '01/03/2021', MIS_END: '31/03/2021' },
    { CHILD: 'L1', DOB: '01/01/2008', MISSING: 'M', MIS_START: '01/01/2022', MIS_END: 'soon' },
    { CHILD: 'N', DOB: '01/01/2008', MISSING: 'M', MIS_START: '01/06/2021', MIS_END: '02/06/2021' },
    { CHILD: 'C1', DOB: '01/01/2008', MISSING: 'X', MIS_START: '01/06/2021', MIS_END: '' },
    { CHILD: 'C1', DOB: '01/01/2008', MISSING: 'M', MIS_START: '05/06/2021', MIS_END: '01/06/2021' },
  ]),
]);

describe('missing from care (SPEC N12)', () => {
  it('keeps the usable periods: a valid start and type, an end on or after the start or none', () => {
    const periods = missingPeriods(ret);
    expect(periods.get('C1')).toHaveLength(1);
    expect(periods.get('L1')).toEqual([{ kind: 'M', start: day('01/01/2022'), end: null }]);
  });

  it('gives the % of children looked after during the year with a missing period touching it', () => {
    const figure = missingFigure(buildCareIndex(ret), missingPeriods(ret), year);
    expect(figure).toMatchObject({ numerator: 3, denominator: 6, value: 50 });
  });
});
