import { neighbourFigures, type NeighbourChoice } from '../../domain/comparison/neighbours';
import type { Area } from '../../domain/areas/area';
import type { Measure } from '../../domain/catalogue/measure';
import type { Observation } from '../../domain/observations/observation';
import {
  comparePeriods,
  financialYear,
  financialYearStart,
  isOnOrBefore,
  quartersOf,
  samePeriod,
  type Period,
  type PeriodType,
} from '../../domain/periods/period';
import { endTime } from '../../domain/periods/timeline';
import type { ComparatorArea, ComparatorKind } from '../../domain/scorecard/scorecard';
import type { ObservationIndex } from '../../domain/observations/series';
import { append } from '../../domain/lists/append';

export type SeriesRole = 'home' | ComparatorKind;

export interface TrendPoint {
  period: Period;
  /** Milliseconds of the period's end date, the chart's x position. */
  x: number;
  /** null where the figure is missing, suppressed or otherwise not a number: drawn as a gap. */
  value: number | null;
  /** The observation behind the point; null where the file has nothing for an expected period. */
  observation: Observation | null;
}

export interface TrendSeries {
  /** Stable id, e.g. `home:financial_year`, used as the chart's data key and in tests. */
  id: string;
  role: SeriesRole;
  area: Area;
  periodType: PeriodType;
  label: string;
  points: TrendPoint[];
}

const PERIOD_TYPE_WORDS: Readonly<Record<PeriodType, string>> = {
  financial_year: 'years',
  quarter: 'quarters',
  month: 'months',
  date: 'snapshots',
  three_year: 'three-year averages',
};

/**
 * Every period a regular series should have between its first and last figure. A year or quarter
 * with no row at all is then drawn as a gap, exactly like a suppressed one, and never joined over.
 */
function expectedPeriods(periods: readonly Period[], type: PeriodType): Period[] {
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last || (type !== 'financial_year' && type !== 'quarter')) return [...periods];
  const expected: Period[] = [];
  for (let year = financialYearStart(first); year <= financialYearStart(last); year += 1) {
    const candidates = type === 'financial_year' ? [financialYear(year)] : quartersOf(year);
    append(
      expected,
      candidates.filter((period) => comparePeriods(period, first) >= 0 && comparePeriods(period, last) <= 0),
    );
  }
  return expected;
}

function seriesFor(role: SeriesRole, area: Area, observations: readonly Observation[], at: Period): TrendSeries[] {
  const shown = observations.filter((observation) => isOnOrBefore(observation.period, at));
  const types = [...new Set(shown.map((observation) => observation.period.type))];
  return types.map((periodType) => {
    const own = shown.filter((observation) => observation.period.type === periodType);
    const points = expectedPeriods(
      own.map((observation) => observation.period),
      periodType,
    ).map((period): TrendPoint => {
      const observation = own.find((candidate) => samePeriod(candidate.period, period)) ?? null;
      return { period, x: endTime(period), value: observation?.value ?? null, observation };
    });
    return {
      id: `${role}:${periodType}`,
      role,
      area,
      periodType,
      label: types.length > 1 ? `${area.name} (${PERIOD_TYPE_WORDS[periodType]})` : area.name,
      points,
    };
  });
}

/** The lines of a measure's trend chart: the home LA by kind of period, then each comparator. */
export function buildTrendSeries(
  measure: Measure,
  index: ObservationIndex,
  home: Area,
  comparators: readonly ComparatorArea[],
  at: Period,
  neighbours: NeighbourChoice | null = null,
): TrendSeries[] {
  // The neighbours' line joins supplied figures and, for other periods, those computed from the chosen model.
  const comparatorSeries = (comparator: ComparatorArea) =>
    comparator.kind === 'stat_neighbours'
      ? neighbourFigures(measure.id, home.code, index, neighbours).map((figure) => figure.observation)
      : index.seriesOf(measure.id, comparator.area.code);
  return [
    ...seriesFor('home', home, index.seriesOf(measure.id, home.code), at),
    ...comparators.flatMap((comparator) =>
      seriesFor(comparator.kind, comparator.area, comparatorSeries(comparator), at),
    ),
  ].filter((series) => series.points.some((point) => point.value !== null));
}

/** One row per period on the timeline, with each series' observation: the chart's table alternative. */
export function trendTableRows(series: readonly TrendSeries[]): { period: Period; cells: (TrendPoint | null)[] }[] {
  const periods = new Map<string, Period>();
  for (const line of series) for (const point of line.points) periods.set(point.period.label, point.period);
  return [...periods.values()].sort(comparePeriods).map((period) => ({
    period,
    cells: series.map((line) => line.points.find((point) => point.period.label === period.label) ?? null),
  }));
}
