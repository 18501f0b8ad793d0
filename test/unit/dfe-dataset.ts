import { readdirSync } from 'node:fs';
import { applyIncoming } from '../../src/domain/observations/diff';
import type { Observation } from '../../src/domain/observations/observation';
import { readImport } from '../../src/domain/readers/read-import';
import { withObservations, type Dataset } from '../../src/domain/dataset/dataset';
import { loadSampleDataset } from './sample-dataset';
import { readCsvTable } from '../../src/adapters/csv';
import { readRepoText, realPopulation, repoPath } from './tables';

/**
 * The sample data with every DfE extract of test/fixtures/dfe/ laid over it, as saving those uploads
 * does (applyIncoming): a council of the extracts other than County Durham then has DfE's figures and
 * none of the sample paper's. An error in any extract fails the test that asked for it.
 */
export function loadDfeDataset(): Dataset {
  const sample = loadSampleDataset();
  const files = readdirSync(repoPath('test/fixtures/dfe')).filter((name) => name.endsWith('.csv'));
  let observations: readonly Observation[] = sample.observations;
  // The factors at assessment are counts made rates of the shipped population, as the upload does.
  const population = realPopulation();
  for (const file of files) {
    // Read as an upload is: an outturn sheet's table is found under its title lines (readCsvTable).
    const read = readImport(readCsvTable(file, readRepoText(`test/fixtures/dfe/${file}`)).value, {
      measures: sample.measuresById,
      areas: sample.areas,
      today: '2026-01-01',
      dfeMeasureMap: sample.dfeMeasureMap ?? undefined,
      population,
    });
    const errors = read.problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) throw new Error(`${file}: ${errors.map((problem) => problem.message).join('; ')}`);
    observations = applyIncoming(observations, read.value.observations);
  }
  return withObservations(sample, observations);
}
