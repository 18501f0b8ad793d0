import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, test } from 'vitest';
import type { ReportComparator, ReportMeasure, ScorecardReport } from '../domain/scorecard/report';
import { ROOT, realCatalogue, repoPath } from '../../test/unit/tables';
import { TODAY, uploadFixturePath } from '../../test/unit/uploads';
import { dataPack } from '../adapters/export';
import { loadSampleDataset } from '../../test/unit/sample-dataset';
import { main } from './main';

const HARTLEPOOL_FILE = repoPath('test/fixtures/other-la/hartlepool.csv');
const DURHAM_FILE = repoPath('data/observations/county-durham-2021-22-q2.csv');
const INVALID_VALUE_FILE = repoPath('test/fixtures/observations/invalid_value.csv');

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function run(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) }, TODAY);
  return { code, out, err };
}

async function jsonReport(...argv: string[]): Promise<ScorecardReport> {
  const { code, out, err } = await run('report', HARTLEPOOL_FILE, '--area', 'E06000001', '--json', ...argv);
  if (code !== 0) throw new Error(`report exited ${code}: ${err.join('\n')}`);
  return JSON.parse(out.join('\n')) as ScorecardReport;
}

function measureOf(report: ScorecardReport, id: string): ReportMeasure {
  const found = report.measures.find((measure) => measure.id === id);
  if (!found) throw new Error(`no ${id} in the report`);
  return found;
}

type Shown = Pick<ReportComparator, 'value' | 'status' | 'rating'>;

/** Hartlepool's three comparators, all with 2019/20 figures in the fixture. */
function comparators(england: Shown, region: Shown, neighbours: Shown): ReportComparator[] {
  return [
    { kind: 'england', area: { code: 'E92000001', name: 'England' }, period: '2019/20', ...england },
    { kind: 'region', area: { code: 'E12000001', name: 'North East' }, period: '2019/20', ...region },
    {
      kind: 'stat_neighbours',
      area: { code: 'SN:E06000001', name: 'Statistical neighbours of Hartlepool' },
      period: '2019/20',
      ...neighbours,
    },
  ];
}

function figure(
  period: string,
  value: number | null,
  numerator: number | null = null,
  denominator: number | null = null,
  status = 'final',
) {
  return { period, value, numerator, denominator, status };
}

const MEASURE_COUNT = realCatalogue().value.measures.length;

