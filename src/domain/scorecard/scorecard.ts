import type { AreaDirectory } from '../areas/area-directory';
import { ENGLAND_CODE, statNeighbourCode, type Area } from '../areas/area';
import { directionOfTravel, type Direction } from '../comparison/direction';
import {
  judgeAgainst,
  MIN_NEIGHBOUR_FIGURES,
  notRated,
  type Rating,
  type RatingBasis,
  type RatingJudgement,
} from '../comparison/rating';
import { roundTo } from '../comparison/figure';
import { neighbourFigures, type NeighbourBasis, type NeighbourChoice } from '../comparison/neighbours';
import type { Catalogue, KeyQuestion, Measure } from '../catalogue/measure';
import { frameworkHeadings, type Framework } from '../catalogue/framework';
import { isOpenData, type Observation } from '../observations/observation';
import {
  financialYear,
  financialYearOf,
  financialYearStart,
  isOnOrBefore,
  isPartOfYear,
  quartersOf,
  samePeriod,
  yearBefore,
  yearReportedIn,
  type Period,
} from '../periods/period';
import { rankingsFor, type AreaRanking } from '../comparison/ranking';
import { periodName } from '../text/periods';
import { positionAt, type LatestPosition, type ObservationIndex } from '../observations/series';
import { latestVariation } from '../spc/series-for';
import type { Variation } from '../spc/variation';

export type ComparatorKind = 'england' | 'region' | 'stat_neighbours';

export interface ComparatorArea {
  kind: ComparatorKind;
  area: Area;
}

export interface ComparatorFigure extends ComparatorArea {
  /** The comparator's latest figure at or before the scorecard's period, or its newest status if it has no figure. */
  observation: Observation | null;
  rating: Rating;
  /** How the rating was reached: the figure's 95% interval, a tolerance, or why it is not rated (text/rating-reason.ts says it in words). */
  ratedBy: RatingBasis;
  /** For the statistical-neighbour comparator: supplied in the data, or computed (how many of the ten, which model, mean or median). */
  basis: NeighbourBasis | null;
}

export interface ScorecardColumn {
  period: Period;
  /** Heading as committee papers write it: `2020/21`, `Q2 2021/22`. */
  heading: string;
}

export interface ScorecardRow extends LatestPosition {
  measure: Measure;
  /** One entry per column; null where the file has nothing (blank, never zero). */
  cells: ReadonlyArray<Observation | null>;
  direction: Direction | null;
  comparators: readonly ComparatorFigure[];
  /** The latest figure's rank among the region's and England's LAs, where enough of them have a figure for that period. */
  rankings: { region: AreaRanking | null; england: AreaRanking | null };
  /** The SPC variation icon of the latest monthly or quarterly figure, where the series has enough of them (domain/spc/series-for.ts). */
  variation: Variation | null;
}

export interface ScorecardSection {
  /** The section's heading: a key question, or a framework's heading (id `<framework>-<n>`, n from 1 in its order). */
  keyQuestion: KeyQuestion;
  /** The framework's outcome or enabler the heading is read under; null for a key question. */
  group: string | null;
  rows: readonly ScorecardRow[];
}

export interface Scorecard {
  area: Area;
  period: Period;
  columns: readonly ScorecardColumn[];
  comparatorAreas: readonly ComparatorArea[];
  sections: readonly ScorecardSection[];
}

/** Whether a measure has anything at all to show for the area: a figure or status of its own or of a comparator. */
export function hasFigures(row: ScorecardRow): boolean {
  return (
    row.latest !== null ||
    row.laterStatus !== null ||
    row.cells.some((cell) => cell !== null) ||
    row.comparators.some((comparator) => comparator.observation !== null)
  );
}

export interface ScorecardInput {
  catalogue: Catalogue;
  areas: AreaDirectory;
  index: ObservationIndex;
  area: Area;
  period: Period;
  /** The model and statistic for computing a statistical-neighbour comparator where none is supplied; null = supplied figures only. */
  neighbours?: NeighbourChoice | null;
  /** Group the measures by this framework's headings instead of the key questions (the view context's framework). */
  framework?: Framework | null;
}

/**
 * The seed scorecard's layout: the three latest financial years, then the current year's quarters
 * up to the chosen period. Choosing a year shows that year and the two before it.
 */
