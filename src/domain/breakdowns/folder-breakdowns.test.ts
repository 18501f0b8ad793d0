import { describe, expect, test } from 'vitest';
import { dataset } from '../../../test/unit/builders/dataset';
import { tableFrom } from '../../../test/unit/tables';
import type { Problem } from '../readers/result';
import { readFolderBreakdowns } from './folder-breakdowns';

const catalogue = {
  breakdowns: tableFrom('breakdowns.csv', [
    'id,title,dimension,dimension_label,of,headline_measure,scorecard_row,source,description',
    'cla_placement_types,Placement types,placement_type,Placement type,children looked after,,,,',
  ]),
  categories: tableFrom('breakdown-categories.csv', [
    'breakdown,key,label,order,part_of,also_known_as',
    'cla_placement_types,foster,Foster care,1,,',
    'cla_placement_types,other,Other,2,,',
  ]),
};
const HEADER = 'breakdown,area,period,category,label,count,percent,total,status,note';

function read(lines: readonly string[]) {
  const problems: Problem[] = [];
  const value = readFolderBreakdowns(
    { catalogue, breakdowns: [tableFrom('placements.csv', [HEADER, ...lines])] },
    dataset(),
    problems,
  );
  return { value, problems };
}

describe('readFolderBreakdowns', () => {
  test('reads the catalogue and the figures against it, with no DfE map when none is given', () => {
    const { value, problems } = read([
      'cla_placement_types,E06000047,2021-09-27,foster,,60,,100,,',
      'cla_placement_types,E06000047,2021-09-27,Other,,40,,100,,',
    ]);
    expect(problems).toEqual([]);
    expect(value.breakdownCatalogue.breakdowns.map((breakdown) => breakdown.id)).toEqual(['cla_placement_types']);
    expect(value.breakdowns.map((figure) => [figure.categories[0]?.key, figure.count])).toEqual([
      ['foster', 60],
      ['other', 40],
    ]);
    expect(value.dfeBreakdownMap).toBeNull();
  });

  test('keeps the published figures’ errors and passes over their warnings', () => {
    const totalOff = read(['cla_placement_types,E06000047,2021-09-27,foster,,60,,90,,']);
    expect(totalOff.problems).toEqual([]);
    const unknown = read(['cla_placment_types,E06000047,2021-09-27,foster,,60,,100,,']);
    expect(unknown.problems.map((problem) => [problem.severity, problem.rule])).toEqual([
      ['error', 'unknown_breakdown'],
    ]);
  });
});
