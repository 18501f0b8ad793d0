import { copyFile, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { repoPath } from '../../test/unit/tables';
import { TODAY, uploadFixturePath } from '../../test/unit/uploads';
import { main } from './main';
import { HARTLEPOOL_FILE, INVALID_VALUE_FILE, run } from '../../test/unit/cli';

describe('scorecard validate', () => {
  test('exits 0 for a good file and counts its observations', async () => {
    const { code, out } = await run('validate', HARTLEPOOL_FILE);
    expect(code).toBe(0);
    expect(out).toEqual([`${HARTLEPOOL_FILE}: 35 observations, no errors, 0 warnings.`]);
  });

  test("counts the file's own figures, not the data folder's Ofsted leadership counts", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'validate-leaders-'));
    await cp(repoPath('data'), folder, { recursive: true });
    const manifest = JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(
      path.join(folder, 'manifest.json'),
      JSON.stringify({ ...manifest, ofstedLeadership: 'ofsted/Inspections_as_at_31_March.csv' }),
    );
    const { code, out } = await run('validate', HARTLEPOOL_FILE, '--data', folder);
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

  // Hand-checked: 83 of 53 cannot be a percentage; 65 of 77 is 84.4%, not the 71.4% written.
  it.each([
    {
      file: 'numerator_over_denominator.csv',
      line: 'Error: Row 2, column numerator: the numerator 83 of Care leavers 17-18 in EET is larger than its denominator 53, and a percentage cannot count more than its whole. Check the two are not swapped.',
    },
    {
      file: 'value_disagrees_with_counts.csv',
      line: 'Error: Row 2, column value: 71.4% for Care leavers 17-18 in EET is not 65 of 77, which is 84.4%. Correct the value or the counts.',
    },
  ])('exits 1 on $file, naming the row, the measure and the fix', async ({ file, line }) => {
    const { code, out } = await run('validate', repoPath(`test/fixtures/observations/${file}`));
    expect([code, out[0]]).toEqual([1, line]);
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

  test('checks a table of the council’s children’s homes and says how many homes it holds', async () => {
    const { code, out } = await run('validate', repoPath('data/homes/county-durham-2016-06-08.csv'));
    expect(code).toBe(0);
    expect(out).toEqual([
      "county-durham-2016-06-08.csv: 10 children's homes, each checked.",
      `${repoPath('data/homes/county-durham-2016-06-08.csv')}: 0 observations, no errors, 0 warnings.`,
    ]);
  });

  test('exits 1 for a table of homes listing one home twice, naming the row', async () => {
    const { code, out } = await run('validate', repoPath('test/fixtures/homes/duplicate_home.csv'));
    expect(code).toBe(1);
    expect(out).toEqual([
      "Error: duplicate_home.csv row 4, column Name: row 2 already lists 'high  etherley'. List each home once, with its latest inspections: delete one of the two rows.",
      'There is a problem with the file: 1 error, 0 warnings. Nothing was loaded.',
    ]);
  });

  test('asks for a file when given none', async () => {
    const { code, err } = await run('validate');
    expect(code).toBe(2);
    expect(err.join('\n')).toContain(
      'scorecard validate <file>... [--area CODE] [--comparator-period PERIOD] [--data DIR]',
    );
  });
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
});

describe('scorecard validate --data on a broken data folder', () => {
  /** A data folder holding data/'s catalogue and areas, with `manifest` as its manifest.json (none if null). */
  async function folderWith(manifest: string | null): Promise<string> {
    const folder = await mkdtemp(path.join(tmpdir(), 'scorecard-data-'));
    for (const file of ['key-questions.csv', 'measures.csv', 'areas.csv'])
      await copyFile(repoPath(`data/${file}`), path.join(folder, file));
    if (manifest !== null) await writeFile(path.join(folder, 'manifest.json'), manifest);
    return folder;
  }

  // The command line used to read a broken manifest as no manifest at all, and say nothing.
  it.each([
    { what: 'is not JSON', manifest: '{ "homeArea": ', says: 'data/manifest.json is not valid JSON.' },
    {
      what: 'lists no observations',
      manifest: '{ "homeArea": "E06000047", "observations": [] }',
      says: 'manifest.json: "observations" must list at least one observations CSV file',
    },
    {
      what: 'is missing',
      manifest: null,
      says: 'The data file manifest.json could not be loaded (no such file in ',
    },
  ])('reports a manifest that $what, and exits 1', async ({ manifest, says }) => {
    const folder = await folderWith(manifest);
    const { code, out } = await run('validate', HARTLEPOOL_FILE, '--data', folder);
    expect(code).toBe(1);
    expect(out.filter((line) => line.startsWith('Error:'))).toEqual([expect.stringContaining(says)]);
  });

  test('reports a file the manifest lists that is not in the folder, and every other problem with it', async () => {
    const folder = await folderWith(
      JSON.stringify({
        homeArea: 'E06000999',
        observations: ['observations/not-copied.csv'],
        statNeighbourModels: ['stat-neighbours-2021.csv'],
      }),
    );
    const { code, err } = await run('report', '--data', folder);
    expect(code).toBe(1);
    expect(err.slice(0, -1).map((line) => line.replace(/ \(no such file in .*?\)/, ''))).toEqual([
      'Error: The data file observations/not-copied.csv could not be loaded. Check it is in the published data folder.',
      'Error: The data file stat-neighbours-2021.csv could not be loaded. Check it is in the published data folder.',
      "Error: data/manifest.json: homeArea 'E06000999' is not in areas.csv. Give the ONS code of the local authority, e.g. E06000047.",
    ]);
  });
});

describe("scorecard validate on the seed paper's own table", () => {
  test('reads the seed scorecard as printed except its undated comparator columns, whose period it asks for once each', async () => {
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

  test.each([
    { given: '2019/20', code: 0, last: /no errors/ },
    { given: 'last year', code: 2, last: /^--comparator-period last year: / },
  ])('reads the undated comparator columns as $given with --comparator-period', async ({ given, code, last }) => {
    const out: string[] = [];
    const exit = await main(
      [
        'validate',
        repoPath('test/fixtures/upload/good/seed-002-characteristics-as-printed.csv'),
        '--area',
        'E06000047',
        '--comparator-period',
        given,
      ],
      { out: (line) => out.push(line), err: (line) => out.push(line) },
      TODAY,
    );
    expect([exit, out.at(-1)]).toEqual([code, expect.stringMatching(last)]);
  });
});
