import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsvText } from '../adapters/csv';
import { csvOf, episode, table903 } from '../../test/ssda903/builders';
import {
  BROOK_AREA,
  BROOK_BREAKDOWNS_2022,
  BROOK_FIGURES_2022,
  BROOK_POPULATION_CSV,
  BROOK_POSTCODES_CSV,
  brookTables,
} from '../../test/ssda903/brook';
import { TODAY } from '../../test/unit/uploads';
import { main } from './main';

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

/** `from-903` on the files for Brook's area at 31/03/2022, with the test's population table. */
function fromFiles(files: readonly string[], ...options: string[]): Promise<Run> {
  return run('from-903', ...files, '--area', BROOK_AREA, '--as-at', '2022-03-31', '--data', dataDir, ...options);
}

let folder = '';
let dataDir = '';
let brookFiles: string[] = [];

/** Brook's synthetic tables written as an officer would export them: one CSV per table, some with a BOM. */
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'from-903-'));
  dataDir = path.join(folder, 'data');
  await mkdir(dataDir);
  await writeFile(path.join(dataDir, 'population-0-17.csv'), BROOK_POPULATION_CSV.join('\n'));
  brookFiles = [];
  for (const [position, table] of brookTables().entries()) {
    const file = path.join(folder, `export-${position}-${table.fileName}`);
    await writeFile(file, (position % 2 === 0 ? '\uFEFF' : '') + csvOf(table));
    brookFiles.push(file);
  }
  const postcodes = path.join(folder, 'postcodes.csv');
  await writeFile(postcodes, BROOK_POSTCODES_CSV.join('\r\n'));
  brookFiles.push(postcodes);
});

