import { describe, expect, test } from 'vitest';
import { chartGeometry } from './chart-geometry';

const box = { width: 500, height: 300, left: 100, right: 0, top: 0, bottom: 100 };

describe('chartGeometry', () => {
  test.each([
    { values: [10, 20, 30], paths: ['M100.0,200.0 L300.0,100.0 L500.0,0.0'] },
    { values: [10, null, 30], paths: [] },
    { values: [10, 20, null], paths: ['M100.0,200.0 L300.0,0.0'] },
    { values: [20, 20, 20], paths: ['M100.0,100.0 L300.0,100.0 L500.0,100.0'] },
  ])('draws $values as $paths, breaking the line at a missing figure', ({ values, paths }) => {
    const [line] = chartGeometry([{ label: 'County Durham', role: 'home', values }], 3, box).lines;
    expect(line?.paths).toEqual(paths);
    expect(line?.points.map((point) => point.value)).toEqual(values.filter((value) => value !== null));
  });

  test('labels the value axis with the lowest and highest figures of every line', () => {
    const geometry = chartGeometry(
      [
        { label: 'County Durham', role: 'home', values: [90, 93] },
        { label: 'England', role: 'england', values: [67, null] },
      ],
      2,
      box,
    );
    expect(geometry.ticks).toEqual([
      { value: 67, y: 200 },
      { value: 93, y: 0 },
    ]);
  });
});
