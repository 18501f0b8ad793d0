// The command line accounts for every row of a DfE file in the upload preview's words
// (describeOpenDataRows), so a row it skips is never skipped without a word.
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoPath } from '../../test/unit/tables';
import { run } from '../../test/unit/cli';

/** The header and Hartlepool's three 2025 rows of the real extract, the last with its level misspelt. */
function misspeltLevelFile(): string {
  const lines = readFileSync(repoPath('test/fixtures/dfe/cla_number_and_rate_per_10k_children.csv'), 'utf8').split(
    /\r?\n/,
  );
  const hartlepool = lines.filter(
    (line) => line.startsWith('2025,Reporting year,Local authority,') && line.includes(',Hartlepool,'),
  );
  expect(hartlepool).toHaveLength(3);
  const last = hartlepool[2]?.replace(',Local authority,', ',Local authorty,') ?? '';
  return [lines[0], hartlepool[0], hartlepool[1], last, ''].join('\n');
}

describe('scorecard on a DfE file with a row it skips', () => {
  test('validate counts every row as the upload preview does, and warns of the misspelt level', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-dfe-')), 'cla.csv');
    await writeFile(file, misspeltLevelFile());
    const { code, out } = await run('validate', file);
    expect(code).toBe(0);
    expect(out).toEqual([
      "cla.csv: The file has 3 rows. 2 rows give figures for the scorecard's measures.",
      'cla.csv: 1 row is for Local authorty, which the scorecard does not compare with, so it is skipped.',
      "Warning: cla.csv row 4, column geographic_level: 'Local authorty' is not a geographic level DfE writes, so the row is skipped. Did you mean 'Local authority'? Correct the level to read its figures.",
      `${file}: 2 observations, no errors, 1 warning.`,
    ]);
  });

  test('report says the same on standard error, beside the scorecard', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-dfe-')), 'cla.csv');
    await writeFile(file, misspeltLevelFile());
    const { code, err } = await run('report', file, '--area', 'E06000001');
    expect(code).toBe(0);
    expect(err.slice(0, 2)).toEqual([
      "cla.csv: The file has 3 rows. 2 rows give figures for the scorecard's measures.",
      'cla.csv: 1 row is for Local authorty, which the scorecard does not compare with, so it is skipped.',
    ]);
  });
});
