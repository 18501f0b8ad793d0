import { describe, expect, it } from 'vitest';
import { slug } from './slug';

describe('slug', () => {
  it.each([
    { text: 'Q2 2021/22', slug: 'q2-2021-22' },
    { text: '  2020/21 [Provisional] ', slug: '2020-21-provisional' },
    { text: 'County Durham 2021/22 Q2 panel slides', slug: 'county-durham-2021-22-q2-panel-slides' },
    { text: 'Stockton-on-Tees', slug: 'stockton-on-tees' },
    { text: 'Children in care per 10,000', slug: 'children-in-care-per-10-000' },
    { text: '---', slug: '' },
  ])('writes "$text" as "$slug"', ({ text, slug: expected }) => {
    expect(slug(text)).toBe(expected);
  });
});
