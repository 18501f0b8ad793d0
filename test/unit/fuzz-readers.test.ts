/**
 * A seeded, bounded fuzz of every reader (issue 14, point 7): mutated copies of real fixture files
 * (the council's uploads as CSV and .xlsx, a table of homes, a DfE file, Ofsted's sheets, a data
 * pack) go through the readers the upload page and the command line use. A reader may refuse a file
 * but must never throw, never hang past the test's time limit, and never drop a row without a word:
 * in a file it accepts, each row gives a figure (or a home) or is named by a problem, and a DfE
 * file's rows are each counted once. Set FUZZ_SEED to try other mutations; the seed is in each name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { seededRandom } from './seeded-random';
import { readCsvRows } from '../../src/adapters/csv';
import { readDataPack } from '../../src/adapters/data-pack';
import { dataPack } from '../../src/adapters/export';
import { readUpload } from '../../src/adapters/read-upload';
import { readDfeMeasureMap } from '../../src/domain/readers/dfe/dfe-measure-map';
import { readInspectionHistory } from '../../src/domain/readers/ofsted/inspections';
import { readProviderSheet } from '../../src/domain/readers/ofsted/providers';
import { readImport, type ImportContext } from '../../src/domain/readers/read-import';
import type { Problem, SourceTable } from '../../src/domain/readers/result';
import { dataset } from './builders/dataset';
import { VARIED_FIGURES } from './builders/observation';
import { readRepoCsv, realAreaDirectory, repoPath } from './tables';
import { importContext } from './uploads';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const MUTANTS_PER_FILE = 12;

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** Cell texts that have broken readers elsewhere: Excel errors, formulas, huge and invisible text. */
const HOSTILE_CELLS = [
  '#N/A',
  '#DIV/0!',
  '=1+1',
  '"',
  '""',
  ';',
  '\u200B',
  '\uFEFF',
  'x'.repeat(20_000),
  '-',
  '1e999',
  'NaN',
  ' ',
  '1,2,3',
  '\r',
];

/** Text mutations keep the file mostly whole, so the readers get past its header and meet the change. */
const TEXT_MUTATIONS: readonly ((lines: string[], random: Random) => void)[] = [
  (lines, random) => void lines.splice(between(random, 1, lines.length - 1), 1),
  (lines, random) => {
    const at = between(random, 1, lines.length - 1);
    lines.splice(at, 0, lines[at] ?? '');
  },
  (lines, random) => {
    const a = between(random, 0, lines.length - 1);
    const b = between(random, 0, lines.length - 1);
    [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
  },
  (lines, random) => {
    const at = between(random, 0, lines.length - 1);
    const cells = (lines[at] ?? '').split(',');
    cells[between(random, 0, cells.length - 1)] = pick(random, HOSTILE_CELLS);
    lines[at] = cells.join(',');
  },
  (lines, random) => {
    const at = between(random, 0, lines.length - 1);
    const line = lines[at] ?? '';
    const position = between(random, 0, line.length);
    lines[at] = line.slice(0, position) + pick(random, ['"', ',', ';', '\t', '\n', '\u0000']) + line.slice(position);
  },
  (lines, random) => void lines.splice(between(random, 1, lines.length)),
  (lines, random) => {
    const cells = (lines[0] ?? '').split(',');
    cells[between(random, 0, cells.length - 1)] = pick(random, ['', 'numerater', 'value\u200B', 'VALUE', 'notes']);
    lines[0] = cells.join(',');
  },
];

/** Byte mutations for the .xlsx files (and any file): a flipped, lost, added or repeated stretch, or a cut. */
const BYTE_MUTATIONS: readonly ((bytes: Uint8Array, random: Random) => Uint8Array)[] = [
  (bytes, random) => {
    const copy = bytes.slice();
    const at = between(random, 0, copy.length - 1);
    copy[at] = (copy[at] ?? 0) ^ (1 << between(random, 0, 7));
    return copy;
  },
  (bytes, random) => {
    const at = between(random, 0, bytes.length - 1);
    return new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + between(random, 1, 64))]);
  },
  (bytes, random) => {
    const at = between(random, 0, bytes.length);
    const noise = Array.from({ length: between(random, 1, 32) }, () => between(random, 0, 255));
    return new Uint8Array([...bytes.subarray(0, at), ...noise, ...bytes.subarray(at)]);
  },
  (bytes, random) => bytes.subarray(0, between(random, 0, bytes.length - 1)),
];

function mutateText(text: string, random: Random): string {
  const lines = text.split('\n');
  for (let change = between(random, 1, 3); change > 0; change -= 1) pick(random, TEXT_MUTATIONS)(lines, random);
  return lines.join('\n');
}

