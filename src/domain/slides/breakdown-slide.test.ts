import { describe, expect, it } from 'vitest';
import { cell } from '../../../test/unit/builders/breakdown';
import { PLACEMENTS } from '../../../test/unit/builders/breakdown-catalogue';
import { dataset } from '../../../test/unit/builders/dataset';
import { breakdownSlide, breakdownSlideBreakdown, breakdownSlideId, slideFigureColumns } from './breakdown-slide';
import { parseSlideId } from './slides';

const input = dataset({
  breakdownCatalogue: PLACEMENTS,
  breakdowns: [
    cell('placements', 'foster', 60, 100, { period: '2020-03-11' }),
    cell('placements', 'residential', 40, 100, { period: '2020-03-11' }),
    cell('placements', 'foster', 50, 100, { period: '2021-09-27' }),
    cell('placements', 'residential', 50, 100, { period: '2021-09-27' }),
  ],
});

describe('breakdownSlide', () => {
  it('gives the chart a series per snapshot and the table every figure, with the change in words', () => {
    const slide = breakdownSlide(input, 'placements', 'E06000047', breakdownSlideId('placements'));
    expect(slide).toMatchObject({
      kind: 'breakdown',
      id: 'b:placements',
      title: 'Placement mix',
      areaName: 'County Durham',
      summary:
        'Residential rose from 40 (40%) in March 2020 to 50 (50%) in September 2021. Foster care fell from 60 (60%) in March 2020 to 50 (50%) in September 2021.',
      categories: ['Foster care', 'Residential'],
      series: [
        { name: '11 March 2020', values: [60, 40] },
        { name: '27 September 2021', values: [50, 50] },
      ],
      headings: ['Placement type', '11 March 2020', '27 September 2021'],
      rows: [
        { label: 'Foster care', partOf: false, cells: ['60 (60%)', '50 (50%)'], percents: [60, 50] },
        { label: 'Residential', partOf: false, cells: ['40 (40%)', '50 (50%)'], percents: [40, 50] },
      ],
    });
  });

  const SNAPSHOTS = ['2021-03-31', '2022-03-31', '2023-03-31', '2024-03-31', '2025-03-31'];
  const snapshots = (count: number, england = false) =>
    dataset({
      breakdownCatalogue: PLACEMENTS,
      breakdowns: [
        ...SNAPSHOTS.slice(0, count).map((period, at) => cell('placements', 'foster', 50 + at, 100, { period })),
        ...(england
          ? [cell('placements', 'foster', 70, 100, { period: SNAPSHOTS[count - 1], areaCode: 'E92000001' })]
          : []),
      ],
    });
  it.each([
    { held: 3, england: false, columns: [0, 1, 2], why: 'every snapshot, as they fit' },
    { held: 3, england: true, columns: [0, 1, 2, 3], why: 'every snapshot and England, as they fit' },
    { held: 5, england: false, columns: [0, 4], why: 'the two snapshots the summary compares' },
    { held: 5, england: true, columns: [0, 4, 5], why: 'the two compared and England' },
  ])('shows on screen, of $held snapshots (England: $england), $why', ({ held, england, columns }) => {
    const slide = breakdownSlide(snapshots(held, england), 'placements', 'E06000047', 'b:placements');
    if (!slide) throw new Error('no slide');
    expect(slideFigureColumns(slide)).toEqual(columns);
  });

  it('is none for an area with no figures of the breakdown', () => {
    expect(breakdownSlide(input, 'placements', 'E06000001', 'b:placements')).toBeNull();
  });

  it.each([
    ['b:placements', 'placements'],
    ['b:', null],
    ['m:cla_rate', null],
  ])('reads the slide id %s as the breakdown %s', (id, breakdownId) => {
    expect(breakdownSlideBreakdown(id)).toBe(breakdownId);
    if (breakdownId) expect(parseSlideId(id)).toEqual({ kind: 'breakdown', breakdownId });
  });
});
