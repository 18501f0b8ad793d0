import { describe, expect, it } from 'vitest';
import type { Area } from '../areas/area';
import type { ComparatorKind } from '../scorecard/scorecard';
import { comparatorName } from './comparators';

function area(code: string, name: string): Area {
  return { code, name, type: 'region', regionCode: '', oldLaCode: '', formerCodes: [] };
}

const AREAS: Readonly<Record<ComparatorKind, Area>> = {
  england: area('E92000001', 'England'),
  region: area('E12000001', 'North East'),
  stat_neighbours: area('SN:E06000047', 'Statistical neighbours of County Durham'),
};

describe('comparatorName', () => {
  it.each([
    { kind: 'england', form: 'heading', name: 'England' },
    { kind: 'england', form: 'sentence', name: 'England' },
    { kind: 'england', form: 'short', name: 'England' },
    { kind: 'region', form: 'heading', name: 'North East' },
    { kind: 'region', form: 'sentence', name: 'North East' },
    { kind: 'region', form: 'short', name: 'North East' },
    { kind: 'stat_neighbours', form: 'heading', name: 'Statistical neighbours' },
    { kind: 'stat_neighbours', form: 'sentence', name: 'statistical neighbours' },
    { kind: 'stat_neighbours', form: 'short', name: 'Stat neighbours' },
  ] as const)('names $kind as a $form "$name"', ({ kind, form, name }) => {
    expect(comparatorName({ kind, area: AREAS[kind] }, form)).toBe(name);
  });
});
