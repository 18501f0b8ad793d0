import { describe, expect, it, test } from 'vitest';
import { isFullInspectionOverAYearOld, isGoodOrBetter, parseHomeGrade, parseInterimOutcome } from './home';

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

describe('isFullInspectionOverAYearOld', () => {
  const inspected = (date: string) => ({
    name: 'Moorside',
    urn: null,
    full: { date, grade: 'good' as const },
    interim: null,
    source: { file: 'homes.csv', row: 2 },
  });
  it.each([
    { date: '2015-10-14', today: '2016-06-08', old: false },
    { date: '2015-06-08', today: '2016-06-08', old: false },
    { date: '2015-06-07', today: '2016-06-08', old: true },
    { date: '2015-07-21', today: '2026-12-01', old: true },
    { date: '2023-02-28', today: '2024-02-29', old: false },
  ])('a full inspection on $date is over a year old on $today: $old', ({ date, today, old }) => {
    expect(isFullInspectionOverAYearOld(inspected(date), today)).toBe(old);
  });

  test('a home not yet inspected is not flagged', () => {
    expect(isFullInspectionOverAYearOld({ ...inspected('2015-01-01'), full: null }, '2026-12-01')).toBe(false);
  });
});