function mutants(relative: string, index: number): { name: string; bytes: Uint8Array }[] {
  const original = new Uint8Array(readFileSync(repoPath(relative)));
  const binary = /\.xlsx$/i.test(relative);
  return Array.from({ length: MUTANTS_PER_FILE }, (_, mutant) => {
    const seed = SEED + index * 1000 + mutant;
    const random = seededRandom(seed);
    const bytes = binary
      ? pick(random, BYTE_MUTATIONS)(original, random)
      : new TextEncoder().encode(mutateText(new TextDecoder().decode(original), random));
    return { name: `${relative} #${mutant} (seed ${seed})`, bytes };
  });
}

const hasError = (problems: readonly Problem[]) => problems.some((problem) => problem.severity === 'error');

/** The rows of an accepted table that gave nothing and were named by no problem. */
function rowsLostSilently(table: SourceTable, givenRows: ReadonlySet<number>, problems: readonly Problem[]): number[] {
  const named = new Set(problems.map((problem) => problem.row));
  return table.records
    .filter((record) => Object.values(record.cells).some((cell) => cell.trim() !== ''))
    .map((record) => record.row)
    .filter((row) => !givenRows.has(row) && !named.has(row));
}

const dfeMap = readDfeMeasureMap(readRepoCsv('data/dfe-measure-map.csv').value).value;
const context: ImportContext = { ...importContext(), dfeMeasureMap: dfeMap, readsHomes: true };

const UPLOADS = [
  'test/fixtures/upload/good/utf8-bom-crlf.csv',
  'test/fixtures/upload/good/windows-1252.csv',
  'test/fixtures/upload/good/hartlepool-scorecard-2021-22-q2.csv',
  'test/fixtures/upload/good/hartlepool-observations.xlsx',
  'test/fixtures/upload/good/hartlepool-scorecard-2021-22-q2.xlsx',
  'data/homes/county-durham-2016-06-08.csv',
  'test/fixtures/homes/county-durham-2016-06-08.xlsx',
  'test/fixtures/dfe/la_cla_swcount.csv',
];

describe.each(UPLOADS.map((file, index) => ({ file, index })))('mutated copies of $file', ({ file, index }) => {
  test.each(mutants(file, index))(
    '$name: read without a throw or a row lost',
    { timeout: 20_000 },
    async ({ name, bytes }) => {
      const upload = await readUpload(bytes, name.split('/').at(-1) ?? name);
      if (!upload.value) {
        expect(hasError(upload.problems)).toBe(true);
        return;
      }
      const imported = readImport(upload.value, context);
      const problems = [...upload.problems, ...imported.problems];
      if (hasError(problems)) return;
      const { layout, observations, openDataRows, homes } = imported.value;
      if (layout === 'observations')
        expect(
          rowsLostSilently(upload.value, new Set(observations.map((figure) => figure.source.row)), problems),
        ).toEqual([]);
      if (layout === 'homes' && homes)
        expect(rowsLostSilently(upload.value, new Set(homes.homes.map((home) => home.source.row)), problems)).toEqual(
          [],
        );
      if (openDataRows) {
        const skipped = openDataRows.skipped.reduce((sum, level) => sum + level.rows, 0);
        expect(openDataRows.usedRows + openDataRows.unmatchedRows + openDataRows.rejectedRows + skipped).toBe(
          openDataRows.rows,
        );
      }
    },
  );
});

describe("mutated copies of Ofsted's sheets", () => {
  const areas = realAreaDirectory();
  const sheets = [
    { file: 'test/fixtures/ofsted/ILACS_inspection_history.csv', read: readInspectionHistory },
    { file: 'test/fixtures/ofsted-providers/Provider_level_at_31_Mar_2023.csv', read: readProviderSheet },
  ];
  const cases = sheets.flatMap(({ file, read }, index) =>
    mutants(file, 100 + index).map((mutant) => ({ ...mutant, read })),
  );
  test.each(cases)('$name: read without a throw', { timeout: 20_000 }, ({ name, bytes, read }) => {
    const rows = readCsvRows(name, new TextDecoder().decode(bytes));
    const sheet = read(rows.value, areas);
    expect(Array.isArray(sheet.problems)).toBe(true);
  });
});

describe('mutated copies of a data pack', () => {
  const { catalogue, observations } = dataset({ observations: VARIED_FIGURES });
  const pack = dataPack({ catalogue, observations, version: null });
  const cases = Array.from({ length: MUTANTS_PER_FILE * 2 }, (_, mutant) => {
    const seed = SEED + 200_000 + mutant;
    return { name: `data pack #${mutant} (seed ${seed})`, text: mutateText(pack, seededRandom(seed)) };
  });
  test.each(cases)(
    '$name: read without a throw, every figure kept or refused by name',
    { timeout: 20_000 },
    ({ text }) => {
      const read = readDataPack(text, 'pack.json');
      if (read.value === null) expect(hasError(read.problems)).toBe(true);
    },
  );
});
