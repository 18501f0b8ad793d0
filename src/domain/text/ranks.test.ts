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
    { band: 'A', polarity: 'higher_is_better', text: 'A (best quarter)', phrase: 'band A, the best quarter' },
    {
      band: 'B',
      polarity: 'lower_is_better',
      text: 'B (second best quarter)',
      phrase: 'band B, the second best quarter',
    },
    {
      band: 'C',
      polarity: 'higher_is_better',
      text: 'C (second worst quarter)',
      phrase: 'band C, the second worst quarter',
    },
    { band: 'D', polarity: 'lower_is_better', text: 'D (worst quarter)', phrase: 'band D, the worst quarter' },
    { band: 'A', polarity: 'no_polarity', text: 'A (lowest quarter)', phrase: 'band A, the lowest quarter' },
    {
      band: 'B',
      polarity: 'no_polarity',
      text: 'B (second lowest quarter)',
      phrase: 'band B, the second lowest quarter',
    },
    {
      band: 'C',
      polarity: 'no_polarity',
      text: 'C (second highest quarter)',
      phrase: 'band C, the second highest quarter',
    },
    { band: 'D', polarity: 'no_polarity', text: 'D (highest quarter)', phrase: 'band D, the highest quarter' },
  ] as const)('writes band $band for $polarity as "$text" and "$phrase"', ({ band, polarity, text, phrase }) => {
    expect([bandText(band, polarity), bandPhrase(band, polarity)]).toEqual([text, phrase]);
  });
});

describe('placeText', () => {
  it.each([
    { rank: 3, ranks: TWELVE, polarity: 'higher_is_better', text: '3rd of 12' },
    { rank: 1, ranks: [1, 2], polarity: 'lower_is_better', text: '1st of 2' },
    { rank: 2, ranks: [1, 2, 2, 4], polarity: 'higher_is_better', text: 'joint 2nd of 4' },
    { rank: 1, ranks: [1, 1, 3], polarity: 'lower_is_better', text: 'joint 1st of 3' },
    { rank: 4, ranks: [1, 2, 2, 4], polarity: 'higher_is_better', text: '4th of 4' },
    { rank: 3, ranks: TWELVE, polarity: 'no_polarity', text: '3rd lowest of 12' },
    { rank: 2, ranks: [1, 2, 2, 4], polarity: 'no_polarity', text: 'joint 2nd lowest of 4' },
    {
      rank: 11,
      ranks: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 11],
      polarity: 'higher_is_better',
      text: 'joint 11th of 12',
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
      text: '3rd of 12 in the North East (band A, the best quarter)',
    },
    {
      scopeArea: ENGLAND,
      home: third('C'),
      polarity: 'no_polarity',
      text: '3rd lowest of 12 in England (band C, the second highest quarter)',
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
      ranks: TWELVE,
      text: 'County Durham ranks 3rd of 12 North East councils with a figure for 2020/21 (band A, the best quarter).',
    },
    {
      polarity: 'no_polarity',
      ranks: TWELVE,
      text: 'County Durham has the 3rd lowest figure of the 12 North East councils with one for 2020/21 (band A, the lowest quarter).',
    },
    {
      polarity: 'lower_is_better',
      ranks: [1, 3, 3],
      text: 'County Durham ranks joint 3rd of 3 North East councils with a figure for 2020/21 (band A, the best quarter).',
    },
  ] as const)('writes "$text"', ({ polarity, ranks, text }) => {
    expect(rankSentence('County Durham', ranking(NORTH_EAST, third('A'), ranks), third('A'), polarity)).toBe(text);
  });
});

describe('noComparisonText', () => {
  it.each([
    {
      home: DURHAM,
      scope: 'region',
      text: 'There are not enough figures to compare County Durham with other councils in the North East up to 2021/22 Q2: at least one other council needs a figure for the same period as County Durham.',
    },
    {
      home: DURHAM,
      scope: 'england',
      text: 'There are not enough figures to compare County Durham with other councils in England up to 2021/22 Q2: at least one other council needs a figure for the same period as County Durham.',
    },
    { home: NORTH_EAST, scope: 'region', text: 'North East is not a council, so it is not ranked among councils.' },
  ] as const)('explains why $home.name has no $scope comparison', ({ home, scope, text }) => {
    expect(noComparisonText(home, scope, NORTH_EAST, period('2021/22 Q2'))).toBe(text);
  });
});
