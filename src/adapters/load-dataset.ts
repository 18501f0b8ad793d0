import { assembleDataset, readManifest, type Dataset } from '../domain/dataset';
import type { Problem, SourceTable } from '../domain/result';
import { readCsvText } from './csv';

export class DatasetLoadError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((problem) => problem.message).join('\n'));
    this.name = 'DatasetLoadError';
  }
}

async function fetchText(baseUrl: URL, file: string): Promise<string> {
  const response = await fetch(new URL(file, baseUrl));
  if (!response.ok) throw new DatasetLoadError([{ severity: 'error', rule: 'missing_file', message: `The data file ${file} could not be loaded (HTTP ${response.status}). Check it is in the published data folder.` }]);
  return response.text();
}

async function fetchTable(baseUrl: URL, file: string, problems: Problem[]): Promise<SourceTable> {
  const read = readCsvText(file, await fetchText(baseUrl, file));
  problems.push(...read.problems);
  return read.value;
}

/**
 * Loads the published data folder (data/ beside the app). Errors in the published files stop the
 * load with every problem listed, because panel members must never see half a scorecard.
 */
export async function loadPublishedDataset(baseUrl = new URL('data/', document.baseURI)): Promise<Dataset> {
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(await fetchText(baseUrl, 'manifest.json'));
  } catch (error) {
    if (error instanceof DatasetLoadError) throw error;
    throw new DatasetLoadError([{ severity: 'error', rule: 'invalid_manifest', message: 'data/manifest.json is not valid JSON.' }]);
  }
  const manifest = readManifest(manifestJson);
  if (!manifest.value) throw new DatasetLoadError(manifest.problems);
  const problems: Problem[] = [];
  const [keyQuestions, measures, areas, ...observations] = await Promise.all(
    ['key-questions.csv', 'measures.csv', 'areas.csv', ...manifest.value.observations].map((file) => fetchTable(baseUrl, file, problems)),
  );
  if (!keyQuestions || !measures || !areas) throw new DatasetLoadError(problems);
  const dataset = assembleDataset({ manifest: manifest.value, keyQuestions, measures, areas, observations });
  const errors = [...problems, ...dataset.problems].filter((problem) => problem.severity === 'error');
  if (!dataset.value.areas.find(manifest.value.homeArea)) {
    errors.push({ severity: 'error', rule: 'unknown_area', message: `data/manifest.json: homeArea '${manifest.value.homeArea}' is not in areas.csv. Give the ONS code of the local authority, e.g. E06000047.` });
  }
  if (errors.length > 0) throw new DatasetLoadError(errors);
  return dataset.value;
}
