import { describe, expect, it } from 'vitest';
import { comparisonGeometry } from './comparison-geometry';

const columns = (values: number[]) =>
  comparisonGeometry({
    layout: 'columns',
    width: 1000,
    values,
    references: [50],
    domain: [0, 100],
    ticks: [0, 50, 100],
  });
const named = (values: number[]) =>
  comparisonGeometry({
    layout: 'named_bars',
    width: 1000,
    values,
    references: [50],
    domain: [0, 100],
    ticks: [0, 100],
  });

describe('comparisonGeometry', () => {
  it('spreads the columns evenly across the plot, one a council, with a pixel between them', () => {
    const { plot, bars } = columns([100, 50, 25, 0]);
    expect(plot).toEqual({ left: 72, right: 840, top: 32, bottom: 366 });
    expect(bars.map((bar) => bar.x)).toEqual([72, 264, 456, 648]);
    expect(bars.every((bar) => bar.width === 191)).toBe(true);
  });

  it.each([
    { value: 100, y: 32, height: 334 },
    { value: 50, y: 199, height: 167 },
    { value: 0, y: 366, height: 0 },
  ])('draws a column of $value up from the zero line, $height px tall', ({ value, y, height }) => {
    expect(columns([value]).bars[0]).toMatchObject({ y, height });
  });

  it('puts the ticks and the reference line at their values on the upright axis', () => {
    const geometry = columns([10]);
    expect(geometry.tickAt).toEqual([366, 199, 32]);
    expect(geometry.referenceAt).toEqual([199]);
  });

  it('gives named bars a row of 30 px each, drawn across from the zero line', () => {
    const { height, plot, bars, tickAt } = named([100, 50]);
    expect(height).toBe(150);
    expect(plot).toEqual({ left: 248, right: 968, top: 48, bottom: 112 });
    expect(bars).toEqual([
      { x: 248, y: 52, width: 720, height: 24 },
      { x: 248, y: 84, width: 360, height: 24 },
    ]);
    expect(tickAt).toEqual([248, 968]);
  });

  it('keeps a plot of at least a pixel in a chart narrower than its margins', () => {
    const { plot } = comparisonGeometry({
      layout: 'columns',
      width: 100,
      values: [1],
      references: [],
      domain: [0, 1],
      ticks: [],
    });
    expect(plot.right - plot.left).toBe(1);
  });
});
