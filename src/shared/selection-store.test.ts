import { describe, expect, test } from 'vitest';
import { areaCode } from '../domain/areas/area-code';
import { periodLabel } from '../domain/periods/period-label';
import { EMPTY_SELECTION, searchFromSelection, selectionFromSearch, type Selection } from './selection-store';

describe('selection in the URL', () => {
  test.each([
    { search: '', selection: EMPTY_SELECTION },
    {
      search: '?area=E06000047&period=2021%2F22+Q2',
      selection: { ...EMPTY_SELECTION, area: areaCode('E06000047'), period: periodLabel('2021/22 Q2') },
    },
    {
      search: '?question=health&q=dental+check',
      selection: { ...EMPTY_SELECTION, question: 'health', search: 'dental check' },
    },
    {
      search: '?sort=comparator%3Aengland%3Adesc',
      selection: { ...EMPTY_SELECTION, sort: { column: 'comparator:england', desc: true } },
    },
    { search: '?sort=measure%3Aasc', selection: { ...EMPTY_SELECTION, sort: { column: 'measure', desc: false } } },
    {
      search: '?model=2021&sn=median&rank=england',
      selection: { ...EMPTY_SELECTION, neighbourModel: '2021', neighbourStatistic: 'median', rankScope: 'england' },
    },
    { search: '?sn=mode&rank=world', selection: EMPTY_SELECTION },
    {
      search: '?slides=title%2Cq%3Astability%2Cm%3Acla_rate&slide=3',
      selection: { ...EMPTY_SELECTION, slides: ['title', 'q:stability', 'm:cla_rate'], slide: 3 },
    },
    { search: '?slides=title,,m:cla_rate', selection: { ...EMPTY_SELECTION, slides: ['title', 'm:cla_rate'] } },
    { search: '?slide=0', selection: EMPTY_SELECTION },
    { search: '?slide=2.5', selection: EMPTY_SELECTION },
    { search: '?slide=next', selection: EMPTY_SELECTION },
    { search: '?area=&period=&model=', selection: EMPTY_SELECTION },
    { search: '?hide=region,moon,england', selection: { ...EMPTY_SELECTION, hidden: ['region', 'england'] } },
    { search: '?view=grid&zero=yes', selection: EMPTY_SELECTION },
    { search: '?words=child&history=1', selection: { ...EMPTY_SELECTION, words: 'child', history: true } },
    { search: '?words=adult&history=yes', selection: EMPTY_SELECTION },
    {
      search: '?view=spc&rebase=2021-05,,2022-01',
      selection: { ...EMPTY_SELECTION, view: 'spc', rebase: [periodLabel('2021-05'), periodLabel('2022-01')] },
    },
  ] satisfies { search: string; selection: Selection }[])('reads $search', ({ search, selection }) => {
    expect(selectionFromSearch(search)).toEqual(selection);
  });

  test.each([
    { selection: EMPTY_SELECTION, search: '' },
    {
      selection: { ...EMPTY_SELECTION, slides: ['title', 'q:stability', 'm:cla_rate'], slide: 3 },
      search: '?slides=title%2Cq%3Astability%2Cm%3Acla_rate&slide=3',
    },
    { selection: { ...EMPTY_SELECTION, slide: 1 }, search: '' },
    { selection: { ...EMPTY_SELECTION, words: 'child', history: true }, search: '?words=child&history=1' },
    {
      selection: { ...EMPTY_SELECTION, view: 'spc', rebase: [periodLabel('2021-05'), periodLabel('2022-01')] },
      search: '?view=spc&rebase=2021-05%2C2022-01',
    },
    {
      selection: {
        ...EMPTY_SELECTION,
        period: periodLabel('2021/22 Q2'),
        sort: { column: 'period:2020/21', desc: true },
      },
      search: '?period=2021%2F22+Q2&sort=period%3A2020%2F21%3Adesc',
    },
    {
      selection: {
        ...EMPTY_SELECTION,
        neighbourStatistic: null,
        framework: null,
        rankScope: 'region',
        view: 'chart',
        fromZero: false,
      },
      search: '',
    },
    {
      selection: { ...EMPTY_SELECTION, framework: 'national', neighbourStatistic: 'mean' },
      search: '?sn=mean&framework=national',
    },
  ] satisfies { selection: Selection; search: string }[])('writes $search', ({ selection, search }) => {
    expect(searchFromSelection(selection)).toBe(search);
  });

  test('reads back what it writes', () => {
    const selection: Selection = {
      area: areaCode('E06000001'),
      period: periodLabel('2020/21'),
      question: 'care_leavers',
      search: 'suitable',
      sort: { column: 'period:2021/22 Q1', desc: false },
      view: 'spc',
      hidden: ['region', 'england'],
      fromZero: true,
      rebase: [periodLabel('2021-05'), periodLabel('2021/22 Q1')],
      neighbourModel: '2025',
      neighbourStatistic: 'median',
      framework: 'national',
      rankScope: 'england',
      slides: ['title', 'q:stability', 'm:cla_rate', 'm:cla_3plus_placements'],
      slide: 4,
      compare: [periodLabel('2019-06-04'), periodLabel('2021-09-27')],
      words: 'child',
      history: true,
    };
    expect(selectionFromSearch(searchFromSelection(selection))).toEqual(selection);
  });
});
