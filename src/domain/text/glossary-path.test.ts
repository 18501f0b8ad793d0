import { describe, expect, it } from 'vitest';
import { GLOSSARY } from './glossary';
import { glossaryPath } from './glossary-path';

describe('glossaryPath', () => {
  it('links an entry by its id', () => {
    expect(glossaryPath('statistical-neighbours')).toBe('/glossary/statistical-neighbours');
    expect(GLOSSARY.some((entry) => glossaryPath(entry.id) === '/glossary/statistical-neighbours')).toBe(true);
  });
});