export function scorecardColumns(period: Period): ScorecardColumn[] {
  const year = period.type === 'financial_year' ? period : financialYearOf(period);
  if (!year) return [{ period, heading: periodName(period) }];
  const startYear = financialYearStart(year);
  if (period.type === 'financial_year') {
    return [startYear - 2, startYear - 1, startYear].map((start) => ({
      period: financialYear(start),
      heading: financialYear(start).label,
    }));
  }
  const years = [startYear - 3, startYear - 2, startYear - 1].map((start) => financialYear(start));
  const quarters = quartersOf(startYear).filter((quarter) => isOnOrBefore(quarter, period));
  return [...years, ...quarters].map((column) => ({ period: column, heading: periodName(column) }));
}

/** The cell of a column: the figure for that period, or a three-year figure shown in the year it was reported. */
export function cellFor(series: readonly Observation[], column: Period): Observation | null {
  const exact = series.find((observation) => samePeriod(observation.period, column));
  if (exact) return exact;
  if (column.type !== 'financial_year') return null;
  return (
    series.find(
      (observation) =>
        observation.period.type === 'three_year' && yearReportedIn(observation.period)?.label === column.label,
    ) ?? null
  );
}

export function comparatorAreasFor(area: Area, areas: AreaDirectory): ComparatorArea[] {
  const comparators: ComparatorArea[] = [];
  const england = areas.find(ENGLAND_CODE);
  if (england && area.code !== ENGLAND_CODE) comparators.push({ kind: 'england', area: england });
  const region = area.regionCode ? areas.find(area.regionCode) : undefined;
  if (region) comparators.push({ kind: 'region', area: region });
  const neighbours = area.type === 'local_authority' ? areas.find(statNeighbourCode(area.code)) : undefined;
  if (neighbours) comparators.push({ kind: 'stat_neighbours', area: neighbours });
  return comparators;
}

/**
 * A year-to-date figure grows through the year, so its quarter is compared with the same quarter a
 * year before (Q2 2021/22 with Q2 2020/21), never with the quarter before it; with no figure then,
 * it has no direction. Other measures keep the figure before of the same kind.
 */
function accumulatedPosition(
  measure: Measure,
  series: readonly Observation[],
  position: LatestPosition,
): LatestPosition {
  if (measure.accumulation !== 'year_to_date' || !position.latest) return position;
  const before = yearBefore(position.latest.period);
  if (!before) return position;
  const previous = series.find((observation) => samePeriod(observation.period, before) && observation.value !== null);
  return { ...position, previous: previous ?? null };
}

/** A year-to-date figure for part of a year beside a comparator's figure for a whole year (or a different part). */
function isPartYearAgainstWholeYear(measure: Measure, figure: Period, comparator: Period): boolean {
  return measure.accumulation === 'year_to_date' && isPartOfYear(figure) && !samePeriodOfYear(figure, comparator);
}

/** Q2 of one year and Q2 of another cover the same stretch of their years; so do two Mays. */
function samePeriodOfYear(a: Period, b: Period): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'quarter') return a.label.slice(-2) === b.label.slice(-2);
  return a.type === 'month' && a.start.slice(5, 7) === b.start.slice(5, 7);
}

function rounded(observation: Observation | null, measure: Measure): number | null {
  return observation?.value == null ? null : roundTo(observation.value, measure.decimalPlaces);
}

