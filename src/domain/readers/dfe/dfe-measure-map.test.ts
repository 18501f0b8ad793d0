import { describe, expect, it } from 'vitest';
import { csvTable, located } from '../../../../test/unit/tables';
import { readDfeMeasureMap } from './dfe-measure-map';

describe('readDfeMeasureMap: one broken line per rule', () => {
  const HEADER =
    'measure,header_signature,indicator,filters,numerator,denominator,unit_scale,reporting_year,note,per_population,value_format,exact_counts';
  it.each([
    {
      line: 'Cla Rate,rate_per_10000,rate_per_10000,,,,,,',
      rule: 'invalid_id',
      column: 'measure',
      says: "'Cla Rate' is not a measure id",
    },
    {
      line: 'cla_rate,,rate_per_10000,,,,,,',
      rule: 'missing_signature',
      column: 'header_signature',
      says: 'give the columns (separated by ;)',
    },
    {
      line: 'cla_rate,rate_per_10000,,,,,,,',
      rule: 'missing_indicator',
      column: 'indicator',
      says: 'give the column that holds the figure',
    },
    {
      line: 'cla_rate,rate_per_10000,rate_per_10000,population_type,,,,,',
      rule: 'invalid_filter',
      column: 'filters',
      says: "'population_type' is not a filter: write column=value",
    },
    {
      line: 'cla_rate,rate_per_10000,rate_per_10000,a=1;A=2,,,,,',
      rule: 'invalid_filter',
      column: 'filters',
      says: 'the column a is filtered twice',
    },
    {
      line: 'cla_rate,rate_per_10000,rate_per_10000,a=1,children_count@b=Total,,,,',
      rule: 'invalid_count_source',
      column: 'numerator',
      says: "changes b, which is not one of the mapping's filters (a)",
    },
    {
      line: 'cla_rate,rate_per_10000,rate_per_10000,,,@a=1,,,',
      rule: 'invalid_count_source',
      column: 'denominator',
      says: "'@a=1' names no column",
    },
    {
      line: 'cla_rate,rate_per_10000,rate_per_10000,,,,0,,',
      rule: 'invalid_unit_scale',
      column: 'unit_scale',
      says: "'0' is not a scale",
    },
    {
      line: 'cla_rate,rate_per_10000,rate_per_10000,,,,,calendar,',
      rule: 'invalid_reporting_year',
      column: 'reporting_year',
      says: "'calendar' is not a reporting year: use year_to_31_march or at_30_september",
    },
    {
      line: 'neglect_rate,neglect,neglect,,,,10000,,,adults,',
      rule: 'invalid_per_population',
      column: 'per_population',
      says: "'adults' is not a population: use children_0_17",
    },
    {
      line: 'adoption_months,number,number,,,,,,,,weeks',
      rule: 'invalid_value_format',
      column: 'value_format',
      says: "'weeks' is not a value format: use number or years_months or percent_complement",
    },
    {
      line: 'cla_3plus_placements,children_percent,children_percent,,children_count,children_count,,,,,,all',
      rule: 'invalid_exact_counts',
      column: 'exact_counts',
      says: "'all' is not whose counts are exact: use councils",
    },
  ])('refuses $rule in column $column', ({ line, rule, column, says }) => {
    const read = readDfeMeasureMap(csvTable('map.csv', [HEADER, line]));
    expect(read.value.mappings).toEqual([]);
    expect(read.problems.map(located)).toEqual([{ rule, severity: 'error', row: 2, column }]);
    expect(read.problems[0]?.message).toContain(`map.csv row 2, column ${column}: `);
    expect(read.problems[0]?.message).toContain(says);
  });

  it('refuses a line that repeats another, naming the first', () => {
    const line = 'cla_rate,population_type;rate_per_10000,rate_per_10000,population_type=A,,,,,';
    const read = readDfeMeasureMap(
      csvTable('map.csv', [
        HEADER,
        line,
        line.replace('population_type;rate_per_10000', 'RATE_PER_10000; population_type'),
      ]),
    );
    expect(read.value.mappings).toHaveLength(1);
    expect(read.problems.map(located)).toEqual([
      { rule: 'duplicate_mapping', severity: 'error', row: 3, column: 'measure' },
    ]);
    expect(read.problems[0]?.message).toContain('repeats row 2');
  });

  it('reads filters, counts from a Total row, a blank scale as 1 and a blank reporting year as the year to 31 March', () => {
    const read = readDfeMeasureMap(
      csvTable('map.csv', [
        HEADER,
        'cla_3plus_placements,Children_Percent,children_percent," CLA_group = CLA on 31 March ;placement_stability=With 3 or more placements",children_count,children_count@placement_stability=Total children,,,why',
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.value.mappings).toEqual([
      {
        measureId: 'cla_3plus_placements',
        headerSignature: ['children_percent'],
        indicator: 'children_percent',
        filters: [
          { column: 'cla_group', value: 'CLA on 31 March' },
          { column: 'placement_stability', value: 'With 3 or more placements' },
        ],
        numerator: { column: 'children_count', sibling: null },
        denominator: { column: 'children_count', sibling: { column: 'placement_stability', value: 'Total children' } },
        unitScale: 1,
        reportingYear: 'year_to_31_march',
        perPopulation: null,
        valueFormat: 'number',
        exactCounts: null,
        fileNames: [],
        note: 'why',
        row: 2,
      },
    ]);
  });
});
