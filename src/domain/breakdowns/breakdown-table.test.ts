import { describe, expect, it } from 'vitest';
import { cell } from '../../../test/unit/builders/breakdown';
import { dataset } from '../../../test/unit/builders/dataset';
import { tableFrom } from '../../../test/unit/tables';
import { readBreakdownCatalogue } from './breakdown-catalogue';
import { breakdownsExplaining } from './breakdown-table';

const catalogue = readBreakdownCatalogue(
  tableFrom('breakdowns.csv', [
    'id,title,dimension,dimension_label,of,headline_measure,scorecard_row,source,description,adds_up',
    'accommodation,Accommodation,category,Accommodation,care leavers,suitable_accommodation,,,,',
    'health,Health checks,category,Health check,children looked after,health_assessments,,,,no',
    'activity,Activity,category,Activity,care leavers,suitable_accommodation,,,,',
  ]),
  tableFrom('breakdown-categories.csv', ['breakdown,key,label,order', 'accommodation,suitable,Suitable,1']),
).value;

describe('breakdownsExplaining', () => {
  it('gives the breakdowns held for the area whose headline is the measure, in the catalogue’s order', () => {
    const input = dataset({
      breakdownCatalogue: catalogue,
      breakdowns: [cell('accommodation', 'suitable', 8, 10), cell('health', 'dental', 5, 10)],
    });
    expect(breakdownsExplaining(input, 'E06000047', 'suitable_accommodation').map(({ id }) => id)).toEqual([
      'accommodation',
    ]);
    expect(breakdownsExplaining(input, 'E06000001', 'suitable_accommodation')).toEqual([]);
  });
});

describe('readBreakdownCatalogue: adds_up', () => {
  it.each([
    { id: 'accommodation', addsUp: true },
    { id: 'health', addsUp: false },
  ])('reads $id as adding up: $addsUp', ({ id, addsUp }) => {
    expect(catalogue.breakdowns.find((breakdown) => breakdown.id === id)?.addsUp).toBe(addsUp);
  });

  it('refuses a value other than yes or no, naming the row', () => {
    const read = readBreakdownCatalogue(
      tableFrom('breakdowns.csv', [
        'id,title,dimension,dimension_label,of,headline_measure,adds_up',
        'a,A,c,C,x,,maybe',
      ]),
      tableFrom('breakdown-categories.csv', ['breakdown,key,label,order']),
    );
    expect(read.problems.map((problem) => problem.message)).toEqual([
      "breakdowns.csv row 2, column adds_up: 'maybe' is not yes or no. Leave it blank for yes.",
    ]);
  });
});
