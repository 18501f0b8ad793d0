/**
 * The published folder's table of the council's own children's homes, apart from the figures'
 * loader so that its reader is fetched after the first screen, not with it (the first screen's
 * bundle budget, scripts/check-bundle-size.mjs).
 */
import { readHomesTable } from '../domain/homes/homes-file';
import type { SavedHomes } from '../domain/homes/saved-homes';
import type { Manifest } from '../domain/dataset/dataset';
import type { ParseResult } from '../domain/readers/result';
import { readCsvText } from './csv';
import { DatasetLoadError, fetchFrom, type ReadText } from './load-dataset';

/**
 * The home council's children's homes in a data folder: the newest table the manifest lists
 * (`homes`, oldest first), read as an upload's would be. None when the manifest lists none.
 */
export async function readFolderHomes(
  readText: ReadText,
  manifest: Pick<Manifest, 'homes' | 'homeArea'>,
  today: string,
): Promise<ParseResult<SavedHomes[]>> {
  const file = manifest.homes.at(-1);
  if (file === undefined) return { value: [], problems: [] };
  let text: string;
  try {
    text = await readText(file);
  } catch (error) {
    const reason = error instanceof Error && error.message !== '' ? ` (${error.message})` : '';
    const message = `The data file ${file} could not be loaded${reason}. Check it is in the published data folder.`;
    return { value: [], problems: [{ severity: 'error', rule: 'missing_file', message }] };
  }
  const fileName = file.split('/').at(-1) ?? file;
  const csv = readCsvText(fileName, text);
  const read = readHomesTable(csv.value, { today });
  const problems = [...csv.problems, ...read.problems];
  if (problems.some((problem) => problem.severity === 'error')) return { value: [], problems };
  return { value: [{ areaCode: manifest.homeArea, fileName, ...read.value }], problems };
}

/** The published folder's homes table, stopping on an error as the figures do: no half-read table is shown. */
export async function loadPublishedHomes(
  manifest: Manifest,
  today: string,
  baseUrl = new URL('data/', document.baseURI),
): Promise<SavedHomes[]> {
  const read = await readFolderHomes(fetchFrom(baseUrl), manifest, today);
  const errors = read.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new DatasetLoadError(errors);
  return read.value;
}
