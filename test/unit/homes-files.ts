/** Test-only: children's homes tables read the way the homes command reads them (readUpload, then readImport). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readUpload } from '../../src/adapters/read-upload';
import { readImport, type ImportedFile } from '../../src/domain/readers/read-import';
import type { Problem } from '../../src/domain/readers/result';
import { repoPath } from './tables';
import { importContext } from './uploads';

export interface ReadHomes {
  problems: Problem[];
  imported: ImportedFile | null;
}

/** A file of the repository (`test/fixtures/homes/…` or `data/homes/…`), read with no local authority chosen. */
export async function readHomesFile(relative: string, readsHomes = true): Promise<ReadHomes> {
  const upload = await readUpload(readFileSync(repoPath(relative)), path.basename(relative));
  if (!upload.value) return { problems: upload.problems, imported: null };
  const imported = readImport(upload.value, { ...importContext(null), readsHomes });
  return { problems: [...upload.problems, ...imported.problems], imported: imported.value };
}

/** The rules with one broken homes table each in test/fixtures/homes/ (`<rule>.csv`). */
export const HOMES_RULE_FIXTURES = [
  'missing_column',
  'missing_name',
  'duplicate_home',
  'invalid_urn',
  'invalid_date',
  'future_date',
  'date_before_ofsted',
  'unknown_judgement',
  'unknown_interim_outcome',
  'incomplete_inspection',
] as const;