/** A JSON report without the file and row of each figure, to compare the figures that two files of different layouts give. */
function withoutSources(json: string): unknown {
  return JSON.parse(json, (key, value: unknown) => (key === 'source' ? undefined : value));
}

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
      previous: figure('2021/22 Q1', 4.1, 13, 321),
      direction: 'worsening',
      comparators: comparators(
        { value: 11, status: 'final', rating: 'better' },
        { value: 10, status: 'final', rating: 'better' },
        { value: 6.5, status: 'final', rating: 'similar' },
      ),
    },
    {
      id: 'cla_missing_percent',
      latest: figure('2020/21', 10.8, null, null, 'provisional'),
      later: { period: '2021/22 Q2', status: 'reported_annually' },
      previous: figure('2019/20', 12.4),
      direction: 'improving',
      comparators: comparators(
        { value: 11, status: 'final', rating: 'similar' },
        { value: 10, status: 'final', rating: 'worse' },
        { value: 11.5, status: 'final', rating: 'better' },
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
      latest: figure('2021/22 Q1', 4.1, 13, 321),
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
      direction: 'improving',
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
      direction: 'improving',
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
      line: /^3 or more placements in the year\s+6\.3% \(20 of 316\) 2021\/22 Q2\s+4\.1% \(13 of 321\) 2021\/22 Q1\s+Worsening\s+11\.0% \(2019\/20\) Better\s+10\.0% \(2019\/20\) Better\s+6\.5% \(2019\/20\) Similar$/,
    },
    {
      measure: 'cla_missing_percent',
      line: /^Went missing during the year\s+10\.8% 2020\/21\s+12\.4% 2019\/20\s+Improving\s+11\.0% \(2019\/20\) Similar\s+10\.0% \(2019\/20\) Worse\s+11\.5% \(2019\/20\) Better$/,
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

describe('scorecard validate', () => {
  test('exits 0 for a good file and counts its observations', async () => {
    const { code, out } = await run('validate', HARTLEPOOL_FILE);
    expect(code).toBe(0);
    expect(out).toEqual([`${HARTLEPOOL_FILE}: 35 observations, no errors, 0 warnings.`]);
  });

  test('exits 1 for a file with an error and prints where it is and what to do', async () => {
    const { code, out } = await run('validate', INVALID_VALUE_FILE);
    expect(code).toBe(1);
    expect(out).toEqual([
      "Error: Row 3, column value: 'nine' is not a number. Give a number such as 63.9, 63.9% or 1,234, or a status symbol such as c (suppressed) or x (not available).",
      'There is a problem with the file: 1 error, 0 warnings. Nothing was loaded.',
    ]);
  });

  test('exits 0 for a file with only a warning and prints the warning', async () => {
    const { code, out } = await run('validate', repoPath('test/fixtures/observations/duplicate_row.csv'));
    expect(code).toBe(0);
    expect(out[0]).toBe(
      'Warning: Row 4, column measure: repeats row 3 (cla_health_assessments, E06000047, 2021/22 Q2). The repeat is ignored.',
    );
  });

  test('exits 1 for a file that cannot be read, naming it', async () => {
    const missing = repoPath('test/fixtures/observations/no-such-file.csv');
    const { code, out } = await run('validate', missing);
    expect(code).toBe(1);
    expect(out[0]).toBe(`Error: ${missing} cannot be read. Check the path.`);
  });

  test('asks for a file when given none', async () => {
    const { code, err } = await run('validate');
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('scorecard validate <file>... [--area CODE] [--data DIR]');
  });
});

describe('scorecard report: choosing the area', () => {
  test('exits non-zero for an unknown --area and says which codes to use', async () => {
    const { code, out, err } = await run('report', HARTLEPOOL_FILE, '--area', 'E06000999');
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual(['--area E06000999 is not a known area code. Use an ONS code such as E06000047.']);
  });

  test('exits non-zero and asks for --area when the files hold several local authorities', async () => {
    const { code, out, err } = await run('report', HARTLEPOOL_FILE, DURHAM_FILE);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'The files hold figures for several local authorities (E06000001, E06000047). Say which with --area CODE.',
    ]);
  });

  test('picks the only local authority in the file when --area is left out', async () => {
    const { code, out } = await run('report', HARTLEPOOL_FILE);
    expect(code).toBe(0);
    expect(out[0]).toBe('Hartlepool (E06000001): performance scorecard at 2021/22 Q2');
  });

  test('reports either authority from a pair of files when told which', async () => {
    const { code, out } = await run('report', HARTLEPOOL_FILE, DURHAM_FILE, '--area', 'E06000047');
    expect(code).toBe(0);
    expect(out[0]).toBe('County Durham (E06000047): performance scorecard at 2021/22 Q2');
  });

  test('reports the home area of the data folder when given no files', async () => {
    const { code, out } = await run('report');
    expect(code).toBe(0);
    expect(out[0]).toBe('County Durham (E06000047): performance scorecard at 2021/22 Q2');
  });

  test('refuses to report a file with errors', async () => {
    const { code, err } = await run('report', INVALID_VALUE_FILE);
    expect(code).toBe(1);
    expect(err).toEqual([
      "Error: Row 3, column value: 'nine' is not a number. Give a number such as 63.9, 63.9% or 1,234, or a status symbol such as c (suppressed) or x (not available).",
      'The scorecard was not produced because the files have errors. Run `scorecard validate <file>` for the full report.',
    ]);
  });

  test('refuses an unknown command', async () => {
    const { code, err } = await run('print');
    expect(code).toBe(2);
    expect(err[0]).toMatch(/^Unknown command 'print'\./);
  });
});

