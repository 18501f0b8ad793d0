import { assuranceOf, type Assurance } from './assurance';
import { classifyPoints, type PointType } from './classify';
import type { ImprovementDirection } from './improvement-direction';
import { specialCauses, type Signal, type SpecialCauseRule } from './rules';
import { variationOf, type Variation } from './variation';
import { segmentsOf, xmrLimits, type Segment, type XmrLimits } from './xmr';

export interface SpcOptions {
  direction: ImprovementDirection;
  /** The figure the measure is meant to reach, or null when it has none. */
  target: number | null;
  /** Position of the first point of each new segment (after a change to the process). */
  rebaseAt: readonly number[];
  /** Leave moving ranges above 3.267 × their mean out of the limits. Off in Making Data Count's tools. */
  screenOutliers: boolean;
}

/** One stretch of the chart between rebases, with its own mean and limits; the chart's lines break between segments. */
export interface SpcSegment extends Segment, XmrLimits {}

export interface SpcPoint {
  /** Null for a missing figure, which keeps its place on the chart. */
  value: number | null;
  /** Index into SpcChart.segments. */
  segment: number;
  /** The segment's mean and limits, also at a missing figure, so the lines run on across a gap. */
  mean: number | null;
  lower: number | null;
  upper: number | null;
  /** Null for a missing figure. */
  type: PointType | null;
  /** The rule that decided a special cause, and which way it found the point unusual. */
  rule: SpecialCauseRule | null;
  signal: Signal | null;
}

/** Positions are of the series: first and last are both in the segment. */
export type SpcWarning =
  | { kind: 'trial_limits'; first: number; last: number; points: number }
  | { kind: 'no_limits'; first: number; last: number; points: number }
  | { kind: 'missing_values'; positions: readonly number[] };

export interface SpcChart {
  points: SpcPoint[];
  segments: SpcSegment[];
  /** Position of the latest point with a figure; null when there is none. */
  latest: number | null;
  /** The variation icon of the latest point with a figure. */
  variation: Variation | null;
  /** Against the latest point's limits; null without a target or for a measure with no good direction. */
  assurance: Assurance | null;
  /** The target the chart is drawn and judged against (options.target), for the line and the legend. */
  target: number | null;
  warnings: SpcWarning[];
}

function segmentWarning(segment: SpcSegment): SpcWarning | null {
  const span = { first: segment.start, last: segment.end - 1, points: segment.points };
  if (segment.limits === null) return { kind: 'no_limits', ...span };
  return segment.trial ? { kind: 'trial_limits', ...span } : null;
}

/**
 * The XmR chart of a series (docs/spc.md). Each segment gets its own mean and limits and the rules
 * run within it. A missing figure (null) is left out: the mean and limits use the others, no moving
 * range spans the gap, and a run carries on across it, since it is a period not seen rather than a
 * point on the mean.
 */
export function spcChart(values: readonly (number | null)[], options: SpcOptions): SpcChart {
  const points: SpcPoint[] = [];
  const segments: SpcSegment[] = [];
  const warnings: SpcWarning[] = [];
  for (const bounds of segmentsOf(values.length, options.rebaseAt)) {
    const slice = values.slice(bounds.start, bounds.end);
    const segment: SpcSegment = { ...bounds, ...xmrLimits(slice, { screenOutliers: options.screenOutliers }) };
    const index = segments.push(segment) - 1;
    const warning = segmentWarning(segment);
    if (warning) warnings.push(warning);

    const figures = slice.filter((value): value is number => value !== null);
    const classes =
      segment.mean === null
        ? []
        : classifyPoints(specialCauses(figures, segment.mean, segment.limits), options.direction);
    let figure = 0;
    for (const value of slice) {
      const found = value === null ? undefined : classes[figure++];
      points.push({
        value,
        segment: index,
        mean: segment.mean,
        lower: segment.limits?.lower ?? null,
        upper: segment.limits?.upper ?? null,
        type: found?.type ?? null,
        rule: found?.rule ?? null,
        signal: found?.signal ?? null,
      });
    }
  }

  const missing = values.flatMap((value, position) => (value === null ? [position] : []));
  if (missing.length > 0) warnings.push({ kind: 'missing_values', positions: missing });

  const latest = points.findLastIndex((point) => point.value !== null);
  const latestPoint = latest >= 0 ? points[latest] : undefined;
  return {
    points,
    segments,
    latest: latestPoint ? latest : null,
    variation: latestPoint?.type ? variationOf(latestPoint.type, options.direction) : null,
    assurance: latestPoint
      ? assuranceOf({
          target: options.target,
          limits: segments[latestPoint.segment]?.limits ?? null,
          direction: options.direction,
        })
      : null,
    target: options.target,
    warnings,
  };
}
