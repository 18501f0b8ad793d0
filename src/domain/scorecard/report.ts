import type { NeighbourBasis } from '../comparison/neighbours';
import type { RatingBasis } from '../comparison/rating';
import type { Observation } from '../observations/observation';
import type { Scorecard, ScorecardRow } from './scorecard';

export interface ReportFigure {
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string;
  source: ReportSource;
  /** The provisional figure this final one replaced (final over provisional), when there was one. */
  superseded?: {
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    status: string;
    source: ReportSource;
  };
}

export interface ReportComparator {
  kind: string;
  area: { code: string; name: string };
  period: string | null;
  value: number | null;
  status: string | null;
  rating: string;
  /** How the rating was reached: the figure's 95% interval (method, lower, upper in the measure's unit), a tolerance, or why it is not rated. */
  ratedBy: RatingBasis;
  /** The statistical-neighbour comparator's basis: supplied in the data, or computed (how many of how many, mean or median, which model). */
  basis?: NeighbourBasis;
  /** Where the comparator's figure came from: file and row, and the publisher for open data. Absent for a computed figure. */
  source?: ReportSource;
}

export interface ReportSource {
  file: string;
  row: number;
  publisher?: string;
}

export interface ReportMeasure {
  id: string;
  title: string;
  /** The key question, or with --framework the framework's heading. */
  question: string;
  /** With --framework: the outcome or enabler the heading is read under. */
  group?: string;
  unit: string;
  polarity: string;
  latest: ReportFigure | null;
  /** A newer cell without a figure ("reported annually", "no new data"), kept beside the latest figure. */
  later: { period: string; status: string } | null;
  previous: ReportFigure | null;
  direction: string | null;
  comparators: ReportComparator[];
  /** The latest figure's rank among the region's and England's LAs (1 = best; lowest first for measures with no good direction). */
  ranks: ReportRank[];
}

export interface ReportRank {
  scope: 'region' | 'england';
  area: { code: string; name: string };
  period: string;
  /**
   * 1 = best. Null when the LA has no figure for the period, and for a measure with no good
   * direction, which LAIT does not rank: its place is `position` only.
   */
  rank: number | null;
  /** Its place counting from the lowest figure ("3rd lowest"), for a measure with no good direction; else absent. */
  position?: number | null;
  /** How many LAs had a figure and were ranked. */
  ranked: number;
  /** How many LAs the scope has. */
  of: number;
  band: string | null;
}

export interface ScorecardReport {
  area: { code: string; name: string };
  period: string;
  measures: ReportMeasure[];
}

function figure(observation: Observation | null): ReportFigure | null {
  if (!observation) return null;
  const { period, value, numerator, denominator, status, source, superseded } = observation;
  return {
    period: period.label,
    value,
    numerator,
    denominator,
    status,
    source: { ...source },
    ...(superseded ? { superseded: { ...superseded, source: { ...superseded.source } } } : {}),
  };
}

function reportRow(row: ScorecardRow, question: string, group: string | null): ReportMeasure {
  return {
    id: row.measure.id,
    title: row.measure.title,
    question,
    ...(group === null ? {} : { group }),
    unit: row.measure.unit,
    polarity: row.measure.polarity,
    latest: figure(row.latest),
    later: row.laterStatus ? { period: row.laterStatus.period.label, status: row.laterStatus.status } : null,
    previous: figure(row.previous),
    direction: row.direction,
    ranks: [row.rankings.region, row.rankings.england].flatMap((ranking) =>
      ranking
        ? [
            {
              scope: ranking.scope,
              area: { code: ranking.scopeArea.code, name: ranking.scopeArea.name },
              period: ranking.period.label,
              ...(row.measure.polarity === 'no_polarity'
                ? { rank: null, position: ranking.home?.rank ?? null }
                : { rank: ranking.home?.rank ?? null }),
              ranked: ranking.ranked.length,
              of: ranking.of,
              band: ranking.home?.band ?? null,
            },
          ]
        : [],
    ),
    comparators: row.comparators.map((comparator) => ({
      kind: comparator.kind,
      area: { code: comparator.area.code, name: comparator.area.name },
      period: comparator.observation?.period.label ?? null,
      value: comparator.observation?.value ?? null,
      status: comparator.observation?.status ?? null,
      rating: comparator.rating,
      ratedBy: comparator.ratedBy,
      ...(comparator.basis ? { basis: comparator.basis } : {}),
      ...(comparator.observation && comparator.basis?.kind !== 'computed'
        ? { source: { ...comparator.observation.source } }
        : {}),
    })),
  };
}

/** The machine-readable scorecard printed by `scorecard report --json`. */
export function scorecardReport(scorecard: Scorecard): ScorecardReport {
  return {
    area: { code: scorecard.area.code, name: scorecard.area.name },
    period: scorecard.period.label,
    measures: scorecard.sections.flatMap((section) =>
      section.rows.map((row) => reportRow(row, section.keyQuestion.title, section.group)),
    ),
  };
}
