import { describe, expect, it } from 'vitest';
import { day, episode, header, return903, table903, type Cells } from '../../../test/ssda903/builders';
import { lookedAfterAt } from './cla-at-date';
import { ukText } from './days';
import { buildCareIndex } from './episodes';
import { carerSpellStart, longTermStabilityFigure, placementsIn, threePlusPlacementsFigure } from './stability';

const year = { from: day('01/04/2021'), to: day('31/03/2022') };

function indexOf(records: readonly Cells[], headers: readonly Cells[] = []) {
  return buildCareIndex(return903([table903('episodes', records), table903('header', headers)]));
}

function only(records: readonly Cells[]) {
  const child = indexOf(records).children[0];
  if (!child) throw new Error('no child');
  return child;
}

describe('placements in the year (SPEC N9)', () => {
  it.each<[string, Cells[], number, number]>([
    ['one placement open all year', [episode('1', '01/01/2019', '')], 1, 0],
    [
      'two moves (RNE P) in the year',
      [
        episode('1', '01/01/2021', '01/05/2021', { REC: 'X1' }),
        episode('1', '01/05/2021', '01/09/2021', { RNE: 'P', REC: 'X1' }),
        episode('1', '01/09/2021', '', { RNE: 'P' }),
      ],
      3,
      0,
    ],
    [
      'legal-status changes (RNE L) add nothing',
      [
        episode('1', '01/05/2021', '01/07/2021', { REC: 'X1', LS: 'C1' }),
        episode('1', '01/07/2021', '01/09/2021', { RNE: 'L', REC: 'X1', LS: 'C2' }),
        episode('1', '01/09/2021', '', { RNE: 'L', LS: 'E1' }),
      ],
      1,
      0,
    ],
    [
      'placed for adoption with the foster carers (RNE T into A5) is not a move',
      [
        episode('1', '01/05/2021', '01/07/2021', { REC: 'X1' }),
        episode('1', '01/07/2021', '01/09/2021', { RNE: 'P', PLACE: 'U5', REC: 'X1' }),
        episode('1', '01/09/2021', '', { RNE: 'T', PLACE: 'A5', LS: 'E1' }),
      ],
      2,
      0,
    ],
    [
      'a move into A5 recorded as a change of carer (RNE P) counts, and is reported',
      [
        episode('1', '01/05/2021', '01/07/2021', { REC: 'X1' }),
        episode('1', '01/07/2021', '01/09/2021', { RNE: 'P', PLACE: 'U5', REC: 'X1' }),
        episode('1', '01/09/2021', '', { RNE: 'P', PLACE: 'A5', LS: 'E1' }),
      ],
      3,
      1,
    ],
    [
      'an episode that ended on the morning of 1 April is not in the year',
      [
        episode('1', '01/01/2021', '01/04/2021', { REC: 'X1' }),
        episode('1', '01/04/2021', '01/06/2021', { RNE: 'P', REC: 'X1' }),
        episode('1', '01/06/2021', '', { RNE: 'P' }),
      ],
      2,
      0,
    ],
    [
      'a new period of care in the year is a new placement, and short breaks are left out',
      [
        episode('1', '01/05/2021', '01/07/2021', { REC: 'E4A' }),
        episode('1', '10/07/2021', '12/07/2021', { LS: 'V3', REC: 'E4A' }),
        episode('1', '01/10/2021', '', { RNE: 'S' }),
      ],
      2,
      0,
    ],
  ])('%s: %i placements', (_case, records, placements, adoptionMoves) => {
    expect(placementsIn(only(records), year)).toEqual({ placements, adoptionMovesWithNewCarer: adoptionMoves });
  });

  it('gives the % of children looked after at 31 March with 3 or more', () => {
    const index = indexOf([
      episode('1', '01/01/2019', ''),
      episode('2', '01/05/2021', '01/07/2021', { REC: 'X1' }),
      episode('2', '01/07/2021', '01/09/2021', { RNE: 'P', REC: 'X1' }),
      episode('2', '01/09/2021', '', { RNE: 'P' }),
      episode('3', '01/01/2020', '01/06/2021', { REC: 'X1' }),
      episode('3', '01/06/2021', '', { RNE: 'B' }),
      // Three placements, but ceased before 31 March: not in the cohort.
      episode('4', '01/05/2021', '01/06/2021', { REC: 'X1' }),
      episode('4', '01/06/2021', '01/07/2021', { RNE: 'P', REC: 'X1' }),
      episode('4', '01/07/2021', '01/08/2021', { RNE: 'P', REC: 'E4A' }),
    ]);
    const figure = threePlusPlacementsFigure(lookedAfterAt(index, year.to), year);
    expect(figure).toMatchObject({ numerator: 1, denominator: 3, notes: [] });
    expect(figure.value).toBeCloseTo(33.333, 3);
  });
});

describe('long-term stability (SPEC N10) at 31/03/2022', () => {
  // Cohort: under 16, in care since 30/09/2019 or before; numerator: same carers since 31/03/2020.
  const ten = '01/01/2012';
  it.each<[string, Cells[], string]>([
    ['one placement since the start', [episode('1', '01/01/2019', '')], '01/01/2019'],
    [
      'a move (RNE P) starts a new spell',
      [episode('1', '01/01/2019', '01/06/2021', { REC: 'X1' }), episode('1', '01/06/2021', '', { RNE: 'P' })],
      '01/06/2021',
    ],
    [
      'a legal change or a change with the same carers (L, T, U) does not',
      [
        episode('1', '01/01/2019', '01/06/2020', { REC: 'X1' }),
        episode('1', '01/06/2020', '01/06/2021', { RNE: 'L', LS: 'E1', REC: 'X1' }),
        episode('1', '01/06/2021', '', { RNE: 'T', PLACE: 'U5' }),
      ],
      '01/01/2019',
    ],
    [
      'an adoptive placement is joined to the placement before it',
      [
        episode('1', '01/01/2019', '01/01/2021', { REC: 'X1' }),
        episode('1', '01/01/2021', '', { RNE: 'P', PLACE: 'A6', LS: 'E1' }),
      ],
      '01/01/2019',
    ],
  ])('%s: the spell starts %s', (_case, records, start) => {
    const child = only(records);
    const current = child.episodes[child.episodes.length - 1];
    if (!current) throw new Error('no episode');
    expect(ukText(carerSpellStart(child, current))).toBe(start);
  });

  it('counts the cohort and those with the same carers for 2 years', () => {
    const index = indexOf(
      [
        episode('in', '01/01/2019', ''),
        episode('moved', '01/01/2019', '01/06/2021', { REC: 'X1' }),
        episode('moved', '01/06/2021', '', { RNE: 'P' }),
        episode('sixteen', '01/01/2019', ''),
        episode('recent', '01/10/2019', ''),
        episode('edge', '30/09/2019', ''),
        episode('no-dob', '01/01/2019', ''),
      ],
      [
        header('in', ten),
        header('moved', ten),
        header('sixteen', '31/03/2006'),
        header('recent', ten),
        header('edge', ten),
      ],
    );
    const figure = longTermStabilityFigure(lookedAfterAt(index, day('31/03/2022')), day('31/03/2022'));
    expect(figure).toMatchObject({ numerator: 2, denominator: 3, counted: ['in', 'moved', 'edge'] });
    expect(figure.notes).toEqual(['1 child without a readable date of birth in the Header table left out.']);
  });
});
