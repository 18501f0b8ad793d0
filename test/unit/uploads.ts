/**
 * Test-only helpers for uploads: the fixture files under test/fixtures/upload/ read the way the
 * upload page and the command line read them (readUpload, then readImport), and small tables
 * written as rows of cells, for cells that hold commas.
 */
import { readFileSync } from 'node:fs';
import { readUpload } from '../../src/adapters/read-upload';
import { readImport, type ImportContext, type ImportedFile } from '../../src/domain/readers/read-import';
import type { Problem, SourceTable } from '../../src/domain/readers/result';
import type { ScorecardContext } from '../../src/domain/readers/scorecard-layout/headings';
import { realContext, repoPath } from './tables';

/** The day of the County Durham panel paper (seed 002), so "a period after today" is fixed in tests. */
export const TODAY = '2021-12-17';

export const HARTLEPOOL = { code: 'E06000001', regionCode: 'E12000001' } as const;

export function uploadFixturePath(relative: string): string {
  return repoPath(`test/fixtures/upload/${relative}`);
}

export function uploadFixtureBytes(relative: string): Uint8Array {
  return readFileSync(uploadFixturePath(relative));
}

/** The real catalogue and areas, today fixed, for a file of Hartlepool's unless told otherwise (null: no LA chosen). */
export function importContext(areaCode: string | null = HARTLEPOOL.code): ImportContext {
  return { ...realContext(), areaCode: areaCode ?? undefined, today: TODAY };
}

/** The real catalogue and areas, for a scorecard-layout file of Hartlepool's (North East). */
export function hartlepoolScorecardContext(): ScorecardContext {
  return { ...realContext(), areaCode: HARTLEPOOL.code, regionCode: HARTLEPOOL.regionCode };
}

export interface ReadFixture {
  problems: Problem[];
  imported: ImportedFile | null;
}

/** An upload fixture read through readUpload and readImport, with the problems of both. */
export async function readUploadFixture(
  relative: string,
  context: ImportContext = importContext(),
): Promise<ReadFixture> {
  const fileName = relative.split('/').at(-1) ?? relative;
  const upload = await readUpload(uploadFixtureBytes(relative), fileName);
  if (!upload.value) return { problems: upload.problems, imported: null };
  const imported = readImport(upload.value, context);
  return { problems: [...upload.problems, ...imported.problems], imported: imported.value };
}

/** A SourceTable from rows of cells: the first row is the header (row 1), records are numbered from row 2. */
export function gridTable(fileName: string, [header = [], ...rows]: readonly (readonly string[])[]): SourceTable {
  return {
    fileName,
    header,
    records: rows.map((cells, index) => ({
      row: index + 2,
      cells: Object.fromEntries(header.map((name, column) => [name, cells[column] ?? ''])),
    })),
  };
}
