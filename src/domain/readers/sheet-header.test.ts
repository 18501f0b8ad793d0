import { describe, expect, it, test } from 'vitest';
import { located } from '../../../test/unit/tables';
import { headingKey, headingPositions, missingHeadings } from './sheet-header';

describe('headingKey', () => {
  it.each([
    { heading: ' Local  authority ', key: 'local authority' },
    { heading: 'Short-break-only children\u2019s home', key: "short-break-only children's home" },
    { heading: 'URN', key: 'urn' },
  ])('reads "$heading" as "$key"', ({ heading, key }) => {
    expect(headingKey(heading)).toBe(key);
  });
});

test('headingPositions keeps the first of two headings alike, and missingHeadings names each one absent', () => {
  const position = headingPositions(['URN', 'Sector', 'urn ']);
  expect(position.get('urn')).toBe(0);
  const problems = missingHeadings('f.csv', 4, position, ['URN', 'Places'], 'Use the sheet as published.');
  expect(problems.map(located)).toEqual([{ rule: 'missing_column', severity: 'error', row: 4, column: 'Places' }]);
  expect(problems[0]?.message).toBe("f.csv row 4: the header has no 'Places' column. Use the sheet as published.");
});
