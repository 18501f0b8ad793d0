import { describe, expect, it } from 'vitest';
import { QUOTE_LIMIT, cut, describeValue, hasInvisible, quoted, visible } from './quote';

describe('cut', () => {
  it.each([
    { text: 'short', limit: 10, shown: 'short' },
    { text: 'exactly10!', limit: 10, shown: 'exactly10!' },
    { text: 'one more char', limit: 10, shown: 'one more …' },
    { text: `${'a'.repeat(8)}😀b`, limit: 10, shown: `${'a'.repeat(8)}…` },
  ])('shows $text in $limit characters as $shown', ({ text, limit, shown }) => {
    expect(cut(text, limit)).toBe(shown);
    expect(cut(text, limit).length).toBeLessThanOrEqual(limit);
  });

  it('cuts a cell of a million characters to the limit', () => {
    expect(quoted('x'.repeat(1_000_000))).toHaveLength(QUOTE_LIMIT + 2);
  });
});

describe('visible', () => {
  it.each([
    { text: 'denominator\u200b', shown: 'denominator<U+200B>' },
    { text: '\ufeffmeasure', shown: '<U+FEFF>measure' },
    { text: 'tab\there', shown: 'tab<U+0009>here' },
    { text: 'plain £ é', shown: 'plain £ é' },
  ])('names the invisible characters of $shown', ({ text, shown }) => {
    expect(visible(text)).toBe(shown);
    expect(hasInvisible(text)).toBe(text !== shown);
  });
});

describe('describeValue', () => {
  it.each([
    { value: null, shown: 'null' },
    { value: 12, shown: '12' },
    { value: '12', shown: '"12"' },
    { value: [1, 2], shown: '[1,2]' },
    { value: { a: 1, b: [true] }, shown: '{"a":1,"b":[true]}' },
    { value: [[[[1]]]], shown: '[[[[…]]]]' },
    { value: [[[[]]]], shown: '[[[[]]]]' },
    { value: undefined, shown: 'undefined' },
  ])('shows $shown', ({ value, shown }) => {
    expect(describeValue(value)).toBe(shown);
  });

  it('describes a value nested 100,000 deep without overflowing the call stack', () => {
    const deep: unknown = JSON.parse(`${'['.repeat(100_000)}1${']'.repeat(100_000)}`);
    expect(describeValue(deep)).toBe('[[[[…]]]]');
  });

  it('reads a list of a million items only as far as it shows', () => {
    const shown = describeValue(Array.from({ length: 1_000_000 }, (_, index) => index));
    expect(shown.length).toBeLessThanOrEqual(QUOTE_LIMIT);
    expect(shown).toMatch(/^\[0,1,2,.*…$/);
  });
});
