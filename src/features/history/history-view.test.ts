import { describe, expect, test } from 'vitest';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import type { VersionMeta } from '../../adapters/version-store';
import { withObservations } from '../../domain/dataset/dataset';
import { formatSavedAt, kindLabel, openingPeriod, restoreNameFor, templateOptions } from './history-view';

const sample = loadSampleDataset();
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

describe('openingPeriod and templateOptions', () => {
  test("use the manifest's default period and the home LA's region", () => {
    expect(openingPeriod(sample)?.label).toBe('2021/22 Q2');
    expect(templateOptions(sample)).toEqual({
      periods: ['2018/19', '2019/20', '2020/21', 'Q1 2021/22', 'Q2 2021/22'],
      regionName: 'North East',
    });
  });

  test('use the latest period with figures when the default has none, as the scorecard does', () => {
    const dataset = { ...sample, manifest: { ...sample.manifest, defaultPeriod: '2022/23 Q1' } };
    expect(openingPeriod(dataset)?.label).toBe('2021/22 Q2');
    const noDefault = { ...sample, manifest: { ...sample.manifest, defaultPeriod: '' } };
    expect(openingPeriod(noDefault)?.label).toBe('2021/22 Q2');
  });

  test('with no figures at all, give the default period, or none, and a "Region" column', () => {
    const empty = withObservations(sample, []);
    expect(templateOptions(empty).periods).toEqual(['2018/19', '2019/20', '2020/21', 'Q1 2021/22', 'Q2 2021/22']);
    const nowhere = {
      ...withObservations(sample, []),
      manifest: { ...sample.manifest, homeArea: 'E99999999', defaultPeriod: '' },
    };
    expect(templateOptions(nowhere)).toEqual({ periods: [], regionName: 'Region' });
  });
});
