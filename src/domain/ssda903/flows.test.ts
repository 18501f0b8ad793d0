import { describe, expect, it } from 'vitest';
import { day, episode, return903, table903, type Cells } from '../../../test/ssda903/builders';
import { buildCareIndex } from './episodes';
import { ceasedIn, lookedAfterDuring, startersIn } from './flows';

const year = { from: day('01/04/2021'), to: day('31/03/2022') };

function indexOf(records: readonly Cells[]) {
  return buildCareIndex(return903([table903('episodes', records)]));
}

describe('starts, ceases and looked after during the year (SPEC N6)', () => {
  it.each<[string, Cells[], string[], Record<string, string>, string[]]>([
    [
      'a start on 1 April counts; one on 31 March before does not',
      [episode('1', '01/04/2021', ''), episode('2', '31/03/2021', '')],
      ['1'],
      {},
      ['1', '2'],
    ],
    [
      'a child who starts twice is one start, and ceasing twice keeps the last reason',
      [
        episode('1', '01/05/2021', '01/06/2021', { REC: 'E4A' }),
        episode('1', '01/09/2021', '01/12/2021', { REC: 'E41' }),
      ],
      ['1'],
      { '1': 'E41' },
      ['1'],
    ],
    [
      'an end on 1 April is a cease in the year and the child was looked after during it',
      [episode('1', '01/01/2021', '01/04/2021', { REC: 'E3' })],
      [],
      { '1': 'E3' },
      ['1'],
    ],
    [
      'an end on 31 March of the year before is neither',
      [episode('1', '01/01/2021', '31/03/2021', { REC: 'E4A' })],
      [],
      {},
      [],
    ],
    [
      'a continuation (X1) and an imputed end are not ceases',
      [
        episode('1', '01/05/2021', '01/06/2021', { REC: 'X1' }),
        episode('1', '01/06/2021', ''),
        episode('1', '01/09/2021', '', { RNE: 'P' }),
      ],
      ['1'],
      {},
      ['1'],
    ],
    [
      'short breaks are left out of all three',
      [episode('1', '01/05/2021', '04/05/2021', { LS: 'V3', REC: 'E4A' })],
      [],
      {},
      [],
    ],
  ])('%s', (_case, records, starters, ceased, during) => {
    const index = indexOf(records);
    expect(startersIn(index, year)).toEqual(starters);
    expect(Object.fromEntries(ceasedIn(index, year))).toEqual(ceased);
    expect(lookedAfterDuring(index, year).map((child) => child.id)).toEqual(during);
  });
});