export function buildRow(
  measure: Measure,
  input: ScorecardInput,
  columns: readonly ScorecardColumn[],
  comparatorAreas: readonly ComparatorArea[],
): ScorecardRow {
  const series = input.index.seriesOf(measure.id, input.area.code);
  const position = accumulatedPosition(measure, series, positionAt(series, input.period));
  const latestValue = rounded(position.latest, measure);
  // A council with no figure or status of its own for the measure, at or before the period, gets no
  // comparators from a council's paper: England's and the region's figures there are another council's
  // (and its neighbours' would be the other councils alone). England's and the region's own published
  // figures (DfE open data) stand, so a measure DfE publishes only for England still says England's
  // figure; with neither, the row is left off like any other without figures.
  if (position.latest === null && position.laterStatus === null) {
    return {
      measure,
      cells: columns.map((column) => cellFor(series, column.period)),
      ...position,
      direction: null,
      comparators: comparatorAreas.map((comparator) => {
        const published =
          comparator.kind === 'stat_neighbours'
            ? null
            : positionAt(input.index.seriesOf(measure.id, comparator.area.code), input.period).latest;
        return {
          ...comparator,
          observation: published && isOpenData(published) ? published : null,
          ...withBasis(notRated('no_figure')),
          basis: null,
        };
      }),
      rankings: { region: null, england: null },
      variation: null,
    };
  }
  const comparators = comparatorAreas.map((comparator): ComparatorFigure => {
    const neighbours =
      comparator.kind === 'stat_neighbours'
        ? neighbourFigures(measure.id, input.area.code, input.index, input.neighbours ?? null)
        : null;
    const comparatorSeries = neighbours
      ? neighbours.map((figure) => figure.observation)
      : input.index.seriesOf(measure.id, comparator.area.code);
    const comparatorPosition = positionAt(comparatorSeries, input.period);
    const observation = comparatorPosition.latest ?? comparatorPosition.laterStatus;
    const basis = neighbours?.find((figure) => figure.observation === observation)?.basis ?? null;
    const tooFew = basis?.kind === 'computed' && basis.used < MIN_NEIGHBOUR_FIGURES;
    const partYear =
      position.latest !== null &&
      comparatorPosition.latest !== null &&
      isPartYearAgainstWholeYear(measure, position.latest.period, comparatorPosition.latest.period);
    const judgement =
      measure.polarity === 'no_polarity'
        ? notRated('no_polarity')
        : partYear
          ? notRated('part_year')
          : tooFew
            ? notRated('too_few_neighbours')
            : judgeAgainst({
                measure,
                value: latestValue,
                numerator: position.latest?.numerator ?? null,
                denominator: position.latest?.denominator ?? null,
                comparatorValue: rounded(comparatorPosition.latest, measure),
              });
    return { ...comparator, observation, rating: judgement.rating, ratedBy: judgement.basis, basis };
  });
  return {
    measure,
    cells: columns.map((column) => cellFor(series, column.period)),
    ...position,
    direction: directionOfTravel({
      polarity: measure.polarity,
      previous: rounded(position.previous, measure),
      latest: latestValue,
    }),
    comparators,
    rankings: position.latest
      ? rankingsFor(measure, input.index, input.areas, input.area, position.latest.period)
      : { region: null, england: null },
    variation: latestVariation(input.index, measure, input.area.code, input.period),
  };
}

function withBasis(judgement: RatingJudgement): Pick<ComparatorFigure, 'rating' | 'ratedBy'> {
  return { rating: judgement.rating, ratedBy: judgement.basis };
}

/**
 * A framework's headings as sections, each under its outcome or enabler, with a row for each of its
 * metrics the catalogue gives a measure (a metric without one is listed by the page, not a row).
 */
function frameworkSections(
  framework: Framework,
  catalogue: Catalogue,
  row: (measure: Measure) => ScorecardRow,
): ScorecardSection[] {
  const measures = new Map(catalogue.measures.map((measure) => [measure.id, measure]));
  return frameworkHeadings(framework).map((heading, index) => ({
    keyQuestion: { id: `${framework.id}-${index + 1}`, title: heading.heading, note: '' },
    group: heading.group,
    rows: heading.metrics.flatMap((metric) => {
      const measure = metric.measureId === null ? undefined : measures.get(metric.measureId);
      return measure ? [row(measure)] : [];
    }),
  }));
}

export function buildScorecard(input: ScorecardInput): Scorecard {
  const columns = scorecardColumns(input.period);
  const comparatorAreas = comparatorAreasFor(input.area, input.areas);
  const row = (measure: Measure) => buildRow(measure, input, columns, comparatorAreas);
  const sections = input.framework
    ? frameworkSections(input.framework, input.catalogue, row)
    : input.catalogue.keyQuestions.map((keyQuestion) => ({
        keyQuestion,
        group: null,
        rows: input.catalogue.measures.filter((measure) => measure.keyQuestionId === keyQuestion.id).map(row),
      }));
  return { area: input.area, period: input.period, columns, comparatorAreas, sections };
}

/** The periods a scorecard can be shown at for an area: its financial years and quarters, newest first. */
export function scorecardPeriods(index: ObservationIndex, areaCode: string): Period[] {
  return index
    .periodsOf(areaCode)
    .filter((period) => period.type === 'financial_year' || period.type === 'quarter')
    .reverse();
}
