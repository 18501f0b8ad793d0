import { describe, expect, it } from 'vitest';
import { columnAfterKey, nearestColumn, TIME_PADDING, trendGeometry } from './trend-geometry';

const DAY = 1000 * 60 * 60 * 24;
/** Period ends 100 days apart, so with the padding either side the time axis is 290 days long. */
const ends = [0, 100 * DAY, 200 * DAY];
const line = (values: (number | null)[]) => ({
  points: values.map((value, index) => ({ x: ends[index] ?? 0, value })),
});
const chart = (series: { points: { x: number; value: number | null }[] }[], width = 354) =>
  trendGeometry({
    width,
    series,
    domain: [0, 100],
    yTicks: [0, 50, 100],
    xTicks: ends.map((x, index) => ({ x, label: `Year ${index + 1}` })),
  });

describe('trendGeometry', () => {
  it('keeps room for the value labels on the left and the period labels below, 380 px tall', () => {
    expect(chart([line([1, 2, 3])])).toMatchObject({
      height: 380,
      plot: { left: 64, right: 330, top: 16, bottom: 342 },
    });
  });

  it('puts the value ticks at their values up the plot, and the grid with them', () => {
    expect(chart([line([1, 2, 3])]).yTicks).toEqual([
      { value: 0, y: 342 },
      { value: 50, y: 179 },
      { value: 100, y: 16 },
    ]);
  });

  it('places periods by their end dates, 45 days in from either edge of the plot', () => {
    // 266 px of plot for 290 days: 45 days is about 41.3 px.
    const { columns } = chart([line([1, 2, 3])]);
    expect(columns.map((column) => column.time)).toEqual(ends);
    expect(columns.map((column) => Math.round(column.x))).toEqual([105, 197, 289]);
    expect(TIME_PADDING).toBe(45 * DAY);
  });

  it.each([
    { values: [50, 100, 0], paths: 1, markers: [0, 1, 2] },
    { values: [50, null, 0], paths: 0, markers: [0, 2] },
    { values: [null, 100, 0], paths: 1, markers: [1, 2] },
    { values: [null, null, null], paths: 0, markers: [] },
  ])(
    'draws $values with $paths line(s) and a marker for each figure, never joining over a gap',
    ({ values, paths, markers }) => {
      const [plotted] = chart([line(values)]).series;
      expect(plotted?.paths).toHaveLength(paths);
      expect(plotted?.markers.map((marker) => marker.index)).toEqual(markers);
    },
  );

  it('draws a figure at its value and period end', () => {
    const [plotted] = chart([line([50, 100, 0])]).series;
    expect(plotted?.paths).toEqual(['M105.3,179.0 L197.0,16.0 L288.7,342.0']);
    expect(plotted?.markers[1]).toEqual({ x: expect.closeTo(197, 0) as number, y: 16, index: 1 });
  });

  it('gives one column to periods of two series that end on the same day (a year and its fourth quarter)', () => {
    const quarters = { points: [{ x: 200 * DAY, value: 4 }] };
    expect(chart([line([1, 2, 3]), quarters]).columns).toHaveLength(3);
  });

  it.each([
    { width: 1280, labelled: [true, true, true] },
    // 150 px of plot, the years 52 px apart: the middle name would run into both, so it is left out.
    { width: 238, labelled: [true, false, true] },
  ])('names the years that fit along the axis at $width px', ({ width, labelled }) => {
    expect(chart([line([1, 2, 3])], width).xTicks.map((tick) => tick.labelled)).toEqual(labelled);
  });

  it('names a year that ends after the chart does at the edge of the plot, without a tick mark', () => {
    const geometry = trendGeometry({
      width: 354,
      series: [line([1, 2, 3])],
      domain: [0, 100],
      yTicks: [0, 100],
      xTicks: [
        { x: 0, label: 'Year 1' },
        { x: 400 * DAY, label: 'Year 2' },
      ],
    });
    expect(geometry.xTicks).toEqual([
      {
        label: 'Year 1',
        x: expect.closeTo(105.3, 1) as number,
        inside: true,
        labelX: expect.closeTo(105.3, 1) as number,
        anchor: 'middle',
        labelled: true,
      },
      { label: 'Year 2', x: 330, inside: false, labelX: 352, anchor: 'end', labelled: true },
    ]);
  });

  it('keeps every name of a year on the chart, anchored at its end where it would run off the edge', () => {
    const narrow = trendGeometry({
      width: 100,
      series: [line([1])],
      domain: [0, 1],
      yTicks: [],
      xTicks: [{ x: 0, label: 'Year 1' }],
    });
    expect(narrow.xTicks[0]).toMatchObject({ labelX: 98, anchor: 'end' });
  });

  it('keeps a plot of at least a pixel in a chart narrower than its margins', () => {
    const { plot } = chart([line([1])], 10);
    expect(plot.right - plot.left).toBe(1);
  });
});

describe('nearestColumn', () => {
  const columns = [{ x: 100 }, { x: 200 }, { x: 300 }];
  it.each([
    { x: 0, column: 0 },
    { x: 149, column: 0 },
    { x: 151, column: 1 },
    { x: 290, column: 2 },
    { x: 999, column: 2 },
  ])('reads the column nearest $x px: $column', ({ x, column }) => {
    expect(nearestColumn(columns, x)).toBe(column);
  });
  it('reads none on a chart without periods', () => {
    expect(nearestColumn([], 10)).toBeNull();
  });
});

describe('columnAfterKey', () => {
  it.each([
    { key: 'ArrowLeft', current: null, next: 4 },
    { key: 'ArrowRight', current: null, next: 4 },
    { key: 'ArrowLeft', current: 2, next: 1 },
    { key: 'ArrowLeft', current: 0, next: 0 },
    { key: 'ArrowRight', current: 2, next: 3 },
    { key: 'ArrowRight', current: 4, next: 4 },
    { key: 'Home', current: 3, next: 0 },
    { key: 'End', current: 0, next: 4 },
    { key: 'Escape', current: 3, next: null },
    { key: 'Tab', current: 3, next: undefined },
  ])('moves from $current to $next on $key', ({ key, current, next }) => {
    expect(columnAfterKey(key, current, 5)).toBe(next);
  });
});
