import type { Dataset } from '../../domain/dataset/dataset';
import type { Rating } from '../../domain/comparison/rating';
import type { Scorecard, ScorecardRow, ScorecardSection } from '../../domain/scorecard/scorecard';
import { hasFigures } from '../../domain/scorecard/scorecard';
import type { Framework, FrameworkMetric } from '../../domain/catalogue/framework';

export interface ScorecardSources {
  /** Files of the council's own figures on the scorecard, in the order first met. */
  councilFiles: string[];
  /** Open-data files the scorecard's figures came from, with their publisher. */
  openDataFiles: { publisher: string; file: string }[];
  /** Statistical-neighbour models used to work out a comparator. */
  neighbourModels: string[];
}

/** Where the figures on a scorecard came from, for the line under it: every figure shown can be traced to one of these. */
export function scorecardSources(scorecard: Scorecard): ScorecardSources {
  const councilFiles = new Set<string>();
  const openDataFiles = new Map<string, string>();
  const neighbourModels = new Set<string>();
  for (const section of scorecard.sections) {
    for (const row of section.rows) {
      const shown = [
        ...row.cells,
        row.latest,
        row.laterStatus,
        ...row.comparators.map((comparator) => (comparator.basis?.kind === 'computed' ? null : comparator.observation)),
      ];
      for (const observation of shown) {
        if (!observation) continue;
        if (observation.source.publisher) openDataFiles.set(observation.source.file, observation.source.publisher);
        else councilFiles.add(observation.source.file);
      }
      for (const comparator of row.comparators)
        if (comparator.basis?.kind === 'computed') neighbourModels.add(comparator.basis.model);
    }
  }
  return {
    councilFiles: [...councilFiles],
    openDataFiles: [...openDataFiles]
      .map(([file, publisher]) => ({ publisher, file }))
      .sort((a, b) => a.file.localeCompare(b.file)),
    neighbourModels: [...neighbourModels].sort(),
  };
}

function matchesSearch(row: ScorecardRow, words: readonly string[]): boolean {
  const text = `${row.measure.title} ${row.measure.shortTitle}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

/** A measure the scorecard leaves off for the area, as it has no figure there, under its section's heading. */
export interface MeasureWithoutFigure {
  measure: ScorecardRow['measure'];
  section: string;
}

/**
 * The catalogue's measures that have nothing for this area, in the scorecard's order, so the page
 * can list them rather than show a row of dashes for each.
 */
export function measuresWithoutFigures(scorecard: Scorecard): MeasureWithoutFigure[] {
  return scorecard.sections.flatMap((section) =>
    section.rows
      .filter((row) => !hasFigures(row))
      .map((row) => ({ measure: row.measure, section: section.keyQuestion.title })),
  );
}

/**
 * The sections left after the key-question filter and the search; a section with no matching measure
 * is dropped. Measures with nothing at all for the area (e.g. national measures an LA's paper does not
 * report) are left out: a row of dashes tells a panel member nothing.
 */
export function visibleSections(scorecard: Scorecard, question: string, search: string): ScorecardSection[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return (
    scorecard.sections
      .filter((section) => !question || section.keyQuestion.id === question)
      .map((section) => ({
        ...section,
        rows: section.rows.filter((row) => hasFigures(row) && matchesSearch(row, words)),
      }))
      // A key question without measures is kept (its note says why); a framework's heading without
      // figures is not: its metrics are listed apart (frameworkGaps), with the file that supplies them.
      .filter((section) => section.rows.length > 0 || (words.length === 0 && section.group === null))
  );
}

/** Sorting by a rating puts better first when ascending; unrated figures always go last. */
export const RATING_SORT_ORDER: Readonly<Record<Rating, number | undefined>> = {
  better: 0,
  similar: 1,
  worse: 2,
  not_rated: undefined,
};

/**
 * Which breakdown page each chart row of the scorecard opens ("See chart 2"): of the breakdowns the
 * catalogue points from that row, the first with figures for the area, else the first.
 */
export function breakdownLinks(
  dataset: Pick<Dataset, 'breakdownCatalogue' | 'breakdowns'>,
  areaCode: string,
): ReadonlyMap<string, string> {
  const held = new Set(
    dataset.breakdowns.filter((figure) => figure.areaCode === areaCode).map((figure) => figure.breakdownId),
  );
  const links = new Map<string, string>();
  for (const breakdown of dataset.breakdownCatalogue.breakdowns) {
    if (!breakdown.scorecardRow) continue;
    const chosen = links.get(breakdown.scorecardRow);
    if (!chosen || (!held.has(chosen) && held.has(breakdown.id))) links.set(breakdown.scorecardRow, breakdown.id);
  }
  return links;
}

/** A framework's metric that has no row on the scorecard, and why: no catalogue measure yet, or no figures for the area. */
export interface FrameworkGap {
  metric: FrameworkMetric;
  reason: 'not_in_catalogue' | 'no_figures';
}

/** The framework's metrics the scorecard does not show, in the framework's order. */
export function frameworkGaps(framework: Framework, scorecard: Scorecard): FrameworkGap[] {
  const shown = new Set(
    scorecard.sections.flatMap((section) => section.rows.filter(hasFigures).map((row) => row.measure.id)),
  );
  return framework.metrics.flatMap((metric): FrameworkGap[] => {
    if (metric.measureId === null) return [{ metric, reason: 'not_in_catalogue' }];
    return shown.has(metric.measureId) ? [] : [{ metric, reason: 'no_figures' }];
  });
}
