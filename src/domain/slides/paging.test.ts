import { describe, expect, it } from 'vitest';
import { pagesOf, partOf } from './paging';

describe('pagesOf', () => {
  it.each([
    { count: 0, sizes: [0] },
    { count: 3, sizes: [3] },
    { count: 5, sizes: [5] },
    { count: 6, sizes: [3, 3] },
    { count: 7, sizes: [4, 3] },
    { count: 10, sizes: [5, 5] },
    { count: 11, sizes: [4, 4, 3] },
  ])('shares $count rows out as $sizes', ({ count, sizes }) => {
    const items = Array.from({ length: count }, (_, index) => index);
    const pages = pagesOf(items, 5);
    expect(pages.map((page) => page.length)).toEqual(sizes);
    expect(pages.flat()).toEqual(items);
  });
});

describe('partOf', () => {
  it.each([
    [1, 1, ''],
    [1, 2, ' (1 of 2)'],
    [2, 2, ' (2 of 2)'],
  ])('writes part %i of %i as "%s"', (part, parts, text) => {
    expect(partOf(part, parts)).toBe(text);
  });
});
