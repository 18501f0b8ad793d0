import { describe, expect, it } from 'vitest';
import { listOf } from './lists';

describe('listOf', () => {
  it.each([
    { names: [], text: '' },
    { names: ['Hartlepool'], text: 'Hartlepool' },
    { names: ['Hartlepool', 'Darlington'], text: 'Hartlepool and Darlington' },
    { names: ['Hartlepool', 'Darlington', 'Sunderland'], text: 'Hartlepool, Darlington and Sunderland' },
  ])('lists $names as "$text"', ({ names, text }) => {
    expect(listOf(names)).toBe(text);
  });
});