describe('scorecard from-903', () => {
  it('prints exactly the hand-worked figures as an observations CSV, and nothing else', async () => {
    const { code, out, err } = await fromFiles(brookFiles);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out[0]).toBe('measure,area,period,value,numerator,denominator,status,note');
    const rows = readCsvText('out.csv', out.join('\n')).value.records.map(({ cells }) => [
      cells.measure,
      cells.period,
      cells.value === '' ? null : Number(cells.value),
      cells.numerator === '' ? null : Number(cells.numerator),
      cells.denominator === '' ? null : Number(cells.denominator),
      cells.status === '' ? 'final' : cells.status,
    ]);
    expect(rows).toEqual(BROOK_FIGURES_2022);
    expect(out).toContain('cla_count,E06000099,2021/22,5,5,,,At 31/03/2022.');
  });

  it('with --json gives the figures, the breakdowns, what could not be computed and the problems', async () => {
    const { code, out } = await fromFiles(brookFiles, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out.join('\n')) as {
      area: string;
      asAt: string;
      period: string;
      observations: { measure: string; value: number | null }[];
      breakdowns: { breakdown: string; categories: { key: string }[]; count: number; percent: number }[];
      availability: unknown[];
      problems: unknown[];
    };
    expect(report).toMatchObject({
      area: BROOK_AREA,
      asAt: '2022-03-31',
      period: '2021/22',
      availability: [],
      problems: [],
    });
    expect(report.observations.map((item) => [item.measure, item.value])).toEqual(
      BROOK_FIGURES_2022.map(([measure, , value]) => [measure, value]),
    );
    expect(
      report.breakdowns
        .filter((figure) => figure.count > 0)
        .map((figure) => [
          figure.breakdown,
          figure.categories.map((category) => category.key).join(' × '),
          figure.count,
          figure.percent,
        ]),
    ).toEqual(BROOK_BREAKDOWNS_2022);
  });

  it('with --series adds the figures at every month end up to the date', async () => {
    const { out } = await fromFiles(brookFiles, '--series');
    const periods = new Set(out.slice(1).map((line) => line.split(',')[2]));
    expect(periods.has('2021/22')).toBe(true);
    expect(periods.has('2020-04')).toBe(true);
    expect(periods.has('2022-03')).toBe(true);
    expect(out.length - 1).toBe(30 * 25);
  });

  it('reads Windows-1252 files and CRLF, and says which measures a missing table stops', async () => {
    const episodes = brookTables().find((table) => table.fileName === 'episodes.csv');
    if (!episodes) throw new Error('no episodes');
    const file = path.join(folder, 'episodes-1252.csv');
    const text = csvOf(episodes).replace('CHILD,DECOM', 'WORKER,CHILD,DECOM').replace(/\r\nk/g, '\r\nZoë,k');
    await writeFile(file, Buffer.from(text, 'latin1'));
    const { code, out, err } = await fromFiles([file], '--json');
    expect(code).toBe(0);
    expect(err.join('\n')).toContain('WORKER is not part of it');
    const report = JSON.parse(out.join('\n')) as { availability: { id: string; reason: string }[] };
    expect(report.availability.find((entry) => entry.id === 'cla_uasc_percent')?.reason).toBe(
      'Needs the UASC table (uasc.csv: which children are unaccompanied asylum-seeking children).',
    );
  });

  it('reports a broken record in the problems without a child identifier, and still computes', async () => {
    const file = path.join(folder, 'episodes-broken.csv');
    await writeFile(file, csvOf(table903('episodes', [episode('SECRET7', '01/04/2021', '', { PLACE: 'Q9' })])));
    const { code, out, err } = await fromFiles([file], '--json');
    expect(code).toBe(0);
    expect(err.join('\n')).toContain('Data quality: 1 of the 21 checks found records to correct (rule 11: 1)');
    expect(out.join('\n')).not.toContain('SECRET7');
    const report = JSON.parse(out.join('\n')) as {
      problems: { rule: string; table: string; row: number; message: string }[];
    };
    expect(report.problems).toEqual([
      expect.objectContaining({
        rule: 'invalid_code',
        table: 'Episodes',
        row: 2,
        message: expect.stringContaining("PLACE 'Q9'"),
      }),
    ]);
  });

  it.each([
    [['--area', BROOK_AREA], 2, 'Usage'],
    [['--area', 'Brook', '--as-at', '2022-03-31'], 2, 'not a local authority code'],
    [['--area', BROOK_AREA, '--as-at', '31/03/2022'], 2, 'Write it as YYYY-MM-DD'],
  ])('refuses %j with exit code %i', async (options, exitCode, message) => {
    const { code, err } = await run('from-903', brookFiles[0] ?? '', ...options);
    expect(code).toBe(exitCode);
    expect(err.join('\n')).toContain(message);
  });

  it('refuses a file that is not a 903 table, naming it, and computes nothing', async () => {
    const file = path.join(folder, 'figures.csv');
    await writeFile(file, 'measure,area,period,value\r\ncla_rate,E06000047,2021/22,90\r\n');
    const { code, out, err } = await fromFiles([file, ...brookFiles]);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain('figures.csv is not one of the 903 tables');
  });
});

describe('scorecard validate on 903 files', () => {
  it('checks a clean return', async () => {
    const { code, out } = await run('validate', ...brookFiles);
    expect(code).toBe(0);
    expect(out.at(-1)).toMatch(/read as a 903 return with episodes for 9 children; no data-quality problems\.$/);
  });

  it('lists each broken rule with its first rows', async () => {
    const file = path.join(folder, 'episodes-overlap.csv');
    await writeFile(
      file,
      csvOf(
        table903('episodes', [
          episode('1', '01/04/2021', '15/06/2021', { REC: 'X1' }),
          episode('1', '01/06/2021', '', { RNE: 'P' }),
        ]),
      ),
    );
    const { code, out } = await run('validate', file);
    expect(code).toBe(0);
    expect(out).toContain('Rule 6 (501) Episode starts before the previous one ended: 1 record.');
    expect(
      out.some((line) => line.includes('episodes-overlap.csv: Episodes row 2, DEC: the episode ends after the next')),
    ).toBe(true);
  });
});
