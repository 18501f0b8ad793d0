import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { repoPath } from '../../test/unit/tables';
import { loadPopulation, type ReadText } from './load-dataset';

const fromDataFolder: ReadText = (file) => readFile(repoPath(`data/${file}`), 'utf8');

describe('loadPopulation', () => {
  test("reads the data folder's ONS estimates of children aged 0 to 17", async () => {
    const read = await loadPopulation(fromDataFolder);
    expect(read.problems).toEqual([]);
    expect(read.value?.byArea.get('E06000047')?.size).toBeGreaterThan(5);
  });

  test('names the file when it cannot be had, and gives no table', async () => {
    const read = await loadPopulation(() => Promise.reject(new Error('HTTP 404')));
    expect(read.value).toBeNull();
    expect(read.problems[0]?.message).toBe(
      'The data file population-0-17.csv could not be loaded (HTTP 404). Check it is in the published data folder.',
    );
  });

  test('reports a row that is not an estimate', async () => {
    const read = await loadPopulation(() => Promise.resolve('area_code,year,population\nE06000047,2021,none\n'));
    expect(read.problems.map((problem) => problem.rule)).toEqual(['invalid_population']);
  });
});
