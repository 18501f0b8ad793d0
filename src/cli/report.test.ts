import { beforeAll, describe, expect, it, test } from 'vitest';
import type { ScorecardReport } from '../domain/scorecard/report';
import {
  HARTLEPOOL_FILE,
  MEASURE_COUNT,
  comparators,
  figure,
  jsonReport,
  measureOf,
  run,
  type Run,
} from '../../test/unit/cli';

describe('scorecard report --json for Hartlepool (E06000001)', () => {
  let report: ScorecardReport;

  beforeAll(async () => {
    report = await jsonReport();
  });

  test('reports Hartlepool at its latest period, 2021/22 Q2, with every measure of the catalogue', () => {
    expect(report.area).toEqual({ code: 'E06000001', name: 'Hartlepool' });
    expect(report.period).toBe('2021/22 Q2');
    expect(report.measures).toHaveLength(MEASURE_COUNT);
  });

  it.each([
    {
      id: 'cla_rate',
      latest: figure('2021/22 Q2', 152.7, 316),
      later: null,
      previous: figure('2021/22 Q1', 155.1, 321),
      direction: 'lower',
      comparators: comparators(
        { value: 67, status: 'final', rating: 'not_rated' },
        { value: 108, status: 'final', rating: 'not_rated' },
        { value: 119, status: 'final', rating: 'not_rated' },
      ),
    },
    {
      id: 'cla_3plus_placements',
      latest: figure('2021/22 Q2', 6.3, 20, 316),
      later: null,
      previous: figure('2021/22 Q1', 4, 13, 321),
      direction: 'worsening',
      comparators: comparators(
        { value: 11, status: 'final', rating: 'better' },
        { value: 10, status: 'final', rating: 'better' },
        { value: 6.5, status: 'final', rating: 'similar' },
      ),
    },
    {
      // No good direction, as in LAIT's data dictionary: a direction in plain words, and no rating.
      id: 'cla_missing_percent',
      latest: figure('2020/21', 10.8, null, null, 'provisional'),
      later: { period: '2021/22 Q2', status: 'reported_annually' },
      previous: figure('2019/20', 12.4),
      direction: 'lower',
      comparators: comparators(
        { value: 11, status: 'final', rating: 'not_rated' },
        { value: 10, status: 'final', rating: 'not_rated' },
        { value: 11.5, status: 'final', rating: 'not_rated' },
      ),
    },
    {
      id: 'adoption_a1_days',
      latest: figure('2021/22 Q2', 480),
      later: null,
      previous: figure('2021/22 Q1', 455),
      direction: 'worsening',
      comparators: comparators(
        { value: 376, status: 'final', rating: 'worse' },
        { value: null, status: 'not_available', rating: 'not_rated' },
        { value: null, status: 'not_available', rating: 'not_rated' },
      ),
    },
    {
      id: 'care_leavers_19_21_eet',
      latest: figure('2021/22 Q2', 45),
      later: null,
      previous: figure('2021/22 Q1', 43.2),
      direction: 'improving',
      comparators: comparators(
        { value: 53, status: 'final', rating: 'worse' },
        { value: 52, status: 'final', rating: 'worse' },
        { value: 46, status: 'final', rating: 'similar' },
      ),
    },
  ])(
    'reports $id: latest $latest.value ($latest.period), previous $previous.value, $direction',
    ({ id, latest, later, previous, direction, comparators: expected }) => {
      expect(measureOf(report, id)).toMatchObject({ id, latest, later, previous, direction, comparators: expected });
    },
  );

  test('says how each rating was reached: 6.3% of 316 has the 95% range 4.1% to 9.6%, so England’s 11% is outside it', () => {
    const [england, , neighbours] = measureOf(report, 'cla_3plus_placements').comparators;
    expect(england?.ratedBy).toMatchObject({ kind: 'interval', method: 'wilson' });
    expect(england?.ratedBy.kind === 'interval' ? [england.ratedBy.lower, england.ratedBy.upper] : []).toEqual([
      expect.closeTo(4.13, 2),
      expect.closeTo(9.57, 2),
    ]);
    expect(neighbours?.rating).toBe('similar');
    expect(measureOf(report, 'cla_rate').comparators[0]?.ratedBy).toEqual({ kind: 'not_rated', reason: 'no_polarity' });
  });

  test('reports a measure with no Hartlepool figures as empty, never as zero', () => {
    expect(measureOf(report, 'cla_dental_checks')).toMatchObject({
      latest: null,
      later: null,
      previous: null,
      direction: null,
    });
  });
});

