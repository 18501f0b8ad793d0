import { describe, expect, it } from 'vitest';
import { neighbourStatisticFrom, rankScopeFrom } from './view-choice';

describe('choices read from text', () => {
  it.each([
    { text: 'mean', statistic: 'mean', scope: null },
    { text: 'median', statistic: 'median', scope: null },
    { text: 'region', statistic: null, scope: 'region' },
    { text: 'england', statistic: null, scope: 'england' },
    { text: 'Median', statistic: null, scope: null },
    { text: 'mode', statistic: null, scope: null },
    { text: '', statistic: null, scope: null },
  ])('reads "$text" as statistic $statistic and rank scope $scope', ({ text, statistic, scope }) => {
    expect([neighbourStatisticFrom(text), rankScopeFrom(text)]).toEqual([statistic, scope]);
  });
});
