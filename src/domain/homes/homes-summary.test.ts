import { describe, expect, it, test } from 'vitest';
import { readHomesFile } from '../../../test/unit/homes-files';
import type { ChildrensHome } from './home';
import { summariseHomes } from './homes-summary';

async function summaryOf(relative: string) {
  const homes = (await readHomesFile(relative)).imported?.homes;
  return homes ? summariseHomes(homes.homes, homes.hasInterim) : null;
}

const home = (name: string, overrides: Partial<ChildrensHome> = {}): ChildrensHome => ({
  name,
  urn: null,
  full: { date: '2016-05-17', grade: 'good' },
  interim: null,
  source: { file: 'homes.csv', row: 2 },
  ...overrides,
});

test("Durham's ten homes (June 2016): 10 of 10 good or better, one declined at its interim", async () => {
  const summary = await summaryOf('data/homes/county-durham-2016-06-08.csv');
  expect(summary).toMatchObject({
    listed: 10,
    judged: 10,
    goodOrBetter: 10,
    notInspected: 0,
    byGrade: { outstanding: 3, good: 7, requires_improvement: 0, inadequate: 0 },
    byInterimOutcome: { improved: 7, sustained: 2, declined: 1 },
    latestInspection: '2016-06-07',
  });
  expect(summary?.declined.map((each) => each.name)).toEqual(['High Etherley']);
});

test("Stockton's nine (June 2017): 9 of 9, as the paper says 'all remain good or outstanding'; no interim columns", async () => {
  const summary = await summaryOf('test/fixtures/homes/stockton-2017-06.csv');
  expect(summary).toMatchObject({ judged: 9, goodOrBetter: 9, byInterimOutcome: null, latestInspection: '2017-06-07' });
});

describe('summariseHomes', () => {
  it.each([
    {
      homes: [home('A'), home('B', { full: { date: '2016-01-01', grade: 'requires_improvement' } })],
      counts: { listed: 2, judged: 2, goodOrBetter: 1, notInspected: 0 },
    },
    {
      homes: [home('A'), home('New', { full: null })],
      counts: { listed: 2, judged: 1, goodOrBetter: 1, notInspected: 1 },
    },
    {
      homes: [home('A', { full: { date: '2016-01-01', grade: 'inadequate' } })],
      counts: { listed: 1, judged: 1, goodOrBetter: 0, notInspected: 0 },
    },
  ])('counts $counts', ({ homes, counts }) => {
    expect(summariseHomes(homes, false)).toMatchObject(counts);
  });

  it('gives nothing to show for no homes', () => {
    expect(summariseHomes([], true)).toBeNull();
  });
});
