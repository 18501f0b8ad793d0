/**
 * A council's code before ONS replaced it (areas.csv former_codes: Barnsley's E08000016, E08000038
 * since 2025) in each reader of the council's own figures: accepted, stored under the current code,
 * with one warning naming both codes. docs/data-format.md says why.
 */
import { describe, expect, it } from 'vitest';
import { BARNSLEY } from '../../../test/unit/builders/areas';
import { catalogue, observationContext } from '../../../test/unit/builders/catalogue';
import { figure } from '../../../test/unit/builders/observation';
import { gridTable } from '../../../test/unit/uploads';
import { located, tableFrom } from '../../../test/unit/tables';
import { checkPackFigures } from '../dataset/pack-figures';
import { readObservations } from './observations-file';
import { readImport } from './read-import';

const context = observationContext();
const HEADER = 'measure,area,period,value,numerator,denominator,status,note';

describe('a former LA code', () => {
  it('in an observations file: the figure is stored under the current code, with a warning on its row', () => {
    const read = readObservations(
      tableFrom('barnsley.csv', [HEADER, 'cla_rate,E08000016,2020/21,66,,,,', 'cla_rate,E08000038,2021/22,71,,,,']),
      context,
    );
    expect(read.value.map((observation) => [observation.areaCode, observation.period.label])).toEqual([
      ['E08000038', '2020/21'],
      ['E08000038', '2021/22'],
    ]);
    expect(read.problems.map(located)).toEqual([
      { rule: 'replaced_area_code', severity: 'warning', row: 2, column: 'area' },
    ]);
    expect(read.problems[0]?.message).toBe(
      'Row 2, column area: E08000016 is Barnsley’s code before ONS replaced it with E08000038, so the figure is stored under E08000038. Use E08000038 in the next file.',
    );
  });

  it('chosen for a scorecard-layout file: its figures are for the current council, with one warning', () => {
    const read = readImport(
      gridTable('barnsley-scorecard.csv', [
        ['Measure', '2020/21'],
        ['cla_rate', '66'],
      ]),
      { ...context, areaCode: 'E08000016', today: '2021-12-17' },
    );
    expect(read.value.observations.map((observation) => observation.areaCode)).toEqual([BARNSLEY.code]);
    expect(read.problems.map(located)).toEqual([
      { rule: 'replaced_area_code', severity: 'warning', row: undefined, column: undefined },
    ]);
    expect(read.problems[0]?.message).toContain('barnsley-scorecard.csv: E08000016 is Barnsley’s code');
  });

  it('in a data pack: its figures are kept under the current code, with one warning counting them', () => {
    const checked = checkPackFigures(
      {
        value: {
          catalogue: catalogue(),
          observations: [
            figure('cla_rate', '2019/20', 60, { areaCode: 'E08000016' }),
            figure('cla_rate', '2020/21', 66, { areaCode: 'E08000016' }),
          ],
        },
        problems: [],
      },
      'pack.json',
      { measuresById: context.measures, areas: context.areas },
    );
    expect(checked.value.map((observation) => observation.areaCode)).toEqual([BARNSLEY.code, BARNSLEY.code]);
    expect(checked.problems.map(located)).toEqual([
      { rule: 'replaced_area_code', severity: 'warning', row: undefined, column: 'area' },
    ]);
    expect(checked.problems[0]?.message).toBe(
      'pack.json (observations): E08000016 is Barnsley’s code before ONS replaced it with E08000038, so its 2 figures are stored under E08000038. Use E08000038 in the next file.',
    );
  });

  it('is not taken from an LA number: an observations file must give an ONS code', () => {
    const read = readObservations(tableFrom('barnsley.csv', [HEADER, 'cla_rate,370,2020/21,66,,,,']), context);
    expect(read.problems.map(located)).toEqual([{ rule: 'unknown_area', severity: 'error', row: 2, column: 'area' }]);
  });
});
