import { describe, expect, test } from 'vitest';
import type { PeriodType } from '../../domain/periods/period';
import { chartGeometry } from './chart-geometry';

const box = { width: 500, height: 300, left: 100, right: 0, top: 0, bottom: 100 };
const years = (count: number): PeriodType[] => Array.from({ length: count }, () => 'financial_year');
const even = { positions: [0, 0.5, 1], types: years(3), labelWidth: 50 };

describe('chartGeometry', () => {
  test.each([
    { values: [10, 20, 30], paths: ['M100.0,133.3 L300.0,66.7 L500.0,0.0'] },
    { values: [10, null, 30], paths: [] },
    { values: [10, 20, null], paths: ['M100.0,100.0 L300.0,0.0'] },
    { values: [20, 20, 20], paths: ['M100.0,0.0 L300.0,0.0 L500.0,0.0'] },
  ])('draws $values from zero as $paths, breaking the line at a missing figure', ({ values, paths }) => {
    const [line] = chartGeometry([{ label: 'County Durham', role: 'home', values }], even, box).lines;
    expect(line?.paths).toEqual(paths);
    expect(line?.points.map((point) => point.value)).toEqual(values.filter((value) => value !== null));
  });

  test('starts the value axis at zero on round steps, so a small fall looks its size', () => {
    const geometry = chartGeometry(
      [
        { label: 'County Durham', role: 'home', values: [70.6, 70] },
        { label: 'England', role: 'england', values: [64, null] },
      ],
      { positions: [0, 1], types: ['quarter', 'quarter'], labelWidth: 50 },
      box,
    );
    expect(geometry.ticks.map((tick) => tick.value)).toEqual([0, 20, 40, 60, 80]);
    expect(geometry.ticks[0]?.y).toBe(200);
    const [home] = geometry.lines;
    expect(Math.round((home?.points[1]?.y ?? 0) - (home?.points[0]?.y ?? 0))).toBe(2);
  });

  test('places periods by their end dates and joins only figures of one kind', () => {
    const geometry = chartGeometry(
      [{ label: 'County Durham', role: 'home', values: [54, 55.8, 58.9, 60] }],
      { positions: [0, 0.8, 0.9, 1], types: ['financial_year', 'financial_year', 'quarter', 'quarter'], labelWidth: 0 },
      box,
    );
    expect(geometry.xs).toEqual([100, 420, 460, 500]);
    expect(geometry.lines[0]?.paths).toHaveLength(2);
  });

  test('names the first and last periods always, and leaves out names that would run into each other', () => {
    const geometry = chartGeometry(
      [{ label: 'County Durham', role: 'home', values: [1, 2, 3, 4, 5] }],
      { positions: [0, 0.1, 0.5, 0.9, 1], types: years(5), labelWidth: 100 },
      box,
    );
    expect(geometry.labelled).toEqual([0, 2, 4]);
  });
});
