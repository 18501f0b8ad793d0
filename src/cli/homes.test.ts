import { describe, expect, it, test } from 'vitest';
import { HOMES_RULE_FIXTURES } from '../../test/unit/homes-files';
import type { HomesReport } from '../domain/homes/homes-report';
import { repoPath } from '../../test/unit/tables';
import { TODAY } from '../../test/unit/uploads';
import { main } from './main';

const STOCKTON = repoPath('test/fixtures/homes/stockton-2017-06.csv');
const PROVIDER_LEVEL = repoPath('test/fixtures/ofsted-providers/Provider_level_at_31_Mar_2023.csv');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['homes', ...argv], { out: (line) => out.push(line), err: (line) => err.push(line) }, TODAY);
  return { code, out, err };
}

async function json(...argv: string[]): Promise<HomesReport> {
  const { code, out, err } = await run(...argv, '--json');
  if (code !== 0) throw new Error(`homes exited ${code}: ${err.join('\n')}`);
  return JSON.parse(out.join('\n')) as HomesReport;
}

describe('scorecard homes with no file: the data folder (County Durham)', () => {
  test("prints Durham's ten homes of seed 000 with both inspections and their dates in words", async () => {
    const { code, out } = await run();
    expect(code).toBe(0);
    expect(out).toEqual(
      expect.arrayContaining([
        "County Durham (E06000047): children's homes",
        "Our children's homes: 10 of 10 good or better at their latest full inspection",
        'Interim inspections: 7 improved, 2 sustained and 1 declined in effectiveness (High Etherley, 16 February 2016).',
        'High Etherley    Outstanding, 21 July 2015      Declined in effectiveness, 16 February 2016',
        'Newton Drive     Outstanding, 7 June 2016       Improved effectiveness, 17 February 2016',
      ]),
    );
  });

  test("prints County Durham's children's homes and places by sector beside the North East and England, with the list's date", async () => {
    const { out } = await run();
    const from = out.findIndex((line) => line.startsWith('Settings in County Durham'));
    expect(out[from]).toBe(
      "Settings in County Durham beside the North East and England: Ofsted's list of settings at 31 March 2023 (Providers_at_31_Mar_2023.csv)",
    );
    expect(out.slice(from + 1, from + 14)).toEqual([
      '                                    County Durham  North East  England',
      "Children's homes                               44         175    3,050",
      '  local authority                              10          55      425',
      '  private                                      32         102    2,466',
      '  voluntary                                     2          18      150',
      '  health authority                              0           0        9',
      '  places                                      177         763   11,857',
      '  outstanding                                   2          12      288',
      '  good                                         35         121    1,962',
      '  requires improvement to be good               4          26      506',
      '  inadequate                                    1           4       63',
      '  no full inspection judgement yet              2          12      231',
      '  good or better, of those judged             88%         82%      80%',
    ]);
  });

  test('--json gives the homes and the three areas, judgements as ids', async () => {
    const report = await json();
    expect(report.homes?.homes[0]).toEqual({
      name: 'High Etherley',
      urn: null,
      full: { date: '2015-07-21', grade: 'outstanding' },
      interim: { date: '2016-02-16', outcome: 'declined' },
      source: { file: 'county-durham-2016-06-08.csv', row: 2 },
    });
    expect(report.provision).toMatchObject({
      file: 'Providers_at_31_Mar_2023.csv',
      asAt: '2023-03-31',
      complete: true,
    });
    expect(report.provision?.areas.map(({ kind, area }) => [kind, area.name])).toEqual([
      ['local_authority', 'County Durham'],
      ['region', 'North East'],
      ['england', 'England'],
    ]);
  });

  test('for another council, the folder has no homes table but Ofsted lists its settings', async () => {
    const report = await json('--area', 'E06000004');
    expect(report.homes).toBeNull();
    expect(report.provision?.areas[0]?.rows[0]).toMatchObject({ provisionType: "Children's home", settings: 17 });
  });
});

describe('scorecard homes with files', () => {
  test("reads Stockton's table (seed 003) for Stockton-on-Tees, with the folder's list of settings", async () => {
    const report = await json(STOCKTON, '--area', 'E06000004');
    expect(report.homes?.headline).toBe("Our children's homes: 9 of 9 good or better at their latest full inspection");
    expect(report.provision?.file).toBe('Providers_at_31_Mar_2023.csv');
  });

  test("uses Ofsted's sheet given instead of the folder's, and says when it lists inspected settings only", async () => {
    const { code, out } = await run(STOCKTON, PROVIDER_LEVEL, '--area', 'E06000047');
    expect(code).toBe(0);
    expect(out).toContain(
      'The list gives only settings with a full inspection: new settings and their places are not in it.',
    );
  });

  it.each(HOMES_RULE_FIXTURES)(
    'refuses the %s fixture with its named error, exit 1, printing nothing',
    async (rule) => {
      const { code, out, err } = await run(repoPath(`test/fixtures/homes/${rule}.csv`), '--area', 'E06000047');
      expect(code).toBe(1);
      expect(out).toEqual([]);
      expect(err.some((line) => line.startsWith(`Error: ${rule}.csv`))).toBe(true);
      expect(err.at(-1)).toBe('Nothing was read: fix the errors above and run the command again.');
    },
  );

  test('refuses a file of figures', async () => {
    const { code, err } = await run(repoPath('test/fixtures/other-la/hartlepool.csv'), '--area', 'E06000001');
    expect(code).toBe(1);
    expect(err[0]).toContain("hartlepool.csv holds figures, not the council's children's homes.");
  });

  it.each([
    { argv: [STOCKTON], message: 'Say which council the files are for with --area CODE' },
    { argv: ['--area', 'E12000001'], message: '--area E12000001 is North East, a region, not a local authority.' },
    { argv: ['--area', 'E99999999'], message: '--area E99999999 is not an area code this data holds.' },
  ])('is misused with $argv: exit 2', async ({ argv, message }) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err[0]).toContain(message);
  });
});

test('scorecard validate refuses a bad homes table with its named error', async () => {
  const out: string[] = [];
  const code = await main(
    ['validate', repoPath('test/fixtures/homes/unknown_judgement.csv')],
    { out: (line) => out.push(line), err: () => undefined },
    TODAY,
  );
  expect(code).toBe(1);
  expect(out[0]).toContain("'Very good' is not one of Ofsted's judgements");
});
