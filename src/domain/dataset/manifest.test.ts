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

describe("readManifest: Ofsted's list of settings", () => {
  it.each([
    { ofstedProviders: undefined, read: '' },
    { ofstedProviders: 'ofsted/Providers_at_31_Mar_2023.csv', read: 'ofsted/Providers_at_31_Mar_2023.csv' },
  ])('reads "ofstedProviders": $ofstedProviders as "$read"', ({ ofstedProviders, read }) => {
    expect(readManifest({ ...BASE, ofstedProviders }).value?.ofstedProviders).toBe(read);
  });
});
