// The command line on workbooks built to break the reader or to hide figures: each exits 1 with
// the reason, never a hang, a stack trace or a figure dropped without a word.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sheetXmlOf, workbookBytes } from '../../test/unit/workbook-builder';
import { run } from '../../test/unit/cli';

const HEADER = ['measure', 'area', 'period', 'value'];

async function written(bytes: Uint8Array): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-xlsx-')), 'book.xlsx');
  await writeFile(file, bytes);
  return file;
}

describe('scorecard validate on crafted workbooks', () => {
  it.each([
    {
      what: '20 MB of whitespace after </sheetData>',
      bytes: () =>
        workbookBytes({
          sheetXml: sheetXmlOf([HEADER, ['cla_rate', 'E06000001', '2019/20', 150.2]]).replace(
            '</sheetData>',
            `</sheetData>${' '.repeat(20 * 1024 * 1024)}`,
          ),
          level: 9,
        }),
      says: /^Error: book\.xlsx cannot be read: its first sheet has a run of 20,971,520 characters outside any cell/,
    },
    {
      what: 'an Excel error in a figure',
      bytes: () =>
        workbookBytes({
          cells: [
            HEADER,
            ['cla_rate', 'E06000001', '2019/20', 150.2],
            ['cla_rate', 'E06000001', '2020/21', { xml: ' t="e"><f>D2/0</f><v>#DIV/0!</v></c>' }],
          ],
        }),
      says: /^Error: Row 3, column value \(cell D3\): Excel shows the error '#DIV\/0!' here/,
    },
    {
      what: 'a formula with no saved result',
      bytes: () =>
        workbookBytes({ cells: [HEADER, ['cla_rate', 'E06000001', '2019/20', { xml: '><f>SUM(A1:A3)</f></c>' }]] }),
      says: /^Error: Row 2, column value \(cell D2\): the cell has a formula whose result was never saved/,
    },
  ])('exits 1 for $what, saying why', { timeout: 30_000 }, async ({ bytes, says }) => {
    const { code, out, err } = await run('validate', await written(bytes()), '--area', 'E06000001');
    expect(code).toBe(1);
    expect(err).toEqual([]);
    expect(out[0]).toMatch(says);
    expect(out.at(-1)).toMatch(/Nothing was loaded\.$/);
  });
});
