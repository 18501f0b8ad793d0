import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DataFileTooLarge, dataFileSizeProblems, type ReadText } from '../adapters/load-dataset';
import type { Problem } from '../domain/readers/result';

/** The bytes of a file, or why they were not read. */
export type FileRead = { bytes: Uint8Array } | { problems: Problem[] };

/**
 * Reads a file the command was given, after checking its size from the directory, so a file over
 * its limit is refused with `sizeProblems`' words before it is read into memory. Never rejects: a
 * file that cannot be read is a `missing_file` problem.
 */
export async function readFileWithin(
  file: string,
  sizeProblems: (byteLength: number, fileName: string) => Problem[],
): Promise<FileRead> {
  try {
    const tooLarge = sizeProblems((await stat(file)).size, path.basename(file));
    if (tooLarge.length > 0) return { problems: tooLarge };
    return { bytes: await readFile(file) };
  } catch {
    return {
      problems: [{ severity: 'error', rule: 'missing_file', message: `${file} cannot be read. Check the path.` }],
    };
  }
}

/** The data folder's files from disk, for the loader the app uses (loadDataFolder); each file's size is checked first. */
export function readFromFolder(folder: string): ReadText {
  return async (file) => {
    const where = path.join(folder, file);
    let size: number;
    try {
      size = (await stat(where)).size;
    } catch (error) {
      const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
      throw new Error(missing ? `no such file in ${folder}` : `it cannot be read from ${folder}`);
    }
    if (dataFileSizeProblems(file, size).length > 0) throw new DataFileTooLarge(size);
    try {
      return await readFile(where, 'utf8');
    } catch {
      throw new Error(`it cannot be read from ${folder}`);
    }
  };
}
