import { describe, expect, it } from 'vitest';
import { day, episode, header, return903, table903, type Cells } from '../../../test/ssda903/builders';
import { ukText } from './days';
import { buildCareIndex, currentEpisode, episodeInForce, type Child } from './episodes';

function childOf(records: readonly Cells[], id = '1'): Child {
  const index = buildCareIndex(
    return903([table903('episodes', records), table903('header', [header(id, '01/01/2010')])]),
  );
  const child = index.byId.get(id);
  if (!child) throw new Error('no child');
  return child;
}

/** Each episode as start–end (REC), and each period as start–end, to compare with the hand-worked answer. */
function shape(child: Child): { episodes: string[]; periods: string[] } {
  return {
    episodes: child.episodes.map(
      (item) =>
        `${ukText(item.decom)}–${item.dec === null ? 'open' : ukText(item.dec)} ${item.rec || '-'}${item.shortBreak ? ' SB' : ''}`,
    ),
    periods: child.periods.map(
      (period) => `${ukText(period.start)}–${period.end === null ? 'open' : ukText(period.end)}`,
    ),
  };
}

describe('effective episodes (SPEC N2) and periods of care (SPEC N4)', () => {
  it.each<[string, Cells[], { episodes: string[]; periods: string[] }]>([
    [
      'a placement change continues the period (X1, RNE P)',
      [episode('1', '01/04/2021', '01/06/2021', { REC: 'X1' }), episode('1', '01/06/2021', '', { RNE: 'P' })],
      { episodes: ['01/04/2021–01/06/2021 X1', '01/06/2021–open -'], periods: ['01/04/2021–open'] },
    ],
    [
      'an open episode is closed where the next starts, as X1 when the next is not a start',
      [episode('1', '01/04/2021', ''), episode('1', '01/07/2021', '', { RNE: 'P' })],
      { episodes: ['01/04/2021–01/07/2021 X1', '01/07/2021–open -'], periods: ['01/04/2021–open'] },
    ],
    [
      'an open episode followed by a new start is closed with no reason, and a new period begins',
      [episode('1', '01/04/2021', ''), episode('1', '01/07/2021', '', { RNE: 'S' })],
      {
        episodes: ['01/04/2021–01/07/2021 -', '01/07/2021–open -'],
        periods: ['01/04/2021–01/07/2021', '01/07/2021–open'],
      },
    ],
    [
      'an overlap is cut back to the next start',
      [episode('1', '01/04/2021', '15/08/2021', { REC: 'X1' }), episode('1', '01/08/2021', '', { RNE: 'P' })],
      { episodes: ['01/04/2021–01/08/2021 X1', '01/08/2021–open -'], periods: ['01/04/2021–open'] },
    ],
    [
      'a gap starts a new period even without RNE S',
      [episode('1', '01/04/2021', '01/05/2021', { REC: 'X1' }), episode('1', '10/05/2021', '', { RNE: 'P' })],
      {
        episodes: ['01/04/2021–01/05/2021 X1', '10/05/2021–open -'],
        periods: ['01/04/2021–01/05/2021', '10/05/2021–open'],
      },
    ],
    [
      'ceasing (REC other than X1) ends the period',
      [episode('1', '01/04/2021', '01/05/2021', { REC: 'E4A' }), episode('1', '01/05/2021', '', { RNE: 'P' })],
      {
        episodes: ['01/04/2021–01/05/2021 E4A', '01/05/2021–open -'],
        periods: ['01/04/2021–01/05/2021', '01/05/2021–open'],
      },
    ],
    [
      'a short break belongs to no period and breaks the one around it',
      [
        episode('1', '01/04/2021', '01/05/2021', { REC: 'X1' }),
        episode('1', '01/05/2021', '04/05/2021', { RNE: 'P', LS: 'V3', REC: 'X1' }),
        episode('1', '04/05/2021', '', { RNE: 'P' }),
      ],
      {
        episodes: ['01/04/2021–01/05/2021 X1', '01/05/2021–04/05/2021 X1 SB', '04/05/2021–open -'],
        periods: ['01/04/2021–01/05/2021', '04/05/2021–open'],
      },
    ],
    [
      'episodes are put in order of start',
      [episode('1', '01/06/2021', '', { RNE: 'P' }), episode('1', '01/04/2021', '01/06/2021', { REC: 'X1' })],
      { episodes: ['01/04/2021–01/06/2021 X1', '01/06/2021–open -'], periods: ['01/04/2021–open'] },
    ],
    [
      'a reason on an open episode is ignored',
      [episode('1', '01/04/2021', '', { REC: 'E4A' })],
      { episodes: ['01/04/2021–open -'], periods: ['01/04/2021–open'] },
    ],
  ])('%s', (_case, records, expected) => {
    expect(shape(childOf(records))).toEqual(expected);
  });

  it.each<[string, Cells, string]>([
    ['no CHILD', episode('', '01/04/2021', ''), 'no_child'],
    ['a DECOM that is not a date', episode('1', '31/02/2021', ''), 'invalid_decom'],
    ['a DEC that is not a date', episode('1', '01/04/2021', '2021-05-01'), 'invalid_dec'],
    ['DEC before DECOM', episode('1', '01/04/2021', '31/03/2021'), 'dec_before_decom'],
  ])('leaves out an episode with %s', (_case, record, reason) => {
    const index = buildCareIndex(return903([table903('episodes', [record])]));
    expect(index.dropped.map((dropped) => dropped.reason)).toEqual([reason]);
    expect(index.children).toEqual([]);
  });

  it('keeps the first of two episodes of a child starting the same day', () => {
    const index = buildCareIndex(
      return903([
        table903('episodes', [episode('1', '01/04/2021', ''), episode('1', '01/04/2021', '', { PLACE: 'K2' })]),
      ]),
    );
    expect(index.dropped.map((dropped) => [dropped.reason, dropped.source.row])).toEqual([['repeated_decom', 3]]);
    expect(index.byId.get('1')?.episodes.map((item) => item.place)).toEqual(['U4']);
  });

  it.each([
    ['31/03/2021', null],
    ['01/04/2021', 'U4'],
    ['31/05/2021', 'U4'],
    ['01/06/2021', 'K2'],
    ['01/01/2030', 'K2'],
  ])('on %s the episode in force is %s (an episode ends on the morning of DEC)', (date, place) => {
    const child = childOf([
      episode('1', '01/04/2021', '01/06/2021', { REC: 'X1' }),
      episode('1', '01/06/2021', '', { RNE: 'P', PLACE: 'K2' }),
    ]);
    expect(episodeInForce(child, day(date))?.place ?? null).toBe(place);
  });

  it('does not count a short break as looked after (SPEC N3, N5)', () => {
    const child = childOf([episode('1', '01/04/2021', '05/04/2021', { LS: 'V3' })]);
    expect(episodeInForce(child, day('02/04/2021'))?.ls).toBe('V3');
    expect(currentEpisode(child, day('02/04/2021'))).toBeNull();
  });
});
