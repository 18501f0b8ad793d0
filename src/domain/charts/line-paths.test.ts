import { describe, expect, it } from 'vitest';
import { linePaths, type ChartPoint } from './line-paths';

const at = (x: number, y: number): ChartPoint => ({ x, y });

describe('linePaths', () => {
  it.each<{ name: string; points: ChartPoint[]; paths: string[] }>([
    {
      name: 'joins a run of figures',
      points: [at(0, 10), at(5, 20.25), at(10, 0)],
      paths: ['M0.0,10.0 L5.0,20.3 L10.0,0.0'],
    },
    {
      name: 'breaks at a missing figure',
      points: [at(0, 1), at(1, 2), null, at(3, 4), at(4, 5)],
      paths: ['M0.0,1.0 L1.0,2.0', 'M3.0,4.0 L4.0,5.0'],
    },
    {
      name: 'draws no line for a figure alone between gaps',
      points: [at(0, 1), null, at(2, 3), null, at(4, 5)],
      paths: [],
    },
    { name: 'draws nothing for no figures', points: [null, null], paths: [] },
  ])('$name', ({ points, paths }) => {
    expect(linePaths(points)).toEqual(paths);
  });
});
