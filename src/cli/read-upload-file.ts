import path from 'node:path';
import { packSizeProblems, uploadSizeProblems } from '../adapters/decode';
import { readPackObservations } from '../adapters/data-pack';
import { isDataPackFile } from '../adapters/load-dataset';
import { readUpload } from '../adapters/read-upload';
import { append } from '../domain/lists/append';
import type { BreakdownFigure } from '../domain/breakdowns/breakdown-figure';
import type { Observation } from '../domain/observations/observation';
import { readImport, type ImportContext } from '../domain/readers/read-import';
import type { Problem } from '../domain/readers/result';
import { describeOpenDataRows } from '../domain/text/open-data-rows';
import { countOf } from '../domain/text/plural';
import { readFileWithin } from './read-file';

/**
 * Reads an uploaded file the way the upload page does (readUpload, then readImport): CSV or .xlsx,
 * either layout. A file over the size limit is refused from its size, before it is read into memory.
 */
export async function readUploadFile(
  file: string,
  context: ImportContext,
  problems: Problem[],
  rowAccounts: string[],
  breakdowns: BreakdownFigure[],
): Promise<Observation[]> {
  const fileName = path.basename(file);
  const pack = isDataPackFile(file);
  const read = await readFileWithin(file, pack ? packSizeProblems : uploadSizeProblems);
  if ('problems' in read) {
    append(problems, read.problems);
    return [];
  }
  if (pack) {
    // A data pack exported from Saved versions, read as the app reads one listed in manifest.json.
    const text = new TextDecoder().decode(read.bytes);
    const figures = readPackObservations(text, fileName, { measuresById: context.measures, areas: context.areas });
    append(problems, figures.problems);
    return figures.value;
  }
  const upload = await readUpload(read.bytes, fileName);
  append(problems, upload.problems);
  if (!upload.value) return [];
  const imported = readImport(upload.value, context);
  append(problems, imported.problems);
  // A DfE file's rows accounted for in the upload preview's words: used, skipped (by level), not read, rejected.
  const rows = imported.value.openDataRows;
  if (rows) for (const line of describeOpenDataRows(rows)) rowAccounts.push(`${fileName}: ${line}`);
  // A table of homes (read only where the context allows it) holds no figures: say what it held instead.
  const homes = imported.value.homes;
  const refused = imported.problems.some((problem) => problem.severity === 'error');
  if (homes && !refused)
    rowAccounts.push(`${fileName}: ${countOf(homes.homes.length, "children's home")}, each checked.`);
  for (const figure of imported.value.breakdowns ?? []) breakdowns.push(figure);
  return imported.value.observations;
}
