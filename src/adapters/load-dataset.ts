import {
  EMPTY_MANIFEST,
  assemblySteps,
  readManifest,
  withBreakdowns,
  withObservations,
  type Dataset,
  type Manifest,
} from '../domain/dataset/dataset';
import { FOLDER_FILES, MANIFEST_FILE } from './folder-files';
import { nextTurn } from './next-turn';
import type { ParseResult, Problem, SourceTable } from '../domain/readers/result';
import { readPopulation, type PopulationTable } from '../domain/ssda903/population';
import { readPlainCsvText } from './csv-table';
import { MAX_UPLOAD_BYTES, packSizeProblems, tooLargeProblems } from './decode';
import { append } from '../domain/lists/append';

export class DatasetLoadError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((problem) => problem.message).join('\n'));
    this.name = 'DatasetLoadError';
  }
}

/**
 * A data-folder file over its size limit (dataFileSizeProblems). A ReadText rejects with it, from
 * the file's size, before reading the file; loadDataFolder says the limit and what to do.
 */
export class DataFileTooLarge extends Error {
  constructor(readonly byteLength: number) {
    super(`${byteLength} bytes`);
    this.name = 'DataFileTooLarge';
  }
}

/**
 * Refuses a data-folder file over its limit: a data pack over MAX_PACK_BYTES, any other file
 * (a CSV) over MAX_UPLOAD_BYTES, as an upload would be.
 */
export function dataFileSizeProblems(file: string, byteLength: number): Problem[] {
  const name = `The data file ${file}`;
  return isDataPackFile(file)
    ? packSizeProblems(byteLength, name)
    : tooLargeProblems(
        byteLength,
        name,
        MAX_UPLOAD_BYTES,
        'the largest data file read',
        'Split it into files of a few years each and list each in manifest.json.',
      );
}

/** A manifest entry ending in .json is a data pack exported from the app (docs/storage.md); anything else is an observations CSV. */
export function isDataPackFile(file: string): boolean {
  return /\.json$/i.test(file.trim());
}

/**
 * Reads one file of a data folder, by its path in the folder (`measures.csv`,
 * `observations/2021-22-q2.csv`). Rejects when the file cannot be had; the error's message says why
 * in a few words ("HTTP 404", "no such file"), for the problem that names the file.
 */
export type ReadText = (file: string) => Promise<string>;

export interface DataFolderOptions {
  /**
   * Whether to read the figures the manifest lists (default true). The command line given files of
   * its own reads only the folder's catalogue, areas, DfE map and neighbour models.
   */
  observations?: boolean;
}

/** Rules that mean a table could not be read at all: reading it on would only add "missing column" noise. */
const UNREADABLE = new Set(['missing_file', 'empty_file', 'wrong_delimiter']);

interface Loaded {
  text: string | null;
  problems: Problem[];
}

/**
 * A file of the folder as text, or null with the problems that name it: a file that cannot be had,
 * or one over its size limit (dataFileSizeProblems), whether the reader could tell the size first
 * (DataFileTooLarge) or only once the text was read (no Content-Length).
 */
async function readOrProblem(readText: ReadText, file: string): Promise<Loaded> {
  try {
    const text = await readText(file);
    const tooLarge = dataFileSizeProblems(file, text.length);
    return tooLarge.length === 0 ? { text, problems: [] } : { text: null, problems: tooLarge };
  } catch (error) {
    if (error instanceof DataFileTooLarge) {
      return { text: null, problems: dataFileSizeProblems(file, error.byteLength) };
    }
    const reason = error instanceof Error && error.message !== '' ? ` (${error.message})` : '';
    return {
      text: null,
      problems: [
        {
          severity: 'error',
          rule: 'missing_file',
          message: `The data file ${file} could not be loaded${reason}. Check it is in the published data folder.`,
        },
      ],
    };
  }
}

async function tableOrReport(file: string, text: string | null, problems: Problem[]): Promise<SourceTable | null> {
  if (text === null) return null;
  // papaparse, and the parse that uses it, are fetched only for a file that is not plain (csv-table.ts).
  const csv = readPlainCsvText(file, text) ?? (await import('./csv')).readCsvText(file, text);
  append(problems, csv.problems);
  return csv.problems.some((problem) => UNREADABLE.has(problem.rule)) ? null : csv.value;
}

export const POPULATION_FILE = 'population-0-17.csv';

/**
 * The ONS population table of the data folder (data/population-0-17.csv), the denominator of the
 * 903 return's rates, read as the folder's other files are. Never throws: null with the problems
 * when it cannot be had or read.
 */
