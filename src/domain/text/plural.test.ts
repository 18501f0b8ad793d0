import { describe, expect, it } from 'vitest';
import { countOf, plural } from './plural';

describe('countOf', () => {
  it.each([
    { count: 1, words: ['figure'], text: '1 figure' },
    { count: 2345, words: ['figure'], text: '2,345 figures' },
    { count: 300000, words: ['figure'], text: '300,000 figures' },
    { count: 0, words: ['figure'], text: '0 figures' },
    { count: 0, words: ['new figure', 'new figures', 'no new figures'], text: 'no new figures' },
    { count: 3, words: ['row is', 'rows are'], text: '3 rows are' },
    { count: 1, words: ['row is', 'rows are'], text: '1 row is' },
  ] as const)('counts $count as "$text"', ({ count, words, text }) => {
    const [singular, pluralForm, none] = words;
    expect(countOf(count, singular, pluralForm, none)).toBe(text);
  });
});

describe('plural', () => {
  it.each([
    { count: 1, forms: ['it is', 'they are'], text: 'it is' },
    { count: 2, forms: ['it is', 'they are'], text: 'they are' },
    { count: 0, forms: ['it is', 'they are'], text: 'they are' },
    { count: 1, forms: ['warning'], text: 'warning' },
    { count: 7, forms: ['warning'], text: 'warnings' },
  ] as const)('chooses "$text" for $count', ({ count, forms, text }) => {
    const [singular, pluralForm] = forms;
    expect(plural(count, singular, pluralForm)).toBe(text);
  });
});
