import { execFileSync } from 'node:child_process';
import { describe, expect, it, test } from 'vitest';
import type { ScorecardReport } from '../domain/scorecard/report';
import { ROOT } from '../../test/unit/tables';
import { DURHAM_FILE, HARTLEPOOL_FILE, INVALID_VALUE_FILE, run } from '../../test/unit/cli';

describe('scorecard report: choosing the area', () => {
  // The view context's notices, as errors: the same words a page uses for a link, with the option's name.
  it.each([
    {
      what: 'an unknown code',
      area: 'E06000999',
      says: '--area E06000999 is not an area code this data holds. Use the ONS code of a local authority, such as E06000047.',
    },
    {
      what: 'a region',
      area: 'E12000001',
      says: '--area E12000001 is North East, a region, not a local authority. Use the ONS code of a local authority, such as E06000047.',
    },
    {
      what: 'a former code, naming the one that replaced it',
      area: 'E08000016',
      says: '--area E08000016 is Barnsley’s code before ONS replaced it with E08000038. Use E08000038.',
    },
  ])('exits 2 for $what as --area, before reading any file, and says what to use', async ({ area, says }) => {
    for (const command of ['report', 'validate']) {
      const { code, out, err } = await run(command, HARTLEPOOL_FILE, '--area', area);
      expect([code, out, err]).toEqual([2, [], [says]]);
    }
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