export async function loadPopulation(readText: ReadText): Promise<ParseResult<PopulationTable | null>> {
  const loaded = await readOrProblem(readText, POPULATION_FILE);
  const problems: Problem[] = [...loaded.problems];
  const table = await tableOrReport(POPULATION_FILE, loaded.text, problems);
  if (!table) return { value: null, problems };
  const population = readPopulation(table);
  append(problems, population.problems);
  return { value: population.value, problems };
}

/**
 * Loads a data folder (docs/data-format.md) through `readText`: the app fetches the published
 * data/ folder, the command line and the tests read it from disk. Never throws: every problem of
 * every file is in the result, a file that cannot be read among them, and the dataset is null only
 * when the catalogue or the areas cannot be read. The caller decides what errors mean (the app
 * shows none of the data; the command line reports them).
 *
 * Each file in the manifest's `observations` is an observations CSV, or, when its name ends in
 * .json, a data pack exported from the app's Saved versions page (readPackObservations), whose
 * figures are added to the CSV files' (addPackFigures).
 */
export async function loadDataFolder(
  readText: ReadText,
  options: DataFolderOptions = {},
): Promise<ParseResult<Dataset | null>> {
  const problems: Problem[] = [];
  // The DfE map's and the breakdowns' readers are fetched apart from the first screen's code
  // (scripts/check-bundle-size.mjs); started now, their download overlaps the folder's files instead
  // of following them (docs/performance.md). A failure counts only where the reader is awaited.
  const dfeMapReader = import('../domain/readers/dfe/dfe-measure-map');
  const breakdownReaders = import('../domain/breakdowns/folder-breakdowns');
  for (const reader of [dfeMapReader, breakdownReaders]) reader.catch(() => undefined);
  // Files load at once, but their problems are listed in the manifest's order, whichever answers first.
  const fetchText = (file: string) => readOrProblem(readText, file);
  const inOrder = (loaded: readonly Loaded[]): (string | null)[] =>
    loaded.map(({ text, problems: found }) => {
      append(problems, found);
      return text;
    });
  const read = async (file: string): Promise<string | null> => inOrder([await fetchText(file)])[0] ?? null;
  const table = (file: string, text: string | null) => tableOrReport(file, text, problems);

  const manifestText = await read(MANIFEST_FILE);
  let manifest: Manifest = EMPTY_MANIFEST;
  let hasManifest = false;
  if (manifestText !== null) {
    let json: unknown;
    try {
      json = JSON.parse(manifestText);
    } catch {
      problems.push({ severity: 'error', rule: 'invalid_manifest', message: 'data/manifest.json is not valid JSON.' });
    }
    if (json !== undefined) {
      const checked = readManifest(json);
      append(problems, checked.problems);
      if (checked.value) {
        manifest = checked.value;
        hasManifest = true;
      }
    }
  }
  const listed = options.observations === false ? [] : manifest.observations;
  const csvFiles = listed.filter((file) => !isDataPackFile(file));
  const packFiles = listed.filter(isDataPackFile);
  const referenceFiles = [manifest.dfeMeasureMap, manifest.frameworks, ...manifest.statNeighbourModels].filter(
    (file) => file !== '',
  );
  const breakdownFiles = [
    manifest.breakdownCatalogue,
    manifest.breakdownCategories,
    manifest.dfeBreakdownMap,
    ...(options.observations === false ? [] : manifest.breakdowns),
  ];
  // Started together, in this order, so a slow connection waits for the slowest file only once.
  const [loadedTexts, loadedPacks, loadedReferences, loadedBreakdowns] = await Promise.all([
    Promise.all([...FOLDER_FILES, ...csvFiles].map(fetchText)),
    Promise.all(packFiles.map(fetchText)),
    // The DfE measure map, the frameworks and the neighbour models are small (under 30 KB each) and
    // needed to read DfE files, to group the scorecard and to compute neighbour comparators for any
    // LA, so they load with the folder.
    Promise.all(referenceFiles.map(fetchText)),
    // The breakdowns' catalogue, map and figures are a few KB; a blank name in the manifest is none.
    Promise.all(
      breakdownFiles.map((file) => (file === '' ? Promise.resolve({ text: null, problems: [] }) : fetchText(file))),
    ),
  ]);
  const texts = inOrder(loadedTexts);
  const packTexts = inOrder(loadedPacks);
  const referenceTexts = inOrder(loadedReferences);
  // One file's parse per task: together they were one task of about 100 ms on the page (docs/performance.md).
  const tablesOf = async (files: readonly string[], loaded: readonly (string | null)[]) => {
    const tables: (SourceTable | null)[] = [];
    for (const [index, file] of files.entries()) {
      tables.push(await table(file, loaded[index] ?? null));
      await nextTurn();
    }
    return tables;
  };
  const [keyQuestions, measures, areas, ...observations] = await tablesOf([...FOLDER_FILES, ...csvFiles], texts);
  const references = await tablesOf(referenceFiles, referenceTexts);
  const [breakdownCatalogue, breakdownCategories, dfeBreakdownMap, ...breakdownTables] = await tablesOf(
    breakdownFiles,
    inOrder(loadedBreakdowns),
  );
  if (!keyQuestions || !measures || !areas) return { value: null, problems };
  // The reference files in the order listed above, each present only when the manifest names it.
  let next = 0;
  const dfeMeasureMap = manifest.dfeMeasureMap === '' ? null : references[next++];
  const frameworks = manifest.frameworks === '' ? null : references[next++];
  const statNeighbourModels = references.slice(next);
  const dfeMap = dfeMeasureMap ? (await dfeMapReader).readDfeMeasureMap(dfeMeasureMap) : null;
  await nextTurn();
  const steps = assemblySteps({
    manifest,
    keyQuestions,
    measures,
    areas,
    observations: observations.filter((found): found is SourceTable => found != null),
    ...(dfeMap ? { dfeMeasureMap: dfeMap } : {}),
    ...(frameworks ? { frameworks } : {}),
    statNeighbourModels: statNeighbourModels.filter((found): found is SourceTable => found != null),
  });
  // A turn between its pieces (each observations file, each neighbour model), as between the files' parses.
  let step = steps.next();
  while (!step.done) {
    await nextTurn();
    step = steps.next();
  }
  const assembled = step.value;
  append(problems, assembled.problems);
  let dataset = assembled.value;
  await nextTurn();
  if (breakdownCatalogue && breakdownCategories) {
    const { readFolderBreakdowns } = await breakdownReaders;
    const tables = {
      catalogue: { breakdowns: breakdownCatalogue, categories: breakdownCategories },
      breakdowns: breakdownTables.filter((found): found is SourceTable => found != null),
      ...(dfeBreakdownMap ? { dfeBreakdownMap } : {}),
    };
    dataset = { ...dataset, ...readFolderBreakdowns(tables, dataset, problems) };
  }
  if (manifest.ofstedLeadership !== '') {
    const text = await read(manifest.ofstedLeadership);
    // Ofsted's sheet reader is fetched apart from the first screen's code, as the map's is.
    if (text !== null) {
      const { withLeadershipSheet } = await import('./load-reference');
      dataset = withLeadershipSheet(dataset, manifest.ofstedLeadership, text, problems);
    }
  }
  if (hasManifest && !dataset.areas.find(manifest.homeArea)) {
    problems.push({
      severity: 'error',
      rule: 'unknown_area',
      message: `data/manifest.json: homeArea '${manifest.homeArea}' is not in areas.csv. Give the ONS code of the local authority, e.g. E06000047.`,
    });
  }
  if (packFiles.length === 0) return { value: dataset, problems };
  // The pack reader (with the export code it shares the format with) is fetched only for a folder
  // that lists a pack, so it stays off the first screen's budget for the usual CSV folder.
  const [{ readDataPack }, { addPackFigures, checkPackFigures }, { addPackBreakdowns }] = await Promise.all([
    import('./data-pack'),
    import('../domain/dataset/pack-figures'),
    import('../domain/dataset/pack-breakdowns'),
  ]);
  const packs = packFiles.flatMap((file, index) => {
    const text = packTexts[index];
    if (text == null) return [];
    const read = readDataPack(text, file);
    const pack = checkPackFigures(read, file, dataset);
    append(problems, pack.problems);
    return [{ file, observations: pack.value, breakdowns: read.value?.breakdowns ?? [] }];
  });
  const combined = addPackFigures(dataset.observations, packs);
  append(problems, combined.problems);
  const breakdowns = addPackBreakdowns(dataset.breakdowns, packs, dataset);
  append(problems, breakdowns.problems);
  return { value: withBreakdowns(withObservations(dataset, combined.value), breakdowns.value), problems };
}

/** The published folder's files over HTTP (from the page or a worker); an answer other than 200 rejects with its status. */
export function fetchFrom(baseUrl: URL): ReadText {
  return async (file) => {
    const response = await fetch(new URL(file, baseUrl));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const length = Number(response.headers.get('Content-Length'));
    if (dataFileSizeProblems(file, length).length > 0) throw new DataFileTooLarge(length);
    return response.text();
  };
}

/**
 * Loads the published data folder (data/ beside the app). Errors in the published files stop the
 * load with every problem listed, because panel members must never see half a scorecard.
 */
export async function loadPublishedDataset(baseUrl = new URL('data/', document.baseURI)): Promise<Dataset> {
  const read = await loadDataFolder(fetchFrom(baseUrl));
  const errors = read.problems.filter((problem) => problem.severity === 'error');
  if (!read.value || errors.length > 0) throw new DatasetLoadError(errors);
  return read.value;
}
