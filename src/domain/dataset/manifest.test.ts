import { describe, expect, it } from 'vitest';
import { readManifest } from './dataset';

const BASE = { homeArea: 'E06000047', observations: ['observations/a.csv'] };

describe("readManifest: the tables of the council's children's homes", () => {
  it.each([
    { homes: undefined, read: [] },
    { homes: [], read: [] },
    { homes: ['homes/county-durham-2016-06-08.csv'], read: ['homes/county-durham-2016-06-08.csv'] },
  ])('reads "homes": $homes as $read', ({ homes, read }) => {
    expect(readManifest({ ...BASE, homes }).value?.homes).toEqual(read);
  });

  it.each([{ homes: 'homes/a.csv' }, { homes: [1] }])('refuses "homes": $homes', ({ homes }) => {
    const read = readManifest({ ...BASE, homes });
    expect(read.value).toBeNull();
    expect(read.problems.map((problem) => problem.rule)).toEqual(['invalid_manifest']);
  });
});
