import { describe, expect, test } from 'vitest';
import { areasTable } from '../../../test/unit/builders/areas';
import { catalogueTables } from '../../../test/unit/builders/catalogue';
import { tableFrom } from '../../../test/unit/tables';
import { EMPTY_MANIFEST, assembleDataset, assemblySteps } from './dataset';

const HEADER = 'measure,area,period,value,numerator,denominator,status,note';
const MANIFEST = { ...EMPTY_MANIFEST, homeArea: 'E06000047' };

function assembleWith(...observationLines: string[][]) {
  return assembleDataset({
    manifest: MANIFEST,
    ...catalogueTables(),
    areas: areasTable(),
    observations: observationLines.map((lines, index) => tableFrom(`file-${index + 1}.csv`, [HEADER, ...lines])),
  });
}

describe('assembleDataset across observation files', () => {
  test('reports two files that give different figures for the same measure, area and period', () => {
    const { problems } = assembleWith(
      ['cla_rate,E06000047,2020/21,93.5,949,,provisional,'],
      ['cla_rate,E06000047,2020/21,94.1,955,,revised,'],
    );
    expect(problems.map((problem) => [problem.rule, problem.message])).toEqual([
      [
        'conflicting_values',
        'file-2.csv row 2, column value: file-1.csv row 2 gives a different figure for cla_rate, E06000047, 2020/21. Keep one row per measure, area and period.',
      ],
    ]);
  });

  test('reads a figure repeated in two files once, with a warning', () => {
    const { value, problems } = assembleWith(
      ['cla_rate,E92000001,2019/20,67,,,,'],
      ['cla_rate,E92000001,2019/20,67,,,,'],
    );
    expect(problems.map((problem) => problem.rule)).toEqual(['duplicate_row']);
    expect(value.index.seriesOf('cla_rate', 'E92000001')).toHaveLength(1);
  });
});

describe('assemblySteps', () => {
  test('pauses once after each observations file, then gives the dataset assembleDataset gives', () => {
    const tables = {
      manifest: MANIFEST,
      ...catalogueTables(),
      areas: areasTable(),
      observations: [
        tableFrom('file-1.csv', [HEADER, 'cla_rate,E06000047,2020/21,93.5,949,,final,']),
        tableFrom('file-2.csv', [HEADER, 'cla_rate,E92000001,2020/21,67,,,final,']),
      ],
    };
    const steps = assemblySteps(tables);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses += 1;
      step = steps.next();
    }
    // One pause after each of the two files, and one after the (here, no) neighbour models.
    expect(pauses).toBe(3);
    expect(step.value.value.observations).toEqual(assembleDataset(tables).value.observations);
  });
});
