import { AreaDirectory, readAreas } from './areas';
import { readCatalogue } from './catalogue';
import type { Catalogue, Measure } from './measure';
import type { Observation } from './observation';
import { mergeObservations, readObservations } from './observations';
import { parsePeriod } from './period';
import type { ParseResult, Problem, SourceTable } from './result';
import { ObservationIndex } from './series';

/** data/manifest.json: what the published data folder holds and which view opens first. */
export interface Manifest {
  title: string;
  homeArea: string;
  defaultPeriod: string;
  observations: string[];
  source: string;
}

export interface Dataset {
  manifest: Manifest;
  catalogue: Catalogue;
  measuresById: ReadonlyMap<string, Measure>;
  areas: AreaDirectory;
  observations: readonly Observation[];
  index: ObservationIndex;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readManifest(json: unknown, fileName = 'manifest.json'): ParseResult<Manifest | null> {
  const fail = (message: string): ParseResult<Manifest | null> => ({ value: null, problems: [{ severity: 'error', rule: 'invalid_manifest', message: `${fileName}: ${message}` }] });
  if (!isRecord(json)) return fail('it must be a JSON object.');
  const text = (key: string): string => (typeof json[key] === 'string' ? json[key] : '');
  const observations = json.observations;
  if (!Array.isArray(observations) || observations.length === 0 || !observations.every((file): file is string => typeof file === 'string')) {
    return fail('"observations" must list at least one observations CSV file, e.g. ["observations/2021-22-q2.csv"].');
  }
  if (text('homeArea') === '') return fail('"homeArea" must give the ONS code of the local authority the scorecard is for, e.g. "E06000047".');
  const defaultPeriod = text('defaultPeriod');
  if (defaultPeriod !== '' && !parsePeriod(defaultPeriod).ok) return fail(`"defaultPeriod" '${defaultPeriod}' is not a period such as 2021/22 Q2.`);
  return {
    value: { title: text('title'), homeArea: text('homeArea'), defaultPeriod, observations, source: text('source') },
    problems: [],
  };
}

export interface DatasetTables {
  manifest: Manifest;
  keyQuestions: SourceTable;
  measures: SourceTable;
  areas: SourceTable;
  observations: readonly SourceTable[];
}

/** Builds the dataset the screens read from already-read files; shared by the app and the command line. */
export function assembleDataset(tables: DatasetTables): ParseResult<Dataset> {
  const catalogue = readCatalogue(tables.keyQuestions, tables.measures);
  const areaList = readAreas(tables.areas);
  const problems: Problem[] = [...catalogue.problems, ...areaList.problems];
  const measuresById = new Map(catalogue.value.measures.map((measure) => [measure.id, measure]));
  const areas = new AreaDirectory(areaList.value);
  const fromFiles: Observation[] = [];
  for (const table of tables.observations) {
    const read = readObservations(table, { measures: measuresById, areas });
    problems.push(...read.problems);
    fromFiles.push(...read.value);
  }
  // Each file is already free of repeats; this finds the same figure given by two files.
  const merged = tables.observations.length > 1 ? mergeObservations(fromFiles) : { value: fromFiles, problems: [] };
  problems.push(...merged.problems);
  const observations = merged.value;
  return {
    value: { manifest: tables.manifest, catalogue: catalogue.value, measuresById, areas, observations, index: new ObservationIndex(observations) },
    problems,
  };
}

/** The same catalogue and areas with another set of figures, e.g. a saved version that replaces the published ones. */
export function withObservations(dataset: Dataset, observations: readonly Observation[]): Dataset {
  return { ...dataset, observations, index: new ObservationIndex(observations) };
}
