import { describe, expect, test } from 'vitest';
import type { VersionMeta } from '../../adapters/version-store';
import { formatSavedAt, kindLabel, restoreNameFor } from './history-view';

const version: VersionMeta = {
  id: 1,
  name: '2021/22 Q2 figures',
  createdAt: '2022-01-10T09:30:00.000Z',
  fileName: 'q2.csv',
  kind: 'upload',
  counts: { added: 275, changed: 0, unchanged: 0, total: 275 },
};

describe('kindLabel', () => {
  test.each([
    [version, 'Upload'],
    [{ ...version, kind: 'restore' as const, restoredFrom: 2 }, 'Restore of version 2'],
    [{ ...version, kind: 'restore' as const }, 'Restore'],
  ])('%#: %s', (input, expected) => {
    expect(kindLabel(input)).toBe(expected);
  });
});

describe('formatSavedAt', () => {
  test('gives the date and time in British English, in the reader’s time zone', () => {
    expect(formatSavedAt('2022-01-10T09:30:00.000Z')).toBe(
      new Date('2022-01-10T09:30:00.000Z').toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
    );
    expect(formatSavedAt('2022-01-10T09:30:00.000Z')).toMatch(/^(9|10) Jan 2022, \d\d:\d\d$/);
  });

  test('says Unknown for a time a damaged store cannot give', () => {
    expect(formatSavedAt('yesterday')).toBe('Unknown');
  });
});

describe('restoreNameFor', () => {
  test('offers "Restore of <name>"', () => {
    expect(restoreNameFor(version)).toBe('Restore of 2021/22 Q2 figures');
  });

  test('cuts it to 100 characters, never through a character made of two UTF-16 units', () => {
    expect(restoreNameFor({ ...version, name: 'a'.repeat(100) })).toBe(`Restore of ${'a'.repeat(89)}`);
    const emoji = restoreNameFor({ ...version, name: `${'a'.repeat(88)}😀😀` });
    expect(emoji).toBe(`Restore of ${'a'.repeat(88)}`);
    expect(restoreNameFor({ ...version, name: `${'a'.repeat(88)} b` })).toBe(`Restore of ${'a'.repeat(88)}`);
  });
});
