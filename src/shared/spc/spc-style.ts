/**
 * How SPC charts and icons draw each class of point: a shape first, so a class reads in black and
 * white and without colour, then Making Data Count's colours (blue improvement, orange concern,
 * purple neither, grey common cause), darkened to at least 4.5:1 on white.
 */
import type { PointType } from '../../domain/spc/classify';

export const SPC_COLOUR = {
  common: '#505a5f',
  improvement: '#005eb8',
  concern: '#b35400',
  neutral: '#912b88',
} as const;

export type MarkerShape = 'dot' | 'ringed' | 'diamond' | 'triangle_up' | 'triangle_down';

export const POINT_STYLE: Readonly<Record<PointType, { shape: MarkerShape; colour: string }>> = {
  common_cause: { shape: 'dot', colour: SPC_COLOUR.common },
  special_cause_improvement: { shape: 'ringed', colour: SPC_COLOUR.improvement },
  special_cause_concern: { shape: 'diamond', colour: SPC_COLOUR.concern },
  special_cause_neutral_high: { shape: 'triangle_up', colour: SPC_COLOUR.neutral },
  special_cause_neutral_low: { shape: 'triangle_down', colour: SPC_COLOUR.neutral },
};

/** What each shape is called in a legend, after the class's name. */
export const SHAPE_WORD: Readonly<Record<MarkerShape, string>> = {
  dot: 'small dot',
  ringed: 'dot in a ring',
  diamond: 'diamond',
  triangle_up: 'triangle pointing up',
  triangle_down: 'triangle pointing down',
};

/** Dash patterns, in units of the line's own width, so lines differ by more than colour. */
export const LINE_DASH = {
  mean: '',
  limit: '4 3',
  target: '8 3 1.5 3',
} as const;

export const LINE_COLOUR = {
  mean: '#0b0c0c',
  limit: '#0b0c0c',
  target: '#d4351c',
  figures: SPC_COLOUR.common,
} as const;

/** A dash pattern in units of the line width, as SVG wants it in user units. */
export function dashOf(pattern: string, width: number): string | undefined {
  return pattern
    ? pattern
        .split(' ')
        .map((part) => Number(part) * width)
        .join(' ')
    : undefined;
}
