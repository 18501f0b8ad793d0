import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, test } from 'vitest';
import type { ScorecardReport } from '../domain/scorecard/report';
import { ROOT, repoPath } from '../../test/unit/tables';
import { uploadFixturePath } from '../../test/unit/uploads';
import { dataPack } from '../adapters/export';
import { loadSampleDataset } from '../../test/unit/sample-dataset';
import { main } from './main';
import { DURHAM_FILE, HARTLEPOOL_FILE, measureOf, run, withoutSources } from '../../test/unit/cli';

describe('scorecard report --json on the Hartlepool scorecard layout', () => {
  let fromObservations: string;

  beforeAll(async () => {
    fromObservations = (await run('report', HARTLEPOOL_FILE, '--area', 'E06000001', '--json')).out.join('\n');
  });

  it.each([
    { file: 'good/hartlepool-scorecard-2021-22-q2.csv' },
    { file: 'good/hartlepool-scorecard-2021-22-q2.xlsx' },
    { file: 'good/hartlepool-observations.xlsx' },
  ])('gives from $file the same JSON as from the observations file of the same figures', async ({ file }) => {
    const { code, out, err } = await run('report', uploadFixturePath(file), '--area', 'E06000001', '--json');
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(withoutSources(out.join('\n'))).toEqual(withoutSources(fromObservations));
  });

  test('refuses to report a scorecard-layout file without --area', async () => {
    const { code, err } = await run('report', uploadFixturePath('good/hartlepool-scorecard-2021-22-q2.csv'));
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^Error: hartlepool-scorecard-2021-22-q2\.csv is in the scorecard layout/);
  });
});

