import { describe, expect, it } from 'vitest';
import type { Area } from '../areas/area';
import type { RankedArea } from '../comparison/rank';
import type { AreaRanking } from '../comparison/ranking';
import { period } from '../../../test/unit/builders/observation';
import { DURHAM, NORTH_EAST } from '../../../test/unit/builders/areas';
import {
  bandPhrase,
  bandText,
  noComparisonText,
  orderWords,
  placeText,
  rankSentence,
  rankText,
  scopeCouncils,
} from './ranks';

/** Councils ranked with the given ranks, as rankAreas gives them; only rank and count matter to the words. */
function rankedAs(ranks: readonly number[]): RankedArea[] {
  return ranks.map((rank, index) => ({ areaCode: `area-${index}`, value: rank, rank, of: ranks.length, band: 'A' }));
}

const LONDON: Area = {
  code: 'E12000007',
  name: 'London',
  type: 'region',
  regionCode: '',
  oldLaCode: '',
  formerCodes: [],
};
const ENGLAND: Area = {
  code: 'E92000001',
  name: 'England',
  type: 'country',
  regionCode: '',
  oldLaCode: '',
  formerCodes: [],
};

function ranking(scopeArea: Area, home: RankedArea | null, ranks: readonly number[]): AreaRanking {
  const ranked = rankedAs(ranks);
  return {
    scope: scopeArea.type === 'region' ? 'region' : 'england',
    scopeArea,
    period: period('2020/21'),
    home,
    ranked,
    withoutFigure: [],
    of: ranked.length,
  };
}

const TWELVE = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const third = (band: RankedArea['band']): RankedArea => ({ areaCode: 'home', value: 3, rank: 3, of: 12, band });

describe('bandText and bandPhrase', () => {
  it.each([
    { band: 'A', text: 'A (best quarter)', phrase: 'in the best quarter' },
    { band: 'B', text: 'B (second best quarter)', phrase: 'in the second best quarter' },
    { band: 'C', text: 'C (second worst quarter)', phrase: 'in the second worst quarter' },
    { band: 'D', text: 'D (worst quarter)', phrase: 'in the worst quarter' },
  ] as const)('writes band $band as "$text" and "$phrase"', ({ band, text, phrase }) => {
    expect([bandText(band), bandPhrase(band)]).toEqual([text, phrase]);
  });
});

describe('placeText', () => {
  it.each([
    { rank: 3, ranks: TWELVE, polarity: 'higher_is_better', text: '3rd best of 12' },
    { rank: 1, ranks: [1, 2], polarity: 'lower_is_better', text: '1st best of 2' },
    { rank: 2, ranks: [1, 2, 2, 4], polarity: 'higher_is_better', text: 'joint 2nd best of 4' },
    { rank: 1, ranks: [1, 1, 3], polarity: 'lower_is_better', text: 'joint 1st best of 3' },
    { rank: 4, ranks: [1, 2, 2, 4], polarity: 'higher_is_better', text: '4th best of 4' },
    { rank: 3, ranks: TWELVE, polarity: 'no_polarity', text: '3rd lowest of 12' },
    { rank: 2, ranks: [1, 2, 2, 4], polarity: 'no_polarity', text: 'joint 2nd lowest of 4' },
    {
      rank: 143,
      ranks: Array.from({ length: 151 }, (_, index) => index + 1),
      polarity: 'no_polarity',
      text: '9th highest of 151',
    },
    { rank: 3, ranks: [1, 2, 3, 3], polarity: 'no_polarity', text: 'joint 1st highest of 4' },
    {
      rank: 11,
      ranks: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 11],
      polarity: 'higher_is_better',
      text: 'joint 11th best of 12',
    },
  ] as const)('writes rank $rank among ranks $ranks for $polarity as "$text"', ({ rank, ranks, polarity, text }) => {
    const ranked = rankedAs(ranks);
    expect(placeText({ areaCode: 'home', value: rank, rank, of: ranks.length, band: 'A' }, ranked, polarity)).toBe(
      text,
    );
  });
});

describe('who is ranked, in what order', () => {
  it.each([
    { scopeArea: NORTH_EAST, polarity: 'higher_is_better', councils: 'North East councils', order: 'best first' },
    { scopeArea: ENGLAND, polarity: 'no_polarity', councils: 'councils in England', order: 'lowest first' },
  ] as const)('ranks $councils $order', ({ scopeArea, polarity, councils, order }) => {
    expect([scopeCouncils(ranking(scopeArea, null, TWELVE)), orderWords(polarity)]).toEqual([councils, order]);
  });
});

describe('rankText', () => {
  it.each([
    {
      scopeArea: NORTH_EAST,
      home: third('A'),
      polarity: 'higher_is_better',
      text: '3rd best of 12 councils in the North East (in the best quarter)',
    },
    {
      scopeArea: ENGLAND,
      home: third(null),
      polarity: 'no_polarity',
      text: '3rd lowest of 12 councils in England',
    },
    { scopeArea: LONDON, home: null, polarity: 'lower_is_better', text: 'Not ranked in London: no figure for 2020/21' },
  ] as const)('writes "$text"', ({ scopeArea, home, polarity, text }) => {
    expect(rankText(ranking(scopeArea, home, TWELVE), polarity)).toBe(text);
  });
});

describe('rankSentence', () => {
  it.each([
    {
      polarity: 'higher_is_better',
      band: 'A',
      ranks: TWELVE,
      text: 'County Durham ranks 3rd best of the 12 North East councils with a figure for 2020/21, in the best quarter.',
    },
    {
      polarity: 'no_polarity',
      band: null,
      ranks: TWELVE,
      text: 'County Durham has the 3rd lowest figure of the 12 North East councils with one for 2020/21.',
    },
    {
      polarity: 'lower_is_better',
      band: 'A',
      ranks: [1, 3, 3],
      text: 'County Durham ranks joint 3rd best of the 3 North East councils with a figure for 2020/21, in the best quarter.',
    },
  ] as const)('writes "$text"', ({ polarity, band, ranks, text }) => {
    expect(rankSentence('County Durham', ranking(NORTH_EAST, third(band), ranks), third(band), polarity)).toBe(text);
  });
});

describe('noComparisonText', () => {
  it.each([
    {
      home: DURHAM,
      scope: 'region',
      text: 'There are not enough figures to compare County Durham with other councils in the North East up to Q2 2021/22: at least one other council needs a figure for the same period as County Durham.',
    },
    {
      home: DURHAM,
      scope: 'england',
      text: 'There are not enough figures to compare County Durham with other councils in England up to Q2 2021/22: at least one other council needs a figure for the same period as County Durham.',
    },
    { home: NORTH_EAST, scope: 'region', text: 'North East is not a council, so it is not ranked among councils.' },
  ] as const)('explains why $home.name has no $scope comparison', ({ home, scope, text }) => {
    expect(noComparisonText(home, scope, NORTH_EAST, period('2021/22 Q2'))).toBe(text);
  });
});
