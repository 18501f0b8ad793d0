import { assembleDataset, readManifest, withObservations, type Dataset } from '../domain/dataset/dataset';
import { addPackFigures, checkPackFigures } from '../domain/dataset/pack-figures';
import type { Observation } from '../domain/observations/observation';
import type { ParseResult, Problem, SourceTable } from '../domain/readers/result';
import { readCsvText } from './csv';
import { readDataPack } from './data-pack';

export class DatasetLoadError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((problem) => problem.message).join('\n'));
    this.name = 'DatasetLoadError';
  }
}

/** A manifest entry ending in .json is a data pack exported from the app (docs/storage.md); anything else is an observations CSV. */
export function isDataPackFile(file: string): boolean {
  return /\.json$/i.test(file.trim());
}

async function fetchText(baseUrl: URL, file: string): Promise<string> {
  const response = await fetch(new URL(file, baseUrl));
  if (!response.ok)
    throw new DatasetLoadError([
      {
        severity: 'error',
        rule: 'missing_file',
        message: `The data file ${file} could not be loaded (HTTP ${response.status}). Check it is in the published data folder.`,
      },
    ]);
  return response.text();
}

function readTable(file: string, text: string, problems: Problem[]): SourceTable {
  const read = readCsvText(file, text);
  problems.push(...read.problems);
  return read.value;
}

/**
 * The figures of a data pack, read (readDataPack) and checked against the published catalogue and
 * areas (checkPackFigures, in the domain).
 */
export function readPackObservations(
  text: string,
  fileName: string,
  reference: Pick<Dataset, 'measuresById' | 'areas'>,
): ParseResult<Observation[]> {
  return checkPackFigures(readDataPack(text, fileName), fileName, reference);
}

/**
 * Loads the published data folder (data/ beside the app). Errors in the published files stop the
 * load with every problem listed, because panel members must never see half a scorecard.
 *
 * Each file in the manifest's `observations` is an observations CSV, or, when its name ends in
 * .json, a data pack exported from the app's Saved versions page (readPackObservations).
 */
export async function loadPublishedDataset(baseUrl = new URL('data/', document.baseURI)): Promise<Dataset> {
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(await fetchText(baseUrl, 'manifest.json'));
  } catch (error) {
    if (error instanceof DatasetLoadError) throw error;
    throw new DatasetLoadError([
      { severity: 'error', rule: 'invalid_manifest', message: 'data/manifest.json is not valid JSON.' },
    ]);
  }
  const manifest = readManifest(manifestJson);
  if (!manifest.value) throw new DatasetLoadError(manifest.problems);
  const csvFiles = manifest.value.observations.filter((file) => !isDataPackFile(file));
  const packFiles = manifest.value.observations.filter(isDataPackFile);
  const problems: Problem[] = [];
  const [texts, packTexts, referenceTexts] = await Promise.all([
    Promise.all(
      ['key-questions.csv', 'measures.csv', 'areas.csv', ...csvFiles].map((file) => fetchText(baseUrl, file)),
    ),
    Promise.all(packFiles.map((file) => fetchText(baseUrl, file))),
    // The DfE measure map and the neighbour models are small (under 30 KB each) and needed to read
    // DfE files and to compute neighbour comparators for any LA, so they load with the folder.
    Promise.all(
      [manifest.value.dfeMeasureMap, ...manifest.value.statNeighbourModels].map((file) =>
        file === '' ? Promise.resolve('') : fetchText(baseUrl, file),
      ),
    ),
  ]);
  const [keyQuestions, measures, areas, ...observations] = [
    'key-questions.csv',
    'measures.csv',
    'areas.csv',
    ...csvFiles,
  ].map((file, index) => readTable(file, texts[index] ?? '', problems));
  if (!keyQuestions || !measures || !areas) throw new DatasetLoadError(problems);
  const [dfeMeasureMap, ...statNeighbourModels] = [
    manifest.value.dfeMeasureMap,
    ...manifest.value.statNeighbourModels,
  ].map((file, index) => (file === '' ? null : readTable(file, referenceTexts[index] ?? '', problems)));
  const dataset = assembleDataset({
    manifest: manifest.value,
    keyQuestions,
    measures,
    areas,
    observations,
    ...(dfeMeasureMap ? { dfeMeasureMap } : {}),
    statNeighbourModels: statNeighbourModels.filter((table): table is SourceTable => table != null),
  });
  problems.push(...dataset.problems);
  const packs = packFiles.map((file, index) => {
    const read = readPackObservations(packTexts[index] ?? '', file, dataset.value);
    problems.push(...read.problems);
    return { file, observations: read.value };
  });
  const combined = addPackFigures(dataset.value.observations, packs);
  problems.push(...combined.problems);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (!dataset.value.areas.find(manifest.value.homeArea)) {
    errors.push({
      severity: 'error',
      rule: 'unknown_area',
      message: `data/manifest.json: homeArea '${manifest.value.homeArea}' is not in areas.csv. Give the ONS code of the local authority, e.g. E06000047.`,
    });
  }
  if (errors.length > 0) throw new DatasetLoadError(errors);
  return packs.length > 0 ? withObservations(dataset.value, combined.value) : dataset.value;
}
