import { applyIncoming } from '../../src/domain/observations/diff';
import { readObservations } from '../../src/domain/readers/observations-file';
import { withObservations, type Dataset } from '../../src/domain/dataset/dataset';
import { loadSampleDataset } from './sample-dataset';
import { readRepoCsv } from './tables';

/**
 * The sample data with test/fixtures/regional/cla_rate_all_las.csv (every council's published 2020/21
 * rate of children looked after) laid over it, as saving that upload does (applyIncoming): a figure
 * in the file replaces the sample's figure for the same measure, area and period.
 */
export function loadRegionalDataset(): Dataset {
  const sample = loadSampleDataset();
  const read = readObservations(readRepoCsv('test/fixtures/regional/cla_rate_all_las.csv').value, {
    measures: sample.measuresById,
    areas: sample.areas,
  });
  const errors = read.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((problem) => problem.message).join('; '));
  return withObservations(sample, applyIncoming(sample.observations, read.value));
}
