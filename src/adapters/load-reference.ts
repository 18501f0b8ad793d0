import type { Dataset } from '../domain/dataset/dataset';
import { append } from '../domain/lists/append';
import { ObservationIndex } from '../domain/observations/series';
import { leadershipFigures } from '../domain/readers/ofsted/leadership';
import type { Problem } from '../domain/readers/result';
import { readCsvRows } from './csv';

/**
 * The dataset with the folder's reference figures (Dataset.reference) read from Ofsted's "Inspections
 * as at 31 March" sheet (the manifest's ofstedLeadership), its problems added to `problems`. Fetched
 * apart from the first screen's code (loadDataFolder imports it only for a folder that lists the sheet).
 */
export function withLeadershipSheet(dataset: Dataset, file: string, text: string, problems: Problem[]): Dataset {
  const rows = readCsvRows(file, text);
  append(problems, rows.problems);
  const figures = leadershipFigures(rows.value, dataset.areas);
  // Its warnings (a council under its former code) are the inspections page's to show; errors stop the folder.
  append(
    problems,
    figures.problems.filter((problem) => problem.severity === 'error'),
  );
  const reference = figures.value;
  return { ...dataset, reference, index: new ObservationIndex(dataset.observations.concat(reference)) };
}
