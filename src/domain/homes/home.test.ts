import { describe, expect, it } from 'vitest';
import { isGoodOrBetter, parseHomeGrade, parseInterimOutcome } from './home';

describe('parseInterimOutcome', () => {
  it.each([
    { text: 'Improved effectiveness', outcome: 'improved' },
    { text: 'sustained  effectiveness', outcome: 'sustained' },
    { text: 'Declined in effectiveness', outcome: 'declined' },
    { text: 'Declined effectiveness', outcome: 'declined' },
    { text: 'Declined', outcome: null },
    { text: 'Good progress', outcome: null },
    { text: '', outcome: null },
  ])('reads "$text" as $outcome', ({ text, outcome }) => {
    expect(parseInterimOutcome(text)).toBe(outcome);
  });
});

describe('parseHomeGrade', () => {
  it.each([
    { text: 'Outstanding', grade: 'outstanding' },
    { text: 'good', grade: 'good' },
    { text: 'Requires improvement to be good', grade: 'requires_improvement' },
    { text: 'Requires improvement', grade: 'requires_improvement' },
    { text: 'Inadequate', grade: 'inadequate' },
    { text: 'Adequate', grade: null },
    { text: 'Very good', grade: null },
  ])('reads "$text" as $grade', ({ text, grade }) => {
    expect(parseHomeGrade(text)).toBe(grade);
  });
});

describe('isGoodOrBetter', () => {
  it.each([
    { grade: 'outstanding', good: true },
    { grade: 'good', good: true },
    { grade: 'requires_improvement', good: false },
    { grade: 'inadequate', good: false },
  ] as const)('counts $grade as good or better: $good', ({ grade, good }) => {
    expect(isGoodOrBetter(grade)).toBe(good);
  });
});
