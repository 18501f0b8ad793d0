import { assembleDataset, readManifest, withObservations, type Dataset } from '../domain/dataset/dataset';
import { collisionProblems, mergeByKey } from '../domain/observations/merge';
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

function listed(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).map((id) => `'${id}'`);
  return ids.length > 5 ? `${shown.join(', ')} and ${ids.length - 5} more` : shown.join(', ');
}

/**
 * The figures of a data pack, checked against the published catalogue and areas (`reference`, read
 * from measures.csv and areas.csv).
 *
 * The published files stay the authority: measures.csv and key-questions.csv give every title,
 * unit and polarity the scorecard shows, and the pack's own catalogue is informational. It must
 * still list exactly the measure ids of measures.csv, or the pack was made against another
 * catalogue (an older or newer data folder) and its figures might mean something else; that is an
 * error naming the ids that differ. Area codes are checked against areas.csv, which the pack does
 * not carry.
 */
export function readPackObservations(
  text: string,
  fileName: string,
  reference: Pick<Dataset, 'measuresById' | 'areas'>,
): ParseResult<Observation[]> {
  const read = readDataPack(text, fileName);
  const problems: Problem[] = [...read.problems];
  if (!read.value) return { value: [], problems };
  // A pack with errors of its own is reported as such first: comparing a half-read catalogue would only add noise.
  if (!problems.some((problem) => problem.severity === 'error')) {
    const packIds = read.value.catalogue.measures.map((measure) => measure.id);
    const packIdSet = new Set(packIds);
    const onlyInPack = packIds.filter((id) => !reference.measuresById.has(id));
    const onlyPublished = [...reference.measuresById.keys()].filter((id) => !packIdSet.has(id));
    if (onlyInPack.length > 0 || onlyPublished.length > 0) {
      const differences = [
        onlyInPack.length > 0 ? `the pack has ${listed(onlyInPack)}, which measures.csv does not` : '',
        onlyPublished.length > 0 ? `measures.csv has ${listed(onlyPublished)}, which the pack does not` : '',
      ].filter(Boolean);
      problems.push({
        severity: 'error',
        rule: 'pack_catalogue_mismatch',
        message: `${fileName}: the pack was made with a different measure catalogue from this data folder's measures.csv: ${differences.join('; ')}. Export the pack again from the app that reads this data folder, or publish the measures.csv the pack was made with.`,
      });
      return { value: [], problems };
    }
  }
  const unknownAreas = new Map<string, Observation[]>();
  const observations = read.value.observations.filter((observation) => {
    if (reference.areas.find(observation.areaCode)) return true;
    unknownAreas.set(observation.areaCode, [...(unknownAreas.get(observation.areaCode) ?? []), observation]);
    return false;
  });
  for (const [code, figures] of unknownAreas) {
    const first = figures[0];
    const example = first ? ` (for example ${first.measureId}, ${first.period.label})` : '';
    problems.push({
      severity: 'error',
      rule: 'unknown_area',
      column: 'area',
      message: `${fileName} (observations): '${code}' is not an area in areas.csv, but ${figures.length} figure${figures.length === 1 ? '' : 's'} use it${example}. Use an ONS code such as E06000047, or add the area to areas.csv.`,
    });
  }
  return { value: observations, problems };
}

/**
 * Adds the figures of each pack to those of the CSV files, as the files are combined with each other
 * (observations/merge.ts): a figure given again exactly is read once; a different figure for the
 * same measure, area and period is an error, because a pack holds every figure of its version and
 * so replaces the files it came from.
 */
export function addPackFigures(
  fromFiles: readonly Observation[],
  packs: readonly { file: string; observations: readonly Observation[] }[],
): ParseResult<Observation[]> {
  const packOf = new Map<Observation, string>();
  for (const pack of packs) for (const observation of pack.observations) packOf.set(observation, pack.file);
  const merged = mergeByKey(
    fromFiles,
    packs.flatMap((pack) => pack.observations),
    'combine',
  );
  const problems = collisionProblems(merged.collisions, {
    // A pack's figures keep the file and row they were first read from; a message names the pack.
    place: (observation) => {
      const pack = packOf.get(observation);
      return pack === undefined ? { file: observation.source.file, row: observation.source.row } : { file: pack };
    },
    conflictAdvice:
      'A data pack holds every figure of its version: list it in manifest.json in place of the files it replaces, not beside them.',
  });
  return { value: merged.value, problems };
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
