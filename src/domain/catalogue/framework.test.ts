import { describe, expect, it } from 'vitest';
import { measuresById } from '../../../test/unit/builders/catalogue';
import { CLA_RATE, THREE_PLUS_PLACEMENTS } from '../../../test/unit/builders/measure';
import { located, tableFrom } from '../../../test/unit/tables';
import { frameworkHeadings, readFrameworks } from './framework';

const HEADER = 'framework,framework_title,group,heading,order,measure,metric,source';
const measures = measuresById([CLA_RATE, THREE_PLUS_PLACEMENTS]);

function frameworks(...rows: string[]) {
  return readFrameworks(tableFrom('frameworks.csv', [HEADER, ...rows]), measures);
}

describe('readFrameworks', () => {
  it('reads each framework with its metrics in their order, whatever the order of the rows', () => {
    const read = frameworks(
      'national,National Framework,Outcome 4,Stability,2,cla_3plus_placements,3 or more placements,placements.csv',
      'national,National Framework,Outcome 1,Family stability,1,cla_rate,Children looked after per 10000,rates.csv',
      'national,National Framework,Enabler,Ethnicity,3,,Social workers from ethnic minorities,not shipped: eth.csv',
    );
    expect(read.problems).toEqual([]);
    expect(read.value).toEqual([
      {
        id: 'national',
        title: 'National Framework',
        metrics: [
          {
            order: 1,
            group: 'Outcome 1',
            heading: 'Family stability',
            measureId: 'cla_rate',
            metric: 'Children looked after per 10000',
            source: 'rates.csv',
          },
          {
            order: 2,
            group: 'Outcome 4',
            heading: 'Stability',
            measureId: 'cla_3plus_placements',
            metric: '3 or more placements',
            source: 'placements.csv',
          },
          {
            order: 3,
            group: 'Enabler',
            heading: 'Ethnicity',
            measureId: null,
            metric: 'Social workers from ethnic minorities',
            source: 'not shipped: eth.csv',
          },
        ],
      },
    ]);
  });

  it.each([
    { row: 'National,N,Outcome 1,Heading,1,cla_rate,m,f', rule: 'invalid_id', column: 'framework' },
    { row: 'national,N,Outcome 1,Heading,first,cla_rate,m,f', rule: 'invalid_rank', column: 'order' },
    { row: 'national,N,Outcome 1,Heading,0,cla_rate,m,f', rule: 'invalid_rank', column: 'order' },
    { row: 'national,N,Outcome 1,Heading,1,cla_rates,m,f', rule: 'unknown_measure', column: 'measure' },
    { row: 'national,N,,Heading,1,cla_rate,m,f', rule: 'missing_heading', column: 'group' },
    { row: 'national,N,Outcome 1,,1,cla_rate,m,f', rule: 'missing_heading', column: 'heading' },
  ])('refuses a row with $rule in $column, saying where', ({ row, rule, column }) => {
    const read = frameworks(row);
    expect(read.problems.map(located)).toEqual([{ rule, severity: 'error', row: 2, column }]);
    expect(read.value).toEqual([]);
  });

  it('refuses a second metric at the same place, keeping the first', () => {
    const read = frameworks(
      'national,N,Outcome 1,H,1,cla_rate,m,f',
      'national,N,Outcome 1,H,1,cla_3plus_placements,m,f',
    );
    expect(read.problems.map(located)).toEqual([
      { rule: 'duplicate_rank', severity: 'error', row: 3, column: 'order' },
    ]);
    expect(read.problems[0]?.message).toBe(
      "frameworks.csv row 3, column order: framework 'national' already has a metric at place 1: give each metric its own place.",
    );
    expect(read.value[0]?.metrics.map((metric) => metric.measureId)).toEqual(['cla_rate']);
  });

  it('says which column a file without the columns lacks', () => {
    const read = readFrameworks(tableFrom('frameworks.csv', ['framework,group', 'national,Outcome 1']), measures);
    expect(read.problems.map(located).map((problem) => problem.column)).toEqual([
      'framework_title',
      'heading',
      'order',
      'measure',
    ]);
  });
});

describe('frameworkHeadings', () => {
  it('gathers metrics under each heading of each outcome in the framework order', () => {
    const read = frameworks(
      'national,N,Outcome 1,Family stability,1,cla_rate,a,f',
      'national,N,Outcome 1,Family stability,2,,b,f',
      'national,N,Outcome 4,Stability,3,cla_3plus_placements,c,f',
    );
    const framework = read.value[0];
    if (!framework) throw new Error('no framework');
    expect(
      frameworkHeadings(framework).map(({ group, heading, metrics }) => [group, heading, metrics.map((m) => m.metric)]),
    ).toEqual([
      ['Outcome 1', 'Family stability', ['a', 'b']],
      ['Outcome 4', 'Stability', ['c']],
    ]);
  });
});