describe('bin/scorecard.mjs', () => {
  test('runs as a real command: exits 0 and prints the JSON report for Hartlepool', () => {
    // execFileSync throws when the command exits with anything but 0, so reaching the parse is the exit check.
    const stdout = execFileSync(
      process.execPath,
      ['bin/scorecard.mjs', 'report', 'test/fixtures/other-la/hartlepool.csv', '--area', 'E06000001', '--json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const report = JSON.parse(stdout) as ScorecardReport;
    expect(report.area.code).toBe('E06000001');
    expect(report.period).toBe('2021/22 Q2');
  }, 60_000);
});

describe('scorecard validate on an unreadable file', () => {
  test('reports one error for a semicolon-separated file, without follow-on errors', async () => {
    const out: string[] = [];
    const code = await main(['validate', repoPath('test/fixtures/observations/wrong_delimiter.csv')], {
      out: (line) => out.push(line),
      err: (line) => out.push(line),
    });
    expect(code).toBe(1);
    expect(out).toEqual([
      'Error: wrong_delimiter.csv separates its columns with semicolons, not commas. Save it again as "CSV (Comma delimited)".',
      'There is a problem with the file: 1 error, 0 warnings. Nothing was loaded.',
    ]);
  });
});

describe('scorecard validate on each upload fixture (test/fixtures/upload/)', () => {
  it.each([
    {
      file: 'empty_file.csv',
      line: 'Error: empty_file.csv is empty (0 bytes). Choose the file that holds the figures.',
    },
    {
      file: 'binary_file.csv',
      line: 'Error: binary_file.csv is not a text file: save it from Excel as CSV UTF-8 or choose the .xlsx workbook. (It looks like binary data.)',
    },
    {
      file: 'wrong_delimiter.csv',
      line: 'Error: wrong_delimiter.csv separates its columns with semicolons, not commas. Save it again as "CSV (Comma delimited)".',
    },
    {
      file: 'missing_column.csv',
      line: "Error: missing_column.csv: the header has no 'period' column. The first row must name the columns measure, area, period, value.",
    },
    {
      file: 'conflicting_values.csv',
      line: 'Error: Row 4, column value: row 2 gives a different figure for cla_adopted_percent, E06000001, 2020/21. Keep one row per measure, area and period.',
    },
    {
      file: 'unknown_measure.csv',
      line: "Error: Row 3, column Measure: 'Percentage of CLA with a missing incidnet during the year' is not a measure in the catalogue. Did you mean 'Percentage of CLA with a missing incident during the year' or 'Percentage of CLA with 3 or more placements during the year' or 'Percentage of CLA who had 3 or more social workers during the year'?",
    },
    {
      file: 'unknown_area.csv',
      line: "Error: Row 4, column area: 'E6000001' is not a known area code. Use an ONS code such as E06000047 (a local authority), E12000001 (a region), E92000001 (England) or SN:E06000047 (an LA's statistical neighbours).",
    },
    {
      file: 'invalid_period.csv',
      line: "Error: Row 1, column 2021/23: 2021/23 is not a financial year: the second year must follow the first (2021/22). Write each period column's heading as a period: 2020/21, 2020/21 [Provisional] or Q2 2021/22.",
    },
    {
      file: 'invalid_value.csv',
      line: "Error: Row 2, column Q2 2021/22: 'nine' is not a number. Give a number such as 63.9, 63.9% [53 of 83] or 82.9 [833], a status such as NND, N/A, Reported annually or TBC, or leave the cell blank.",
    },
    {
      file: 'numerator_without_value.csv',
      line: 'Error: Row 2, column Q1 2021/22: a numerator or denominator is given but there is no figure (no new data). Give the value as well, or remove the counts.',
    },
    {
      file: 'too_many_columns.csv',
      line: 'Error: too_many_columns.csv has 1,000 columns; the most a scorecard file can have is 200. Check it is the right file: an observations file has 8 columns, a scorecard-layout file one per period and comparator.',
    },
    {
      file: 'header_only.csv',
      line: 'Error: header_only.csv has a header row but no figures below it. Add the figures under the header, or choose the file that holds them.',
    },
    {
      file: 'old_excel_file.xls',
      line: 'Error: old_excel_file.xls is an old Excel 97-2003 workbook (.xls), which this page does not read. Open it in Excel and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8".',
    },
    {
      file: 'unreadable_xlsx.xlsx',
      line: 'Error: unreadable_xlsx.xlsx cannot be read as an .xlsx workbook: it is damaged: its ZIP container cannot be opened. Open it in Excel and save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8".',
    },
  ])('exits 1 for $file and prints its one error', async ({ file, line }) => {
    const { code, out } = await run('validate', uploadFixturePath(file), '--area', 'E06000001');
    expect(code).toBe(1);
    expect(out).toEqual([line, 'There is a problem with the file: 1 error, 0 warnings. Nothing was loaded.']);
  });

  test('exits 1 for a scorecard-layout file without --area and says to give it', async () => {
    const { code, out } = await run('validate', uploadFixturePath('area_required.csv'));
    expect(code).toBe(1);
    expect(out[0]).toBe(
      'Error: area_required.csv is in the scorecard layout, which does not say which local authority its figures are for. Choose the local authority (on the command line, --area CODE, e.g. --area E06000001).',
    );
  });

  it.each([
    {
      file: 'duplicate_row.csv',
      count: 10,
      line: 'Warning: Row 4, column 2019/20: repeats row 2 (adopters_approved, E06000001, 2019/20). The repeat is ignored.',
    },
    {
      file: 'future_period.csv',
      count: 4,
      line: `Warning: Row 2, column Q1 2022/23: 2022/23 Q1 starts on 1 April 2022, after today (17 December 2021). Check the period: figures are published after their period starts.`,
    },
  ])('exits 0 for $file, which has only a warning, and prints it', async ({ file, count, line }) => {
    const path = uploadFixturePath(file);
    const { code, out } = await run('validate', path, '--area', 'E06000001');
    expect(code).toBe(0);
    expect(out).toEqual([line, `${path}: ${count} observations, no errors, 1 warning.`]);
  });

  it.each([
    { file: 'good/hartlepool-scorecard-2021-22-q2.csv', count: 35 },
    { file: 'good/hartlepool-scorecard-2021-22-q2.xlsx', count: 35 },
    { file: 'good/hartlepool-observations.xlsx', count: 35 },
    { file: 'good/windows-1252.csv', count: 2 },
    { file: 'good/utf8-bom-crlf.csv', count: 7 },
    { file: 'html_in_text.csv', count: 2 },
  ])('exits 0 for $file with $count observations', async ({ file, count }) => {
    const path = uploadFixturePath(file);
    const { code, out } = await run('validate', path, '--area', 'E06000001');
    expect(code).toBe(0);
    expect(out).toEqual([`${path}: ${count} observations, no errors, 0 warnings.`]);
  });

  test('refuses an --area the data folder does not know before reading the file', async () => {
    const { code, out, err } = await run('validate', uploadFixturePath('area_required.csv'), '--area', 'E06000999');
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual(['--area E06000999 is not a known area code. Use an ONS code such as E06000047.']);
  });
});

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

describe("scorecard validate on the seed paper's own table", () => {
  test('reads the seed scorecard as printed except its undated comparator numbers, which it asks to date', async () => {
    const out: string[] = [];
    const code = await main(
      [
        'validate',
        repoPath('test/fixtures/upload/good/seed-002-characteristics-as-printed.csv'),
        '--area',
        'E06000047',
      ],
      { out: (line) => out.push(line), err: (line) => out.push(line) },
      TODAY,
    );
    expect(code).toBe(1);
    expect(out.filter((line) => line.startsWith('Error')).map((line) => /column ([^:]+):/.exec(line)?.[1])).toEqual([
      'England',
      'North East',
      'Stat Neighbour',
      'England',
      'North East',
      'Stat Neighbour',
    ]);
  });

  test('reads the seed scorecard with dated comparator headings with no errors', async () => {
    const out: string[] = [];
    const code = await main(
      [
        'validate',
        repoPath('test/fixtures/upload/good/seed-002-characteristics-dated-comparators.csv'),
        '--area',
        'E06000047',
      ],
      { out: (line) => out.push(line), err: (line) => out.push(line) },
      TODAY,
    );
    expect([code, out.at(-1)]).toEqual([0, expect.stringMatching(/no errors/)]);
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

  test("ranks Stockton-on-Tees' 2024/25 rate 9th lowest of the 12 North East councils (band C), and counts the councils the extract has", async () => {
    // The 2024/25 North East rates, lowest first: Northumberland 77, Sunderland 90, North Tyneside 91, South Tyneside 97,
    // Newcastle 107, Darlington 117, County Durham 118, Gateshead 124, Stockton-on-Tees 125, Middlesbrough 138, Redcar 144, Hartlepool 157.
    expect(measureOf(await dfeReport(), 'cla_rate').ranks).toEqual([
      {
        scope: 'region',
        area: { code: 'E12000001', name: 'North East' },
        period: '2024/25',
        rank: 9,
        ranked: 12,
        of: 12,
        band: 'C',
      },
      {
        scope: 'england',
        area: { code: 'E92000001', name: 'England' },
        period: '2024/25',
        rank: 18,
        ranked: 21,
        of: 153,
        band: 'D',
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
  ])('refuses $argv, saying what to use', async ({ argv, message }) => {
    const { code, err } = await run('report', ...dfeFiles, '--area', 'E06000004', ...argv);
    expect([code, err]).toEqual([2, [message]]);
  });

  test("keeps County Durham's own 2020/21 figure over the DfE's when both files are given", async () => {
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
    expect([code, measure.latest?.value, measure.latest?.source.file]).toEqual([
      0,
      93.5,
      'county-durham-2021-22-q2.csv',
    ]);
  });
});
