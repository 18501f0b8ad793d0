import { AreaDirectory, readAreas } from '../areas/area-directory';
import { readCatalogue } from '../catalogue/catalogue';
import { readFrameworks, type Framework } from '../catalogue/framework';
import type { DfeMeasureMap } from '../readers/dfe/dfe-measure-map';
import { readStatNeighbours, type StatNeighbourModel } from '../comparison/neighbours';
import type { Catalogue, Measure } from '../catalogue/measure';
import type { Observation } from '../observations/observation';
import { combineObservations } from '../observations/merge';
import { readObservations } from '../readers/observations-file';
import { parsePeriod } from '../periods/period';
import type { ParseResult, Problem, SourceTable } from '../readers/result';
import { ObservationIndex } from '../observations/series';
import type { BreakdownCatalogue } from '../breakdowns/breakdown-catalogue';
import type { BreakdownFigure } from '../breakdowns/breakdown-figure';
import type { DfeBreakdownMap } from '../breakdowns/dfe-breakdowns';
import { append } from '../lists/append';

/** data/manifest.json: what the published data folder holds and which view opens first. */
export interface Manifest {
  title: string;
  homeArea: string;
  defaultPeriod: string;
  observations: string[];
  source: string;
  /** The table saying which DfE open-data column gives which measure; empty = DfE files cannot be read. */
  dfeMeasureMap: string;
  /** DfE statistical-neighbour models, one file each, oldest first; the last is used unless the reader chooses another. */
  statNeighbourModels: string[];
  /** Tables of the home LA's own children's homes (the upload layout), oldest first; may be empty. */
  homes: string[];
  /** Ofsted's list of regulated settings with places and judgements (readProviderSheet); empty = none. */
  ofstedProviders: string;
  /** The catalogue of breakdowns and of their categories (docs/data-format.md); empty = no breakdowns. */
  breakdownCatalogue: string;
  breakdownCategories: string;
  /** Breakdown figures in the breakdowns layout, oldest first; may be empty. */
  breakdowns: string[];
  /** Which rows of a DfE file give which breakdown; empty = DfE breakdowns are not read. */
  dfeBreakdownMap: string;
  /** Groupings of the measures beside the key questions (readFrameworks), e.g. frameworks.csv; empty = none. */
  frameworks: string;
  /** Ofsted's "Inspections as at 31 March" sheet, counted into the leadership measures (leadership.ts); empty = none. */
  ofstedLeadership: string;
}

