import { describe, expect, it } from 'vitest';
import { measure } from '../../../test/unit/builders/measure';
import { DURHAM, period, run } from '../../../test/unit/builders/observation';
import { ObservationIndex } from '../observations/series';
import { measureSpcChart, spcSeriesFor } from '../spc/series-for';
import { noAssuranceText, spcAxisLabel, spcPeriodText, spcSentence, spcUnqualifiedText } from './spc-sentence';

// 24 months, October 2019 to September 2021, around a mean of 10 (limits 6.4 and 13.6).
const STEADY = [9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 10];
const LOWER_IS_BETTER = measure('count', { polarity: 'lower_is_better' });

function sentenceFor(values: readonly (number | null)[], first = '2019-10', forMeasure = LOWER_IS_BETTER): string {
  const found = spcSeriesFor(
    new ObservationIndex(run('example', first, values)),
    'example',
    DURHAM,
    period('2021/22 Q2'),
  );
  if (!found.ok) throw new Error(found.reason.kind);
  return spcSentence(measureSpcChart(forMeasure, found.series), found.series, forMeasure);
}

describe('spcSentence', () => {
  it.each([
    {
      name: 'a fall within the limits',
      values: STEADY,
      says: 'Common cause variation: the fall in September 2021 is within the usual range, between 6.4 and 13.6.',
    },
    {
      name: 'the same figure as the month before',
      values: [...STEADY.slice(0, 23), 11],
      says: 'Common cause variation: the figure for September 2021 is within the usual range, between 6.6 and 13.5.',
    },
    {
      name: 'a run above the mean where lower is better',
      values: [...STEADY.slice(0, 17), 11, 11.5, 11, 11.5, 11, 11.5, 11],
      says: 'Special cause concern: the last 8 months are above the average of 10.4.',
    },
    {
      name: 'a run above the mean across a month with no figure',
      values: [...STEADY.slice(0, 16), 11, 11.5, 11, null, 11.5, 11, 11.5, 11],
      says: 'Special cause concern: the last 7 monthly figures are above the average of 10.3.',
    },
    {
      name: 'a fall month after month where lower is better',
      values: [...STEADY.slice(0, 17), 10.5, 10, 9.5, 9, 8.5, 8, 7.5],
      says: 'Special cause improvement: the last 8 months have each been lower than the one before.',
    },
    {
      name: 'a figure above the upper limit',
      values: [...STEADY.slice(0, 23), 30],
      says: 'Special cause concern: the figure for September 2021, 30.0, is above the upper process limit of 16.5.',
    },
    {
      name: 'a figure below the lower limit',
      values: [...STEADY.slice(0, 23), 2],
      says: 'Special cause improvement: the figure for September 2021, 2.0, is below the lower process limit of 5.2.',
    },
    {
      name: 'two of the last three near the upper limit',
      values: [...STEADY.slice(0, 21), 13, 10.5, 13],
      says: 'Special cause concern: 2 of the last 3 months are close to or above the upper process limit.',
    },
  ])('says $name', ({ values, says }) => {
    expect(sentenceFor(values)).toBe(says);
  });

  it('opens with "special cause variation" for a measure with no good direction', () => {
    expect(sentenceFor([...STEADY.slice(0, 23), 30], '2019-10', measure('count', { polarity: 'no_polarity' }))).toMatch(
      /^Special cause variation: the figure for September 2021, 30.0, is above/,
    );
  });

  it('names quarters by their months', () => {
    expect(sentenceFor(STEADY.slice(0, 12), '2018/19 Q3')).toBe(
      'Common cause variation: the fall in July to September 2021 is within the usual range, between 6.4 and 13.6.',
    );
  });
});

describe('period words', () => {
  it.each([
    { label: '2021-09', text: 'September 2021', axis: 'Sep 2021' },
    { label: '2022-01', text: 'January 2022', axis: 'Jan 2022' },
    { label: '2021/22 Q2', text: 'July to September 2021', axis: 'Q2 2021/22' },
    { label: '2021/22 Q4', text: 'January to March 2022', axis: 'Q4 2021/22' },
  ])('writes $label as "$text", "$axis" on the axis', ({ label, text, axis }) => {
    expect(spcPeriodText(period(label))).toBe(text);
    expect(spcAxisLabel(period(label))).toBe(axis);
  });
});

describe('spcUnqualifiedText', () => {
  it.each([
    { reason: { kind: 'no_figures' }, says: 'There are no figures for County Durham up to 2021/22 Q2' },
    {
      reason: { kind: 'not_monthly_or_quarterly' },
      says: 'An SPC chart needs at least 12 monthly or quarterly figures. County Durham’s figures for this measure are yearly',
    },
    {
      reason: { kind: 'too_few_points', periodType: 'quarter', points: 2 },
      says: 'County Durham has 2 quarterly figures for this measure up to 2021/22 Q2, so there is no SPC chart yet.',
    },
    {
      reason: { kind: 'too_few_points', periodType: 'month', points: 1 },
      says: 'County Durham has 1 monthly figure for this measure',
    },
  ] as const)('says why: $reason.kind', ({ reason, says }) => {
    expect(spcUnqualifiedText(reason, 'County Durham', '2021/22 Q2')).toContain(says);
  });
});

describe('noAssuranceText', () => {
  it.each([
    { target: null, polarity: 'higher_is_better', says: 'This measure has no target, so there is no assurance icon.' },
    {
      target: 75,
      polarity: 'no_polarity',
      says: 'The target is 75.0%, but neither direction is better for this measure, so there is no assurance icon.',
    },
  ] as const)('says why there is no assurance for a target of $target', ({ target, polarity, says }) => {
    expect(noAssuranceText(measure('percent', { polarity }), target)).toBe(says);
  });
});
