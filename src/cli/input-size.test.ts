// Every input the command reads has a size limit, checked before it is read into memory, with a
// message that says the limit and what to do. The large files are sparse (truncate): their size
// is on disk only in the directory, so the tests cost nothing.
import { copyFile, mkdir, mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { TODAY } from '../../test/unit/uploads';
import { repoPath } from '../../test/unit/tables';
import { MAX_PACK_BYTES, MAX_UPLOAD_BYTES } from '../adapters/decode';
import { main } from './main';
import { readStream } from './spc';

const MEBIBYTE = 1024 * 1024;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) }, TODAY);
  return { code, out, err };
}

async function sparseFile(name: string, bytes: number): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'scorecard-size-'));
  const file = path.join(folder, name);
  await writeFile(file, '');
  await truncate(file, bytes);
  return file;
}

describe('size limits on the command line', () => {
  it.each([
    {
      name: 'figures.csv',
      bytes: MAX_UPLOAD_BYTES + 1,
      says: /figures\.csv is 60\.1 MB; the largest file this page reads is 60 MB\./,
    },
    {
      name: 'figures.xlsx',
      bytes: 200 * MEBIBYTE,
      says: /figures\.xlsx is 200 MB; the largest file this page reads is 60 MB\./,
    },
    {
      name: 'scorecard-data-pack.json',
      bytes: MAX_PACK_BYTES + 1,
      says: /scorecard-data-pack\.json is 200\.1 MB; the largest data pack read is 200 MB\. .*Publish the figures as observations CSV files/,
    },
  ])('refuses $name of $bytes bytes from its size, with the limit, and exits 1', async ({ name, bytes, says }) => {
    const { code, out } = await run('validate', await sparseFile(name, bytes));
    expect(code).toBe(1);
    expect(out).toEqual([
      expect.stringMatching(says),
      expect.stringMatching(/^There is a problem with the file: 1 error/),
    ]);
  });

  it('refuses a data folder file over the limit, naming it', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'scorecard-data-'));
    for (const file of ['key-questions.csv', 'measures.csv', 'areas.csv', 'manifest.json'])
      await copyFile(repoPath(`data/${file}`), path.join(folder, file));
    await mkdir(path.join(folder, 'observations'));
    const big = path.join(folder, 'observations/county-durham-2021-22-q2.csv');
    await writeFile(big, '');
    await truncate(big, MAX_UPLOAD_BYTES + MEBIBYTE);
    const { code, err } = await run('report', '--data', folder);
    expect(code).toBe(1);
    expect(err).toContainEqual(
      'Error: The data file observations/county-durham-2021-22-q2.csv is 61 MB; the largest data file read is 60 MB. Split it into files of a few years each and list each in manifest.json.',
    );
  });
});

describe('scorecard spc standard input', () => {
  it('stops reading past the limit and says how much it read', async () => {
    const chunk = Buffer.alloc(MEBIBYTE, 0x20);
    const input = await readStream(Readable.from(Array<Buffer>(8).fill(chunk)), 5 * MEBIBYTE);
    expect(input).toEqual({ tooLarge: 5 * MEBIBYTE + MEBIBYTE });
  });

  it('reads input under the limit in full', async () => {
    await expect(readStream(Readable.from([Buffer.from('{"values":'), Buffer.from('[1]}')]), 100)).resolves.toBe(
      '{"values":[1]}',
    );
  });
});