export interface Dataset {
  manifest: Manifest;
  catalogue: Catalogue;
  measuresById: ReadonlyMap<string, Measure>;
  areas: AreaDirectory;
  /** The figures shown: the data folder's own, or a saved version's; what is saved, exported and counted. */
  observations: readonly Observation[];
  /**
   * Reference figures: context read from the data folder's reference sheets (the manifest's
   * ofstedLeadership: Ofsted's latest judgement of each council's leaders, and the counts of them in
   * England and each region), whatever figures are shown, like the neighbour models. They are in
   * `index`, so the scorecard can show them, but are never the data's own figures: not saved in a
   * version, exported or counted, and they make no period to show and no council one with figures.
   */
  reference: readonly Observation[];
  /** `observations` and `reference`, by measure and area. */
  index: ObservationIndex;
  /** Null when the data folder has no measure map. */
  dfeMeasureMap: DfeMeasureMap | null;
  statNeighbourModels: readonly StatNeighbourModel[];
  breakdownCatalogue: BreakdownCatalogue;
  /** Every breakdown figure held: the data folder's, or the saved version's. */
  breakdowns: readonly BreakdownFigure[];
  /** Null when the data folder has no DfE breakdown map. */
  dfeBreakdownMap: DfeBreakdownMap | null;
  /** Other groupings of the measures than the key questions, e.g. the National Framework; may be empty. */
  frameworks: readonly Framework[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readManifest(json: unknown, fileName = 'manifest.json'): ParseResult<Manifest | null> {
  const fail = (message: string): ParseResult<Manifest | null> => ({
    value: null,
    problems: [{ severity: 'error', rule: 'invalid_manifest', message: `${fileName}: ${message}` }],
  });
  if (!isRecord(json)) return fail('it must be a JSON object.');
  const text = (key: string): string => (typeof json[key] === 'string' ? json[key] : '');
  const observations = json.observations;
  if (
    !Array.isArray(observations) ||
    observations.length === 0 ||
    !observations.every((file): file is string => typeof file === 'string')
  ) {
    return fail('"observations" must list at least one observations CSV file, e.g. ["observations/2021-22-q2.csv"].');
  }
  if (text('homeArea') === '')
    return fail('"homeArea" must give the ONS code of the local authority the scorecard is for, e.g. "E06000047".');
  const defaultPeriod = text('defaultPeriod');
  if (defaultPeriod !== '' && !parsePeriod(defaultPeriod).ok)
    return fail(`"defaultPeriod" '${defaultPeriod}' is not a period such as 2021/22 Q2.`);
  const models = json.statNeighbourModels ?? [];
  if (!Array.isArray(models) || !models.every((file): file is string => typeof file === 'string')) {
    return fail(
      '"statNeighbourModels" must list the statistical-neighbour files, e.g. ["stat-neighbours-2021.csv", "stat-neighbours-2025.csv"].',
    );
  }
  const breakdowns = json.breakdowns ?? [];
  if (!Array.isArray(breakdowns) || !breakdowns.every((file): file is string => typeof file === 'string'))
    return fail('"breakdowns" must list the breakdown files, e.g. ["breakdowns/cla-placement-types.csv"].');
  const homes = json.homes ?? [];
  if (!Array.isArray(homes) || !homes.every((file): file is string => typeof file === 'string'))
    return fail('"homes" must list the tables of the council\'s children\'s homes, e.g. ["homes/2016-06-08.csv"].');
  return {
    value: {
      title: text('title'),
      homeArea: text('homeArea'),
      defaultPeriod,
      observations,
      source: text('source'),
      dfeMeasureMap: text('dfeMeasureMap'),
      statNeighbourModels: models,
      homes,
      ofstedProviders: text('ofstedProviders'),
      breakdownCatalogue: text('breakdownCatalogue'),
      breakdownCategories: text('breakdownCategories'),
      breakdowns,
      dfeBreakdownMap: text('dfeBreakdownMap'),
      frameworks: text('frameworks'),
      ofstedLeadership: text('ofstedLeadership'),
    },
    problems: [],
  };
}

/** A manifest naming only the folder's fixed files: for reading files when the folder has no manifest.json. */
export const EMPTY_MANIFEST: Manifest = {
  title: '',
  homeArea: '',
  defaultPeriod: '',
  observations: [],
  source: '',
  dfeMeasureMap: '',
  statNeighbourModels: [],
  homes: [],
  ofstedProviders: '',
  breakdownCatalogue: '',
  breakdownCategories: '',
  breakdowns: [],
  dfeBreakdownMap: '',
  frameworks: '',
  ofstedLeadership: '',
};

export interface DatasetTables {
  manifest: Manifest;
  keyQuestions: SourceTable;
  measures: SourceTable;
  areas: SourceTable;
  observations: readonly SourceTable[];
  /**
   * The DfE measure map as read (readDfeMeasureMap): read by the caller, so the app fetches its
   * reader apart from the first screen's code.
   */
  dfeMeasureMap?: ParseResult<DfeMeasureMap>;
  statNeighbourModels?: readonly SourceTable[];
  /**
   * The breakdowns as read (readFolderBreakdowns, domain/breakdowns/folder-breakdowns.ts): read by
   * the caller against this dataset's areas and figures, so the app fetches their readers apart
   * from the first screen's code. Absent = no breakdowns.
   */
  breakdowns?: Pick<Dataset, 'breakdownCatalogue' | 'breakdowns' | 'dfeBreakdownMap'>;
  frameworks?: SourceTable;
}

/** Builds the dataset the screens read from already-read files; shared by the app and the command line. */
export function assembleDataset(tables: DatasetTables): ParseResult<Dataset> {
  const steps = assemblySteps(tables);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * assembleDataset a piece at a time: it pauses (yields) after each observations file and each
 * neighbour model, so the app can give the browser a turn between them (loadDataFolder) instead of
 * holding the page for the whole folder (docs/performance.md).
 */
export function* assemblySteps(tables: DatasetTables): Generator<void, ParseResult<Dataset>> {
  const catalogue = readCatalogue(tables.keyQuestions, tables.measures);
  const areaList = readAreas(tables.areas);
  const problems: Problem[] = [...catalogue.problems, ...areaList.problems];
  const measuresById = new Map(catalogue.value.measures.map((measure) => [measure.id, measure]));
  const areas = new AreaDirectory(areaList.value);
  const fromFiles: Observation[] = [];
  for (const table of tables.observations) {
    const read = readObservations(table, { measures: measuresById, areas });
    append(problems, read.problems);
    append(fromFiles, read.value);
    yield;
  }
  // Each file is already free of repeats; this finds the same figure given by two files.
  const merged = tables.observations.length > 1 ? combineObservations(fromFiles) : { value: fromFiles, problems: [] };
  append(problems, merged.problems);
  const observations = merged.value;
  let dfeMeasureMap: DfeMeasureMap | null = null;
  if (tables.dfeMeasureMap) {
    append(problems, tables.dfeMeasureMap.problems);
    dfeMeasureMap = tables.dfeMeasureMap.value;
  }
  const statNeighbourModels: StatNeighbourModel[] = [];
  for (const table of tables.statNeighbourModels ?? []) {
    yield;
    const read = readStatNeighbours(table, areas);
    // A model's warnings are about councils that no longer exist, which every reader would see on
    // every load; only its errors stop the folder from loading.
    append(
      problems,
      read.problems.filter((problem) => problem.severity === 'error'),
    );
    statNeighbourModels.push(read.value);
  }
  yield;
  // An empty catalogue written out, not imported: the catalogue's reader stays off the first screen.
  const breakdowns = tables.breakdowns ?? {
    breakdownCatalogue: { breakdowns: [] },
    breakdowns: [],
    dfeBreakdownMap: null,
  };
  let frameworks: Framework[] = [];
  if (tables.frameworks) {
    const read = readFrameworks(tables.frameworks, measuresById);
    append(problems, read.problems);
    frameworks = read.value;
  }
  return {
    value: {
      manifest: tables.manifest,
      catalogue: catalogue.value,
      measuresById,
      areas,
      observations,
      reference: [],
      index: new ObservationIndex(observations),
      dfeMeasureMap,
      statNeighbourModels,
      ...breakdowns,
      frameworks,
    },
    problems,
  };
}

/** The same dataset with another set of breakdown figures, e.g. a saved version's. */
export function withBreakdowns(dataset: Dataset, breakdowns: readonly BreakdownFigure[]): Dataset {
  return { ...dataset, breakdowns };
}

/**
 * The same catalogue, areas and reference figures with another set of figures, e.g. a saved version
 * that replaces the published ones; `index` when the caller has built it already from `observations`
 * and the dataset's reference figures (indexInSlices, a slice at a time, for a long list).
 */
export function withObservations(
  dataset: Dataset,
  observations: readonly Observation[],
  index: ObservationIndex = new ObservationIndex(observations.concat(dataset.reference)),
): Dataset {
  return { ...dataset, observations, index };
}
