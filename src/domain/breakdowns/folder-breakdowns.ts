/**
 * The data folder's breakdowns: the catalogue, the breakdown files read against it (with the
 * dataset's areas and headline figures) and the DfE breakdown map. Apart from assembleDataset so
 * the app loads these readers apart from the first screen's code (scripts/check-bundle-size.mjs).
 */
import type { AreaDirectory } from '../areas/area-directory';
import type { Measure } from '../catalogue/measure';
import type { ObservationIndex } from '../observations/series';
import type { Problem, SourceTable } from '../readers/result';
import { readBreakdownCatalogue, type BreakdownCatalogue } from './breakdown-catalogue';
import { headlineFrom } from './breakdown-checks';
import type { BreakdownFigure } from './breakdown-figure';
import { readBreakdownsFile } from './breakdowns-file';
import { readDfeBreakdownMap, type DfeBreakdownMap } from './dfe-breakdowns';

export interface BreakdownTables {
  catalogue: { breakdowns: SourceTable; categories: SourceTable };
  breakdowns: readonly SourceTable[];
  dfeBreakdownMap?: SourceTable;
}

export interface FolderBreakdowns {
  breakdownCatalogue: BreakdownCatalogue;
  breakdowns: readonly BreakdownFigure[];
  dfeBreakdownMap: DfeBreakdownMap | null;
}

/** The catalogue of breakdowns, the folder's breakdown files read against it, and the DfE breakdown map. */
export function readFolderBreakdowns(
  tables: BreakdownTables,
  {
    areas,
    measuresById,
    index,
  }: { areas: AreaDirectory; measuresById: ReadonlyMap<string, Measure>; index: ObservationIndex },
  problems: Problem[],
): FolderBreakdowns {
  const catalogue = readBreakdownCatalogue(tables.catalogue.breakdowns, tables.catalogue.categories);
  for (const problem of catalogue.problems) problems.push(problem);
  const headline = headlineFrom(
    (measureId, areaCode) => index.seriesOf(measureId, areaCode),
    (measureId) => measuresById.get(measureId)?.unit,
  );
  const breakdowns: BreakdownFigure[] = [];
  for (const table of tables.breakdowns) {
    const read = readBreakdownsFile(table, { catalogue: catalogue.value, areas, headline });
    // The figures are published as the council keeps them (seed 002's table has slips the checks
    // find, noted in data/PROVENANCE.md): only errors stop the folder from loading.
    for (const problem of read.problems) if (problem.severity === 'error') problems.push(problem);
    for (const figure of read.value) breakdowns.push(figure);
  }
  let dfeBreakdownMap: DfeBreakdownMap | null = null;
  if (tables.dfeBreakdownMap) {
    const read = readDfeBreakdownMap(tables.dfeBreakdownMap, catalogue.value);
    for (const problem of read.problems) problems.push(problem);
    dfeBreakdownMap = read.value;
  }
  return { breakdownCatalogue: catalogue.value, breakdowns, dfeBreakdownMap };
}
