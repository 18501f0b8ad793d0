import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { located, repoPath } from '../../test/unit/tables';
import { readFolderHomes } from './load-homes';

const TODAY = '2026-12-01';
const fromData = (file: string) => Promise.resolve(readFileSync(repoPath(`data/${file}`), 'utf8'));

test("the data folder's newest homes table is the home council's, read as the seed writes its dates", async () => {
  const read = await readFolderHomes(
    fromData,
    { homes: ['homes/county-durham-2016-06-08.csv'], homeArea: 'E06000047' },
    TODAY,
  );
  expect(read.problems).toEqual([]);
  expect(read.value.map((table) => [table.areaCode, table.fileName, table.homes.length, table.hasInterim])).toEqual([
    ['E06000047', 'county-durham-2016-06-08.csv', 10, true],
  ]);
  expect(read.value[0]?.homes[0]?.full).toEqual({ date: '2015-07-21', grade: 'outstanding' });
});

test('a folder that lists no homes table has none', async () => {
  expect(await readFolderHomes(fromData, { homes: [], homeArea: 'E06000047' }, TODAY)).toEqual({
    value: [],
    problems: [],
  });
});

test('a listed table that is missing or has an error gives no homes and says why', async () => {
  const missing = await readFolderHomes(
    () => Promise.reject(new Error('HTTP 404')),
    { homes: ['homes/gone.csv'], homeArea: 'E06000047' },
    TODAY,
  );
  expect(missing.value).toEqual([]);
  expect(missing.problems[0]?.message).toBe(
    'The data file homes/gone.csv could not be loaded (HTTP 404). Check it is in the published data folder.',
  );
  const broken = await readFolderHomes(
    () => Promise.resolve(readFileSync(repoPath('test/fixtures/homes/unknown_judgement.csv'), 'utf8')),
    { homes: ['homes/unknown_judgement.csv'], homeArea: 'E06000047' },
    TODAY,
  );
  expect(broken.value).toEqual([]);
  expect(broken.problems.map(located)).toEqual([
    { rule: 'unknown_judgement', severity: 'error', row: 2, column: 'Full inspection overall judgement' },
  ]);
});
