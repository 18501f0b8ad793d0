/** Test-only: Ofsted's sheets (title rows above the header) read through the app's CSV adapter. */
import { readCsvRows } from '../../src/adapters/csv';
import type { SourceRows } from '../../src/domain/readers/result';
import { readRepoText } from './tables';

export function readOfstedFixture(name: string): SourceRows {
  const read = readCsvRows(name, readRepoText(`test/fixtures/ofsted/${name}`));
  if (read.problems.length > 0)
    throw new Error(`${name}: ${read.problems.map((problem) => problem.message).join('; ')}`);
  return read.value;
}

/** Any file of the repository with a title above its header (Ofsted's provider sheets), read as rows. */
export function readRowsFile(relative: string): SourceRows {
  const name = relative.split('/').at(-1) ?? relative;
  const read = readCsvRows(name, readRepoText(relative));
  if (read.problems.length > 0)
    throw new Error(`${name}: ${read.problems.map((problem) => problem.message).join('; ')}`);
  return read.value;
}
