import { describe, expect, it } from 'vitest';
import { dfePeriod, type ReportingYear, rememberedDfePeriod } from './dfe-period';

describe('dfePeriod: EES time periods placed on our timeline', () => {
  it.each<{
    time: string;
    identifier: string;
    reportingYear?: ReportingYear;
    label: string;
    start: string;
    end: string;
  }>([
    { time: '2021', identifier: 'Reporting year', label: '2020/21', start: '2020-04-01', end: '2021-03-31' },
    { time: '2025', identifier: 'Reporting year', label: '2024/25', start: '2024-04-01', end: '2025-03-31' },
    {
      time: '2021',
      identifier: 'Reporting year',
      reportingYear: 'year_to_31_march',
      label: '2020/21',
      start: '2020-04-01',
      end: '2021-03-31',
    },
    {
      time: '2024',
      identifier: 'Reporting year',
      reportingYear: 'at_30_september',
      label: '2024-09-30',
      start: '2024-09-30',
      end: '2024-09-30',
    },
    { time: ' 2021 ', identifier: ' reporting  YEAR ', label: '2020/21', start: '2020-04-01', end: '2021-03-31' },
    { time: '202324', identifier: 'Financial year', label: '2023/24', start: '2023-04-01', end: '2024-03-31' },
    { time: '199900', identifier: 'Financial year', label: '1999/00', start: '1999-04-01', end: '2000-03-31' },
    { time: '202324', identifier: 'Financial year Q1', label: '2023/24 Q1', start: '2023-04-01', end: '2023-06-30' },
    { time: '202324', identifier: 'Financial year Q2', label: '2023/24 Q2', start: '2023-07-01', end: '2023-09-30' },
    { time: '202324', identifier: 'Financial year Q3', label: '2023/24 Q3', start: '2023-10-01', end: '2023-12-31' },
    { time: '202324', identifier: 'Financial year Q4', label: '2023/24 Q4', start: '2024-01-01', end: '2024-03-31' },
    { time: '202324', identifier: 'Academic year', label: '2023/24', start: '2023-04-01', end: '2024-03-31' },
    { time: '2024', identifier: 'Calendar year Q1', label: '2023/24 Q4', start: '2024-01-01', end: '2024-03-31' },
    { time: '2024', identifier: 'Calendar year Q2', label: '2024/25 Q1', start: '2024-04-01', end: '2024-06-30' },
    { time: '2024', identifier: 'Calendar year Q4', label: '2024/25 Q3', start: '2024-10-01', end: '2024-12-31' },
    { time: '2024', identifier: 'February', label: '2024-02', start: '2024-02-01', end: '2024-02-29' },
    { time: '2023', identifier: 'september', label: '2023-09', start: '2023-09-01', end: '2023-09-30' },
  ])('reads $time $identifier ($reportingYear) as $label', ({ time, identifier, reportingYear, label, start, end }) => {
    const result = dfePeriod(time, identifier, reportingYear);
    expect(result.ok && { label: result.period.label, start: result.period.start, end: result.period.end }).toEqual({
      label,
      start,
      end,
    });
  });

  it.each([
    {
      time: '202324',
      identifier: 'Academic year',
      note: 'Academic year 2023/24 (September 2023 to August 2024), shown as financial year 2023/24.',
    },
    { time: '202324', identifier: 'Financial year', note: '' },
    { time: '2021', identifier: 'Reporting year', note: '' },
  ])('notes how $identifier $time was fitted: "$note"', ({ time, identifier, note }) => {
    const result = dfePeriod(time, identifier);
    expect(result.ok && result.note).toBe(note);
  });

  it.each([
    {
      time: '202021',
      identifier: 'Reporting year',
      column: 'time_period',
      reason: "202021 'Reporting year': a reporting year is a four-digit year such as 2021",
    },
    {
      time: '2023',
      identifier: 'Financial year',
      column: 'time_period',
      reason: "2023 'Financial year': give the year as six digits",
    },
    {
      time: '202325',
      identifier: 'Financial year',
      column: 'time_period',
      reason: "202325 'Financial year': give the year as six digits",
    },
    {
      time: '2023/24',
      identifier: 'Academic year',
      column: 'time_period',
      reason: "2023/24 'Academic year': give the year as six digits",
    },
    {
      time: '2023',
      identifier: 'Financial year Q2',
      column: 'time_period',
      reason: "2023 'Financial year Q2': give the financial year as six digits",
    },
    {
      time: '202324',
      identifier: 'Calendar year Q1',
      column: 'time_period',
      reason: "202324 'Calendar year Q1': a calendar year is a four-digit year",
    },
    { time: '24', identifier: 'March', column: 'time_period', reason: "24 'March': a month's year is four digits" },
    {
      time: '2024',
      identifier: 'Calendar year',
      column: 'time_identifier',
      reason: "2024 'Calendar year': a calendar year (January to December) straddles two financial years",
    },
    {
      time: '202324',
      identifier: 'Tax year',
      column: 'time_identifier',
      reason:
        "202324 'Tax year': 'Tax year' is not a time identifier the scorecard can place. It reads 'Reporting year' (2021)",
    },
    {
      time: '202324',
      identifier: 'Autumn term',
      column: 'time_identifier',
      reason: "'Autumn term' is not a time identifier the scorecard can place",
    },
    {
      time: '2024',
      identifier: 'Financial year Q5',
      column: 'time_identifier',
      reason: "'Financial year Q5' is not a time identifier",
    },
    { time: '2024', identifier: '', column: 'time_identifier', reason: "'' is not a time identifier" },
  ])('refuses $time "$identifier", saying why and blaming $column', ({ time, identifier, reason, column }) => {
    const result = dfePeriod(time, identifier);
    expect(result.ok ? 'accepted' : result.reason).toContain(reason);
    // A year written wrong is time_period's fault; a kind of period the scorecard cannot place, time_identifier's.
    expect(result.ok ? null : result.column).toBe(column);
  });
});

describe('rememberedDfePeriod', () => {
  it.each([
    { timePeriod: '2021', timeIdentifier: 'Reporting year', reportingYear: 'year_to_31_march' as const },
    { timePeriod: '2021', timeIdentifier: 'Reporting year', reportingYear: 'at_30_september' as const },
    { timePeriod: '2024', timeIdentifier: 'March', reportingYear: 'year_to_31_march' as const },
    { timePeriod: '2024', timeIdentifier: 'Calendar year', reportingYear: 'year_to_31_march' as const },
  ])(
    'gives what dfePeriod gives for $timePeriod $timeIdentifier ($reportingYear), the same result each time it is asked',
    ({ timePeriod, timeIdentifier, reportingYear }) => {
      const periodOf = rememberedDfePeriod();
      const first = periodOf(timePeriod, timeIdentifier, reportingYear);
      expect(first).toEqual(dfePeriod(timePeriod, timeIdentifier, reportingYear));
      expect(periodOf(timePeriod, timeIdentifier, reportingYear)).toBe(first);
    },
  );

  it('tells apart periods that differ only in their reporting year', () => {
    const periodOf = rememberedDfePeriod();
    const march = periodOf('2021', 'Reporting year', 'year_to_31_march');
    const september = periodOf('2021', 'Reporting year', 'at_30_september');
    expect(march).toEqual(dfePeriod('2021', 'Reporting year', 'year_to_31_march'));
    expect(september).toEqual(dfePeriod('2021', 'Reporting year', 'at_30_september'));
    expect(september).not.toEqual(march);
  });
});
