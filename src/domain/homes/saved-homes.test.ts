import { describe, expect, it, test } from 'vitest';
import type { ChildrensHome } from './home';
import { homesOfArea, readSavedHomes, replaceHomes, type SavedHomes } from './saved-homes';

const HOME: ChildrensHome = {
  name: 'High Etherley',
  urn: null,
  full: { date: '2015-07-21', grade: 'outstanding' },
  interim: { date: '2016-02-16', outcome: 'declined' },
  source: { file: 'homes.csv', row: 2 },
};

function table(areaCode: string, fileName = 'homes.csv', homes = [HOME]): SavedHomes {
  return { areaCode, fileName, hasInterim: true, homes };
}

test('a new table of a council replaces its old one and leaves the other councils’', () => {
  const held = [table('E06000047', 'old.csv'), table('E06000004')];
  const replaced = replaceHomes(held, table('E06000047', 'new.csv'));
  expect(replaced.map((each) => [each.areaCode, each.fileName])).toEqual([
    ['E06000004', 'homes.csv'],
    ['E06000047', 'new.csv'],
  ]);
  expect(homesOfArea(replaced, 'E06000047')?.fileName).toBe('new.csv');
  expect(homesOfArea(replaced, 'E06000001')).toBeNull();
});

describe('readSavedHomes', () => {
  test('an older snapshot with no homes reads as none held (null), without a problem', () => {
    expect(readSavedHomes(undefined, 'Saved version 1')).toEqual({ value: null, problems: [] });
  });

  test('reads back what was saved', () => {
    const saved = [table('E06000047')];
    expect(readSavedHomes(structuredClone(saved), 'Saved version 1')).toEqual({ value: saved, problems: [] });
  });

  it.each([
    { what: 'not a list', value: { homes: [] } },
    { what: 'a home without a name', value: [table('E06000047', 'a.csv', [{ ...HOME, name: '' }])] },
    {
      what: 'a grade not on Ofsted’s scale',
      value: [{ ...table('E06000047'), homes: [{ ...HOME, full: { date: '2015-07-21', grade: 'very_good' } }] }],
    },
    {
      what: 'a date not ISO',
      value: [table('E06000047', 'a.csv', [{ ...HOME, interim: { date: '16.02.2016', outcome: 'declined' } }])],
    },
  ])('refuses $what, naming the version', ({ value }) => {
    const read = readSavedHomes(value, 'Saved version 3');
    expect(read.value).toBeNull();
    expect(read.problems.map((problem) => problem.rule)).toEqual(['invalid_saved_homes']);
    expect(read.problems[0]?.message).toBe(
      "Saved version 3: its table of children's homes cannot be read, so the published homes are shown. Upload the table of homes again to save it with a new version.",
    );
  });
});