describe('bin/scorecard.mjs on a workbook', () => {
  test('runs as a real command on the Hartlepool .xlsx: exits 0 and prints its JSON report', () => {
    const stdout = execFileSync(
      process.execPath,
      [
        'bin/scorecard.mjs',
        'report',
        'test/fixtures/upload/good/hartlepool-scorecard-2021-22-q2.xlsx',
        '--area',
        'E06000001',
        '--json',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const report = JSON.parse(stdout) as ScorecardReport;
    expect(report.area.code).toBe('E06000001');
    expect(report.period).toBe('2021/22 Q2');
  }, 60_000);
});

describe('scorecard report on a data pack', () => {
  test('gives the same scorecard from a data pack as from the CSV it was made from', async () => {
    const sample = loadSampleDataset();
    const packFile = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-pack-')), 'pack.json');
    await writeFile(
      packFile,
      dataPack({ catalogue: sample.catalogue, observations: sample.observations, version: null }),
    );
    const fromPack: string[] = [];
    const fromCsv: string[] = [];
    const ignore = () => undefined;
    await expect(
      main(['report', packFile, '--area', 'E06000047', '--json'], { out: (line) => fromPack.push(line), err: ignore }),
    ).resolves.toBe(0);
    await expect(
      main(['report', repoPath('data/observations/county-durham-2021-22-q2.csv'), '--area', 'E06000047', '--json'], {
        out: (line) => fromCsv.push(line),
        err: ignore,
      }),
    ).resolves.toBe(0);
    expect(withoutSources(fromPack.join('\n'))).toEqual(withoutSources(fromCsv.join('\n')));
  });
});

describe('scorecard report on DfE open-data files, for any LA', () => {
  const dfeFiles = [
    'cla_number_and_rate_per_10k_children.csv',
    'la_care_leavers_accommodation_suitability.csv',
    'csww_indicators_2017_to_2025.csv',
  ].map((file) => repoPath(`test/fixtures/dfe/${file}`));

  async function dfeReport(...argv: string[]): Promise<ScorecardReport> {
    const { code, out, err } = await run('report', ...dfeFiles, '--area', 'E06000004', '--json', ...argv);
    if (code !== 0) throw new Error(`report exited ${code}: ${err.join('\n')}`);
    return JSON.parse(out.join('\n')) as ScorecardReport;
  }

  test("gives Stockton-on-Tees' 2024/25 rate of children looked after against England, the North East and its neighbours (mean of 10 of 10, model 2021)", async () => {
    const report = await dfeReport('--model', '2021');
    const measure = measureOf(report, 'cla_rate');
    expect([report.area, report.period]).toEqual([{ code: 'E06000004', name: 'Stockton-on-Tees' }, '2024/25']);
    expect(measure.latest).toEqual({
      period: '2024/25',
      value: 125,
      numerator: 564,
      denominator: null,
      status: 'final',
      source: { file: 'cla_number_and_rate_per_10k_children.csv', row: 21, publisher: 'DfE' },
    });
    expect(measure.comparators.map(({ kind, period, value, basis }) => ({ kind, period, value, basis }))).toEqual([
      { kind: 'england', period: '2024/25', value: 67, basis: undefined },
      { kind: 'region', period: '2024/25', value: 111, basis: undefined },
      {
        kind: 'stat_neighbours',
        period: '2024/25',
        value: 95.5,
        basis: { kind: 'computed', used: 10, of: 10, method: 'mean', model: '2021' },
      },
    ]);
  });

  test("places Stockton-on-Tees' 2024/25 rate 9th lowest of the 12 North East councils, a position with no rank or band (the rate has no good direction), and counts the councils the extract has", async () => {
    // The 2024/25 North East rates, lowest first: Northumberland 77, Sunderland 90, North Tyneside 91, South Tyneside 97,
    // Newcastle 107, Darlington 117, County Durham 118, Gateshead 124, Stockton-on-Tees 125, Middlesbrough 138, Redcar 144, Hartlepool 157.
    expect(measureOf(await dfeReport(), 'cla_rate').ranks).toEqual([
      {
        scope: 'region',
        area: { code: 'E12000001', name: 'North East' },
        period: '2024/25',
        rank: null,
        position: 9,
        ranked: 12,
        of: 12,
        band: null,
      },
      {
        scope: 'england',
        area: { code: 'E92000001', name: 'England' },
        period: '2024/25',
        rank: null,
        position: 18,
        ranked: 21,
        of: 153,
        band: null,
      },
    ]);
  });

  test('takes the median when asked, and says so', async () => {
    const neighbours = measureOf(
      await dfeReport('--model', '2021', '--statistic', 'median'),
      'cla_rate',
    ).comparators.at(-1);
    expect([neighbours?.value, neighbours?.basis]).toEqual([
      91.5,
      { kind: 'computed', used: 10, of: 10, method: 'median', model: '2021' },
    ]);
  });

  test('groups by the National Framework with --framework national, with the neighbours’ median unless asked otherwise', async () => {
    const report = await dfeReport('--model', '2021', '--framework', 'national');
    const rate = measureOf(report, 'cla_rate');
    expect([rate.group, rate.question, rate.comparators.at(-1)?.value, rate.comparators.at(-1)?.basis]).toEqual([
      'Outcome 1: Children, young people and families stay together',
      'Family stability',
      91.5,
      { kind: 'computed', used: 10, of: 10, method: 'median', model: '2021' },
    ]);
    const mean = measureOf(
      await dfeReport('--framework', 'national', '--statistic', 'mean', '--model', '2021'),
      'cla_rate',
    );
    expect(mean.comparators.at(-1)?.value).toBe(95.5);
  });

  test('prints the National Framework as text under its outcomes and headings', async () => {
    const { code, out } = await run('report', ...dfeFiles, '--area', 'E06000004', '--framework', 'national');
    expect(code).toBe(0);
    expect(out).toContain('Outcome 1: Children, young people and families stay together: Family stability');
    expect(out).toContain('Enabler: The workforce is equipped and effective: Workforce stability');
  });

  test('counts a suppressed neighbour out of the ten: 9 of 10 for care leavers aged 17 to 18 in suitable accommodation', async () => {
    const neighbours = measureOf(
      await dfeReport('--model', '2021'),
      'care_leavers_17_18_suitable_accommodation',
    ).comparators.at(-1);
    expect(neighbours?.basis).toEqual({ kind: 'computed', used: 9, of: 10, method: 'mean', model: '2021' });
  });

  it.each([
    {
      argv: ['--model', '2019'],
      message: '--model 2019 is not a statistical-neighbour model of the data folder. Use 2021 or 2025.',
    },
    { argv: ['--statistic', 'mode'], message: '--statistic mode is not one of mean or median.' },
    {
      argv: ['--framework', 'dfe'],
      message:
        '--framework dfe is not a framework of the data folder. Use national, or leave it out for the key questions.',
    },
  ])('refuses $argv, saying what to use', async ({ argv, message }) => {
    const { code, err } = await run('report', ...dfeFiles, '--area', 'E06000004', ...argv);
    expect([code, err]).toEqual([2, [message]]);
  });

  test("gives County Durham's provisional 2020/21 rate way to the DfE's final one when both files are given", async () => {
    const { code, out } = await run(
      'report',
      DURHAM_FILE,
      dfeFiles[0] ?? '',
      '--area',
      'E06000047',
      '--period',
      '2020/21',
      '--json',
    );
    const measure = measureOf(JSON.parse(out.join('\n')) as ScorecardReport, 'cla_rate');
    // The council's paper gives 93.5 [949], provisional; DfE's final figure is 96 [950].
    expect([code, measure.latest?.value, measure.latest?.status, measure.latest?.source.publisher]).toEqual([
      0,
      96,
      'final',
      'DfE',
    ]);
    expect(measure.latest?.superseded).toEqual({
      value: 93.5,
      numerator: 949,
      denominator: null,
      status: 'provisional',
      source: { file: 'county-durham-2021-22-q2.csv', row: 4 },
    });
  });
});
