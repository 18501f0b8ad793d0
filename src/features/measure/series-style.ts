import type { SeriesRole, TrendSeries } from './trend-series';

export interface SeriesStyle {
  stroke: string;
  /** Dash pattern, so lines differ without colour (and in black-and-white print). */
  dash: string;
  marker: 'circle' | 'square' | 'diamond' | 'triangle';
  width: number;
}

// Colours have at least 3:1 contrast on white (WCAG 1.4.11); each line also has its own dash and marker.
const ROLE_STYLE: Readonly<Record<SeriesRole, SeriesStyle>> = {
  home: { stroke: '#0b0c0c', dash: '', marker: 'circle', width: 3 },
  england: { stroke: '#1d70b8', dash: '8 4', marker: 'square', width: 2 },
  region: { stroke: '#912b88', dash: '2 4', marker: 'diamond', width: 2 },
  stat_neighbours: { stroke: '#00703c', dash: '10 4 2 4', marker: 'triangle', width: 2 },
};

export function seriesStyle(series: Pick<TrendSeries, 'role' | 'periodType'>): SeriesStyle {
  const base = ROLE_STYLE[series.role];
  // The home area's quarters are a second line of the same area: same colour, lighter and dashed.
  if (series.role === 'home' && series.periodType !== 'financial_year')
    return { ...base, stroke: '#505a5f', dash: '4 3', marker: 'square', width: 2 };
  return base;
}

export const MARKER_WORD: Readonly<Record<SeriesStyle['marker'], string>> = {
  circle: 'circles',
  square: 'squares',
  diamond: 'diamonds',
  triangle: 'triangles',
};

/** The ink of the measure page's charts: text, the value grid, and the axes with their ticks. */
export const CHART_INK = { text: '#0b0c0c', grid: '#d8d8d8', axis: '#505a5f' } as const;
