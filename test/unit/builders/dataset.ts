/**
 * Test-only: a Dataset built from what a test names (measures, areas, figures), as the app's loader
 * would build it from a data folder, without reading data/.
 */
import type { Area } from '../../../src/domain/areas/area';
import type { Framework } from '../../../src/domain/catalogue/framework';
import type { Measure } from '../../../src/domain/catalogue/measure';
import type { StatNeighbourModel } from '../../../src/domain/comparison/neighbours';
import { EMPTY_MANIFEST, type Dataset, type Manifest } from '../../../src/domain/dataset/dataset';
import type { Observation } from '../../../src/domain/observations/observation';
import { ObservationIndex } from '../../../src/domain/observations/series';
import type { DfeMeasureMap } from '../../../src/domain/readers/dfe/dfe-measure-map';
import { EMPTY_BREAKDOWN_CATALOGUE, type BreakdownCatalogue } from '../../../src/domain/breakdowns/breakdown-catalogue';
import type { BreakdownFigure } from '../../../src/domain/breakdowns/breakdown-figure';
import type { DfeBreakdownMap } from '../../../src/domain/breakdowns/dfe-breakdowns';
import { DURHAM, SOME_AREAS, areaDirectory } from './areas';
import { SOME_MEASURES, catalogue, measuresById } from './catalogue';

export interface DatasetParts {
  measures?: readonly Measure[];
  areas?: readonly Area[];
  observations?: readonly Observation[];
  /** Reference figures (Dataset.reference), e.g. Ofsted's leadership judgements. */
  reference?: readonly Observation[];
  manifest?: Partial<Manifest>;
  statNeighbourModels?: readonly StatNeighbourModel[];
  dfeMeasureMap?: DfeMeasureMap | null;
  breakdownCatalogue?: BreakdownCatalogue;
  breakdowns?: readonly BreakdownFigure[];
  dfeBreakdownMap?: DfeBreakdownMap | null;
  frameworks?: readonly Framework[];
}

/** County Durham's scorecard by default (home area E06000047), over the builders' measures and areas. */
export function dataset(parts: DatasetParts = {}): Dataset {
  const measures = parts.measures ?? SOME_MEASURES;
  const observations = parts.observations ?? [];
  const reference = parts.reference ?? [];
  return {
    manifest: { ...EMPTY_MANIFEST, title: 'Test scorecard', homeArea: DURHAM.code, ...parts.manifest },
    catalogue: catalogue(measures),
    measuresById: measuresById(measures),
    areas: areaDirectory(parts.areas ?? SOME_AREAS),
    observations,
    reference,
    index: new ObservationIndex(observations.concat(reference)),
    dfeMeasureMap: parts.dfeMeasureMap ?? null,
    statNeighbourModels: parts.statNeighbourModels ?? [],
    breakdownCatalogue: parts.breakdownCatalogue ?? EMPTY_BREAKDOWN_CATALOGUE,
    breakdowns: parts.breakdowns ?? [],
    dfeBreakdownMap: parts.dfeBreakdownMap ?? null,
    frameworks: parts.frameworks ?? [],
  };
}

/** A neighbour model naming each council's neighbours by code, closest first ("Close" each, names from the code). */
export function neighbourModel(
  label: string,
  neighbours: Readonly<Record<string, readonly string[]>>,
): StatNeighbourModel {
  return {
    label,
    neighboursOf: new Map(
      Object.entries(neighbours).map(([code, list]) => [
        code,
        list.map((neighbour, at) => ({ rank: at + 1, code: neighbour, name: neighbour, closeness: 'Close' })),
      ]),
    ),
  };
}
