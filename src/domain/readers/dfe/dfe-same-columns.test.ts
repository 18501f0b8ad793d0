import { describe, expect, it } from 'vitest';
import { HARTLEPOOL, STOCKTON } from '../../../../test/unit/builders/areas';
import { observationContext } from '../../../../test/unit/builders/catalogue';
import { measure } from '../../../../test/unit/builders/measure';
import { claFile, workforceFile } from '../../../../test/unit/builders/ees';
import { csvTable } from '../../../../test/unit/tables';
import { readDfeFile } from './dfe-file';
import { mappingAppliesTo, readDfeMeasureMap } from './dfe-measure-map';

/*
 * Two things of the measure map that DfE's files of the same columns and DfE's dashboard's
 * "Non-white" need: a line that applies only to files of a name, and a figure that is 100 minus the cell.
 */
const context = observationContext([
  measure('percent', { id: 'started_uasc' }),
  measure('percent', { id: 'march_uasc' }),
  measure('percent', { id: 'not_white' }),
]);
const map = readDfeMeasureMap(
  csvTable('map.csv', [
    'measure,header_signature,indicator,filters,numerator,denominator,value_format,file_name',
    'started_uasc,cla_group;percentage,percentage,characteristic=UASC,number,,,la_children_who_started',
    'march_uasc,cla_group;percentage,percentage,characteristic=UASC,number,,,la_cla_on_31_march|la_children_looked_after_at_31_march',
    'not_white,role;inpost_headcount_percentage,inpost_headcount_percentage,role=Total;breakdown=White,inpost_headcount,inpost_headcount@breakdown=Known,percent_complement,',
  ]),
);
const UASC = claFile([{ area: STOCKTON, group: 'UASC status', characteristic: 'UASC', number: '9', percentage: '6' }]);

describe('a line of the map that names files', () => {
  it('reads the names, lower case, separated by |', () => {
    expect(map.problems).toEqual([]);
    expect(map.value.mappings.map((mapping) => mapping.fileNames)).toEqual([
      ['la_children_who_started'],
      ['la_cla_on_31_march', 'la_children_looked_after_at_31_march'],
      [],
    ]);
  });

  it.each([
    { fileName: 'la_children_who_started.csv', measures: ['started_uasc'] },
    { fileName: 'LA_CLA_ON_31_MARCH (2).csv', measures: ['march_uasc'] },
    { fileName: 'la_children_looked_after_at_31_march.csv', measures: ['march_uasc'] },
    { fileName: 'uasc.csv', measures: [] },
  ])('applies to $fileName: $measures', ({ fileName, measures }) => {
    const applying = map.value.mappings.filter((mapping) =>
      mappingAppliesTo(mapping, (column) => ['cla_group', 'percentage'].includes(column), fileName),
    );
    expect(applying.map((mapping) => mapping.measureId)).toEqual(measures);
    const read = readDfeFile(csvTable(fileName, UASC.trim().split('\n')), map.value, context);
    expect(read.value.observations.map((figure) => figure.measureId)).toEqual(measures);
  });

  it('tells a file of those columns under another name which names are read', () => {
    const read = readDfeFile(csvTable('uasc.csv', UASC.trim().split('\n')), map.value, context);
    expect(read.problems).toMatchObject([{ rule: 'no_dfe_mapping', severity: 'warning', row: 1 }]);
    expect(read.problems[0]?.message).toBe(
      'uasc.csv: DfE publishes several files with these columns, and the name tells them apart; this name is none of la_children_who_started.csv, la_cla_on_31_march.csv, la_children_looked_after_at_31_march.csv, so none of its 1 rows gives a figure. Upload the file under the name Explore Education Statistics gave it.',
    );
  });
});

describe('value_format percent_complement', () => {
  const read = (rows: Parameters<typeof workforceFile>[0]) =>
    readDfeFile(csvTable('workforce.csv', workforceFile(rows).trim().split('\n')), map.value, context);
  const row = (breakdown: string, headcount: string, headcountPercentage: string) => ({
    area: STOCKTON,
    breakdown,
    headcount,
    headcountPercentage,
  });

  it.each([
    // 100 − 41.3; 150 − 62 of the 150 known
    { white: ['62', '41.3'], known: '150', value: 58.7, numerator: 88, denominator: 150 },
    { white: ['0', '0'], known: '20', value: 100, numerator: 20, denominator: 20 },
    { white: ['20', '100'], known: '20', value: 0, numerator: 0, denominator: 20 },
    // A Known row that is a symbol gives no counts; the figure stands
    { white: ['62', '41.3'], known: 'c', value: 58.7, numerator: null, denominator: null },
  ])('White $white.1% of $known known gives $value', ({ white, known, value, numerator, denominator }) => {
    const [headcount = '', percentage = ''] = white;
    const result = read([row('Known', known, '100'), row('White', headcount, percentage)]);
    expect(result.value.observations).toMatchObject([
      { measureId: 'not_white', value, numerator, denominator, status: 'final' },
    ]);
  });

  it.each([
    { cell: 'c', status: 'suppressed' },
    { cell: 'x', status: 'not_available' },
    { cell: 'z', status: 'not_applicable' },
  ])("keeps a White cell of '$cell' as $status, never 100 minus nothing", ({ cell, status }) => {
    const result = read([
      { ...row('Known', '90', '100'), area: HARTLEPOOL },
      { ...row('White', cell, cell), area: HARTLEPOOL },
    ]);
    expect(result.value.observations).toMatchObject([{ value: null, numerator: null, status }]);
  });
});
