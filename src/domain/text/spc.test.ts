import { describe, expect, it } from 'vitest';
import { ASSURANCES } from '../spc/assurance';
import { POINT_TYPES } from '../spc/classify';
import { VARIATIONS } from '../spc/variation';
import { ASSURANCE_WORDS, POINT_TYPE_LABEL, VARIATION_SHORT, VARIATION_WORDS, pointText, spcWarningText } from './spc';

describe('VARIATION_WORDS', () => {
  it.each(VARIATIONS)('names %s and says what it means', (variation) => {
    expect(VARIATION_WORDS[variation].label).not.toBe('');
    expect(VARIATION_WORDS[variation].meaning).toMatch(/\.$/);
  });

  it.each([
    { variation: 'improvement_high', label: 'Special cause: improvement, higher', says: 'higher is better' },
    { variation: 'improvement_low', label: 'Special cause: improvement, lower', says: 'lower is better' },
    { variation: 'concern_high', label: 'Special cause: concern, higher', says: 'lower is better' },
    { variation: 'concern_low', label: 'Special cause: concern, lower', says: 'higher is better' },
    { variation: 'neutral_high', label: 'Special cause: higher', says: 'Neither direction is better' },
  ] as const)('calls $variation "$label" and says "$says"', ({ variation, label, says }) => {
    expect(VARIATION_WORDS[variation].label).toBe(label);
    expect(VARIATION_WORDS[variation].meaning).toContain(says);
  });
});

describe('VARIATION_SHORT', () => {
  it.each([
    { variation: 'common_cause', short: 'No significant change' },
    { variation: 'improvement_high', short: 'Improvement' },
    { variation: 'improvement_low', short: 'Improvement' },
    { variation: 'concern_high', short: 'Concern' },
    { variation: 'concern_low', short: 'Concern' },
    { variation: 'neutral_high', short: 'Unusually high' },
    { variation: 'neutral_low', short: 'Unusually low' },
  ] as const)('calls $variation "$short" where room is short', ({ variation, short }) => {
    expect(VARIATION_SHORT[variation]).toBe(short);
  });
});

describe('ASSURANCE_WORDS', () => {
  it.each([
    { assurance: 'consistent_pass', label: 'Consistently passing the target', says: 'on the better side' },
    { assurance: 'consistent_fail', label: 'Consistently failing the target', says: 'on the worse side' },
    { assurance: 'inconsistent', label: 'Hit and miss', says: 'between the process limits' },
  ] as const)('calls $assurance "$label"', ({ assurance, label, says }) => {
    expect(ASSURANCE_WORDS[assurance].label).toBe(label);
    expect(ASSURANCE_WORDS[assurance].meaning).toContain(says);
  });

  it('has words for every assurance', () => {
    expect(Object.keys(ASSURANCE_WORDS).sort()).toEqual([...ASSURANCES].sort());
  });
});

describe('pointText', () => {
  it.each([
    { point: { type: 'common_cause', rule: null, signal: null }, text: 'Common cause' },
    {
      point: { type: 'special_cause_concern', rule: 'outside_limits', signal: 'low' },
      text: 'Special cause: concern (below the lower process limit)',
    },
    {
      point: { type: 'special_cause_improvement', rule: 'trend', signal: 'high' },
      text: 'Special cause: improvement (one of 7 or more points in a row, each higher than the one before)',
    },
    {
      point: { type: 'special_cause_neutral_high', rule: 'two_of_three', signal: 'high' },
      text: 'Special cause: higher (one of 2 in 3 points in a row close to or above the upper process limit)',
    },
    {
      point: { type: 'special_cause_improvement', rule: 'shift', signal: 'low' },
      text: 'Special cause: improvement (one of 7 or more points in a row below the mean)',
    },
  ] as const)('writes "$text"', ({ point, text }) => {
    expect(pointText(point)).toBe(text);
  });

  it('has a label for every point type', () => {
    expect(Object.keys(POINT_TYPE_LABEL).sort()).toEqual([...POINT_TYPES].sort());
  });
});

describe('spcWarningText', () => {
  it.each([
    {
      warning: { kind: 'trial_limits', first: 0, last: 7, points: 8 },
      text: 'Trial limits: the limits for point 1 to point 8 rest on 8 points, fewer than 12, so they will move as more are added.',
    },
    {
      warning: { kind: 'no_limits', first: 4, last: 4, points: 1 },
      text: 'No process limits for point 5: no two figures are next to each other, so there is no moving range to set them from.',
    },
    {
      warning: { kind: 'no_limits', first: 0, last: 1, points: 0 },
      text: 'No process limits for point 1 to point 2: there are no figures, so there is no moving range to set them from.',
    },
    {
      warning: { kind: 'missing_values', positions: [3] },
      text: 'Missing figure at point 4: left out of the mean and the limits but kept in its place on the chart.',
    },
    {
      warning: { kind: 'missing_values', positions: [0, 3, 5] },
      text: 'Missing figures at point 1, point 4 and point 6: left out of the mean and the limits but kept in their places on the chart.',
    },
  ] as const)('writes a $warning.kind warning', ({ warning, text }) => {
    expect(spcWarningText(warning)).toBe(text);
  });

  it('names positions as the caller does', () => {
    expect(
      spcWarningText({ kind: 'trial_limits', first: 0, last: 1, points: 2 }, (position) => `values[${position}]`),
    ).toBe(
      'Trial limits: the limits for values[0] to values[1] rest on 2 points, fewer than 12, so they will move as more are added.',
    );
  });
});
