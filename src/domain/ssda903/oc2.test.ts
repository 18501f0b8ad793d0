import { describe, expect, it } from 'vitest';
import { day, episode, header, return903, table903, type Cells } from '../../../test/ssda903/builders';
import { asAtContext } from './as-at';
import { lookedAfterAt } from './cla-at-date';
import { buildCareIndex } from './episodes';
import { oc2ByYear, oc2Figures } from './oc2';

function oc2(child: string, dob: string, cells: Cells): Cells {
  return {
    CHILD: child,
    DOB: dob,
    HEALTH_ASSESSMENT: '0',
    TEETH_CHECK: '0',
    IMMUNISATIONS: '0',
    SUBSTANCE_MISUSE: '0',
    ...cells,
  };
}

// Worked by hand for 31/03/2022. The cohort (looked after then, in care since 01/04/2021 or before):
// c1 (aged 3), c2 (12, in care from 01/04/2021 exactly), c3 (15, no OC2 record), c5 (16): 4 children;
// c4 started on 02/04/2021 and is not in it.
const ret = return903([
  table903('episodes', [
    episode('c1', '01/06/2020', ''),
    episode('c2', '01/04/2021', ''),
    episode('c3', '01/01/2019', ''),
    episode('c4', '02/04/2021', ''),
    episode('c5', '01/01/2018', ''),
  ]),
  table903('header', [
    header('c1', '01/06/2018'),
    header('c2', '01/01/2010'),
    header('c3', '01/01/2007'),
    header('c4', '01/01/2014'),
    header('c5', '01/01/2006'),
  ]),
  table903(
    'oc2',
    [
      oc2('c1', '01/06/2018', {
        HEALTH_ASSESSMENT: '1',
        TEETH_CHECK: '1',
        IMMUNISATIONS: '1',
        HEALTH_CHECK: '1',
        SDQ_REASON: 'SDQ1',
      }),
      oc2('c2', '01/01/2010', {
        HEALTH_ASSESSMENT: '1',
        IMMUNISATIONS: '1.0',
        CONVICTED: '1',
        SUBSTANCE_MISUSE: '1',
        SDQ_SCORE: '20',
      }),
      oc2('c4', '01/01/2014', { HEALTH_ASSESSMENT: '1', SDQ_SCORE: '5' }),
      oc2('c5', '01/01/2006', { TEETH_CHECK: '1', CONVICTED: '0', SDQ_SCORE: '10' }),
    ],
    'oc2_2021-22.csv',
  ),
]);
const index = buildCareIndex(ret);

describe('OC2 health and wellbeing (SPEC N13)', () => {
  const yearEnd = asAtContext(day('31/03/2022'));
  const figures = new Map(
    oc2Figures(lookedAfterAt(index, yearEnd.day), yearEnd, oc2ByYear(ret)).map((figure) => [figure.measureId, figure]),
  );

  it.each([
    ['cla_health_assessments', 2, 4, 50],
    ['cla_dental_checks', 2, 4, 50],
    ['cla_immunisations', 2, 4, 50],
    ['cla_development_assessments', 1, 1, 100],
    ['cla_convictions_percent', 1, 3, (1 / 3) * 100],
    ['cla_substance_misuse', 1, 4, 25],
  ])('%s: %i of %i', (id, numerator, denominator, value) => {
    const figure = figures.get(id);
    expect(figure).toMatchObject({ numerator, denominator, status: 'final' });
    expect(figure?.value).toBeCloseTo(value, 6);
  });

  it('averages the SDQ scores of those aged 5 to 16 who have one', () => {
    expect(figures.get('cla_sdq_score')).toMatchObject({
      value: 15,
      numerator: null,
      denominator: 2,
      notes: ['2 children of the 3 aged 5 to 16 had a score.'],
    });
  });

  it('is reported annually at any date but 31 March', () => {
    const quarter = asAtContext(day('30/09/2021'));
    const inYear = oc2Figures(lookedAfterAt(index, quarter.day), quarter, oc2ByYear(ret));
    expect(inYear.map((figure) => figure.status)).toEqual(Array(7).fill('reported_annually'));
  });

  it("is not available for a year whose OC2 table was not given, and says which years' were", () => {
    const earlier = asAtContext(day('31/03/2021'));
    const [first] = oc2Figures(lookedAfterAt(index, earlier.day), earlier, oc2ByYear(ret));
    expect(first).toMatchObject({
      status: 'not_available',
      notes: ['No OC2 table for the year ending 31/03/2021 (the files give OC2 for the year ending 31 March 2022).'],
    });
  });
});
