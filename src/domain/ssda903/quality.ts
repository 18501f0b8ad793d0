import { type Day } from './days';
import { datesOfBirth, type CareIndex } from './episodes';
import type { Return903 } from './read-tables';
import {
  checkDates,
  checkDroppedEpisodes,
  checkEpisodeRows,
  checkEpisodeSequences,
  checkTablesAgainstHeader,
} from './quality-episodes';
import {
  checkAdoptions,
  checkBirthDates,
  checkMissing,
  checkOc2,
  checkOc3,
  checkSocialWorkers,
} from './quality-outcomes';
import { Findings, rowsOf, type QualityReport } from './quality-findings';

/**
 * The data-quality checks run before any figure (SPEC §5): each with the number of records that
 * break it and the first of them, located by table, file, row and column with what to do. The
 * figures are computed anyway (SPEC N1–N3 say what each rule uses), and each figure that counts a
 * child with a broken record says so. Messages never quote a child's identifier, date of birth or
 * postcode: the report can be downloaded, and child-level data never leaves the engine.
 */
export interface QualityOptions {
  /** How many findings of each rule are kept to show (default 10). */
  firstRows?: number;
  /** The first day the return covers (see returnSpan); rule 10 looks only at children who start after it. */
  spanStart?: Day | null;
}

/**
 * Runs every check over the return and its care index. One pass per table and one walk of each
 * child's episodes; nothing here throws on a bad record.
 */
export function checkQuality(ret: Return903, index: CareIndex, options: QualityOptions = {}): QualityReport {
  const findings = new Findings(options.firstRows ?? 10);
  const headerIds = new Set(rowsOf(ret, 'header').map((row) => row.cells.CHILD ?? ''));
  const headerDob = datesOfBirth(ret);
  const headerSex = new Map<string, string>();
  for (const row of rowsOf(ret, 'header')) {
    const child = row.cells.CHILD ?? '';
    if (!headerSex.has(child)) headerSex.set(child, row.cells.SEX ?? '');
  }

  checkTablesAgainstHeader(ret, findings, headerIds, headerDob, headerSex);
  checkDates(ret, findings);
  checkEpisodeRows(ret, findings);
  checkDroppedEpisodes(index, findings);
  checkEpisodeSequences(index, findings, headerDob, options.spanStart ?? null);
  checkOc2(ret, index, findings);
  checkOc3(ret, index, findings, headerDob);
  checkAdoptions(ret, index, findings);
  checkMissing(ret, index, findings);
  checkSocialWorkers(ret, index, findings);
  checkBirthDates(ret, findings);
  return findings.report();
}
