import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { figure } from '../../test/unit/builders/observation';
import { toStoredRow } from '../domain/observations/stored-rows';
import { megabytes, storedRowsBytes } from './stored-size';

const rows = (count: number, note = '') =>
  Array.from({ length: count }, (_, index) =>
    toStoredRow(figure('cla_rate', '2021/22 Q2', index / 7, { note, numerator: index })),
  );

describe('storedRowsBytes', () => {
  it.each([
    { what: '1 figure', rows: rows(1) },
    { what: '10,000 figures', rows: rows(10_000) },
    { what: 'figures with notes', rows: rows(2_000, 'More children came into care after the summer.') },
    { what: 'figures with notes beyond Latin-1', rows: rows(2_000, 'Placements – “out of area” ✓') },
  ])('is within 5% of what the structured clone writes, for $what', ({ rows: given }) => {
    const written = serialize(given).length;
    const estimate = storedRowsBytes(given);
    expect(Math.abs(estimate - written) / written).toBeLessThan(0.05);
  });
});

describe('megabytes', () => {
  it.each([
    { bytes: 118_400_000, text: '118 MB' },
    { bytes: 1_250_000_000, text: '1,250 MB' },
  ])('$bytes bytes read as "$text"', ({ bytes, text }) => {
    expect(megabytes(bytes)).toBe(text);
  });
});
