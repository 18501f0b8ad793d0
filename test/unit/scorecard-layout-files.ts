/**
 * Test-only: scorecard-layout files written as rows of cells, read with the catalogue and areas
 * for a file of Hartlepool's (North East), as the upload page reads them.
 */
import { readScorecardLayout } from '../../src/domain/readers/scorecard-layout/scorecard-layout';
import { gridTable, hartlepoolScorecardContext } from './uploads';

export const scorecardContext = hartlepoolScorecardContext();
export const HEADER = [
  'Measure',
  '2019/20',
  '2020/21 [Provisional]',
  'Q2 2021/22',
  'England',
  'North East',
  'Stat Neighbour',
];

export function scorecardFrom(header: readonly string[], ...rows: (readonly string[])[]) {
  return readScorecardLayout(gridTable('scorecard.csv', [header, ...rows]), scorecardContext);
}

/** One cell of the standard header filled, in a row for `measure`. */
export function oneCell(column: string, text: string, measure = '3 or more placements in the year') {
  return scorecardFrom(
    HEADER,
    HEADER.map((heading) => (heading === 'Measure' ? measure : heading === column ? text : '')),
  );
}