describe('scorecard report --json --period', () => {
  it.each([
    {
      period: '2021/22 Q1',
      id: 'cla_rate',
      latest: figure('2021/22 Q1', 155.1, 321),
      later: null,
      previous: null,
      direction: null,
    },
    {
      period: '2021/22 Q1',
      id: 'cla_3plus_placements',
      latest: figure('2021/22 Q1', 4, 13, 321),
      later: null,
      previous: null,
      direction: null,
    },
    {
      period: '2021/22 Q1',
      id: 'cla_missing_percent',
      latest: figure('2020/21', 10.8, null, null, 'provisional'),
      later: { period: '2021/22 Q1', status: 'reported_annually' },
      previous: figure('2019/20', 12.4),
      direction: 'lower',
    },
    {
      period: '2020/21',
      id: 'cla_rate',
      latest: figure('2020/21', 158.4, 328, null, 'provisional'),
      later: null,
      previous: figure('2019/20', 150.2, 311),
      direction: 'higher',
    },
    {
      period: '2020/21',
      id: 'cla_3plus_placements',
      latest: figure('2020/21', 8.2, 27, 328, 'provisional'),
      later: null,
      previous: figure('2019/20', 9.6, 30, 311),
      direction: 'improving',
    },
    {
      period: '2020/21',
      id: 'cla_missing_percent',
      latest: figure('2020/21', 10.8, null, null, 'provisional'),
      later: null,
      previous: figure('2019/20', 12.4),
      direction: 'lower',
    },
    {
      period: '2020/21',
      id: 'care_leavers_19_21_eet',
      latest: figure('2020/21', 51.3, 39, 76),
      later: null,
      previous: figure('2019/20', 48.6, 35, 72),
      direction: 'improving',
    },
  ])(
    'at $period reports $id latest $latest.period, previous $previous',
    async ({ period, id, latest, later, previous, direction }) => {
      const report = await jsonReport('--period', period);
      expect(report.period).toBe(period);
      expect(measureOf(report, id)).toMatchObject({ latest, later, previous, direction });
    },
  );

  it.each([
    {
      argv: ['--area', 'E06000001', '--period', '2021-22'],
      message:
        '--period 2021-22 is ambiguous: write 2021/22 for the financial year, or 2019-22 for the three years ending March 2022.',
    },
    {
      argv: ['--area', 'E06000001', '--period', '2030/31'],
      message:
        '--period 2030/31 has no figures for Hartlepool (E06000001). Use a period with figures: 2021/22 Q2, 2021/22 Q1, 2020/21, 2019/20.',
    },
    {
      argv: ['--area', 'E12000001'],
      message:
        '--area E12000001 is North East, a region, not a local authority. Use the ONS code of a local authority, such as E06000047.',
    },
  ])('refuses $argv as the app refuses such a link, saying why', async ({ argv, message }) => {
    const { code, out, err } = await run('report', HARTLEPOOL_FILE, ...argv);
    expect([code, out, err]).toEqual([2, [], [message]]);
  });
});

describe('scorecard report as text', () => {
  let result: Run;

  beforeAll(async () => {
    result = await run('report', HARTLEPOOL_FILE, '--area', 'E06000001');
  });

  test('exits 0 and heads the table with the area name, code and period', () => {
    expect(result.code).toBe(0);
    expect(result.out[0]).toBe('Hartlepool (E06000001): performance scorecard at 2021/22 Q2');
  });

  test('prints a title line, a heading, a rule and one line per measure', () => {
    expect(result.out).toHaveLength(3 + MEASURE_COUNT);
  });

  test('names the comparators in the heading', () => {
    expect(result.out[1]).toMatch(/^Measure\s+Latest\s+Previous\s+Direction\s+England\s+North East\s+Stat neighbours$/);
  });

  it.each([
    {
      measure: 'cla_rate',
      line: /^Children in care per 10,000\s+152\.7 \(316 children\) 2021\/22 Q2\s+155\.1 \(321 children\) 2021\/22 Q1\s+Lower\s+67\.0 \(2019\/20\)\s+108\.0 \(2019\/20\)\s+119\.0 \(2019\/20\)$/,
    },
    {
      measure: 'cla_3plus_placements',
      line: /^3 or more placements in the year\s+6\.3% \(20 of 316\) 2021\/22 Q2\s+4.0% \(13 of 321\) 2021\/22 Q1\s+Worsening\s+11\.0% \(2019\/20\) Better\s+10\.0% \(2019\/20\) Better\s+6\.5% \(2019\/20\) Similar$/,
    },
    {
      measure: 'cla_missing_percent',
      line: /^Went missing during the year\s+10\.8% 2020\/21\s+12\.4% 2019\/20\s+Lower\s+11\.0% \(2019\/20\)\s+10\.0% \(2019\/20\)\s+11\.5% \(2019\/20\)$/,
    },
    {
      measure: 'adoption_a1_days',
      line: /^Days from care to adoptive family \(A1\)\s+480 days 2021\/22 Q2\s+455 days 2021\/22 Q1\s+Worsening\s+376 days \(2019\/20\) Worse\s+Not available \(2019\/20\)\s+Not available \(2019\/20\)$/,
    },
    {
      measure: 'care_leavers_19_21_eet',
      line: /^Care leavers 19-21 in EET\s+45\.0% 2021\/22 Q2\s+43\.2% 2021\/22 Q1\s+Improving\s+53\.0% \(2019\/20\) Worse\s+52\.0% \(2019\/20\) Worse\s+46\.0% \(2019\/20\) Similar$/,
    },
    { measure: 'cla_dental_checks', line: /^Dental check in the last year\s+-\s+-\s+-\s+-\s+-\s+-$/ },
  ])('prints the $measure line', ({ line }) => {
    expect(result.out).toContainEqual(expect.stringMatching(line));
  });

  test('writes nothing to the error stream', () => {
    expect(result.err).toEqual([]);
  });
});
