import { describe, expect, it, test } from 'vitest';
import { DURHAM, ENGLAND_CODE, NORTH_EAST_CODE, areaDirectory } from '../../../test/unit/builders/areas';
import { keyQuestion } from '../../../test/unit/builders/catalogue';
import { CARE_LEAVERS_EET, CLA_RATE, THREE_PLUS_PLACEMENTS, measure } from '../../../test/unit/builders/measure';
import { figure, period } from '../../../test/unit/builders/observation';
import { ObservationIndex } from '../observations/series';
import { buildScorecard } from '../scorecard/scorecard';
import {
  buildSlides,
  clampSlideNumber,
  defaultSlideIds,
  moveSlide,
  parseSlideId,
  resolveSlideIds,
  slideHeading,
  toggleSlide,
  type MeasureSlide,
  type QuestionSlide,
} from './slides';
import { slideChoices, slideName } from './slide-choices';

const catalogue = {
  keyQuestions: [
    keyQuestion('characteristics', 'What are the characteristics of our cohort of children in care and care leavers?'),
    keyQuestion('aspirations', 'Do we have high aspirations for our children?'),
    keyQuestion('stability', 'Are we providing stable environments for children in our care?'),
  ],
  measures: [CLA_RATE, THREE_PLUS_PLACEMENTS],
};
const index = new ObservationIndex([
  figure('cla_rate', '2021/22 Q1', 92.7, { numerator: 937 }),
  figure('cla_rate', '2021/22 Q2', 90, { numerator: 912 }),
  figure('cla_rate', '2019/20', 67, { areaCode: ENGLAND_CODE }),
  figure('cla_rate', '2019/20', 108, { areaCode: NORTH_EAST_CODE }),
  figure('cla_rate', '2019/20', 102, { areaCode: 'SN:E06000047' }),
  figure('cla_3plus_placements', '2021/22 Q2', 10),
]);
const scorecard = buildScorecard({
  catalogue,
  areas: areaDirectory(),
  index,
  area: DURHAM,
  period: period('2021/22 Q2'),
});
const claRate = CLA_RATE;

function slidesFor(ids: readonly string[], commentary = new Map<string, string>()) {
  return buildSlides({ scorecard, index, ids, commentary, panelTitle: 'Corporate Parenting Panel' });
}

describe('slide ids', () => {
  test.each([
    { id: 'title', ref: { kind: 'title' } },
    { id: 'q:stability', ref: { kind: 'question', keyQuestionId: 'stability' } },
    { id: 'm:cla_rate', ref: { kind: 'measure', measureId: 'cla_rate' } },
    { id: 'q:', ref: null },
    { id: 'm:', ref: null },
    { id: 'chart', ref: null },
  ])('reads $id', ({ id, ref }) => {
    expect(parseSlideId(id)).toEqual(ref);
  });

  test.each([
    { requested: ['m:cla_rate', 'title'], ids: ['m:cla_rate', 'title'], unknown: [] },
    { requested: ['title', 'title', 'q:stability'], ids: ['title', 'q:stability'], unknown: [] },
    {
      requested: ['title', 'm:no_such_measure', 'q:nothing', 'x'],
      ids: ['title'],
      unknown: ['m:no_such_measure', 'q:nothing', 'x'],
    },
  ])('keeps the known slides of $requested once each, in order', ({ requested, ids, unknown }) => {
    expect(resolveSlideIds(requested, scorecard)).toEqual({ ids, unknown });
  });

  it('falls back to the standard deck when no slide asked for is known', () => {
    expect(resolveSlideIds(['m:nothing'], scorecard).ids).toEqual(defaultSlideIds(scorecard));
  });

  it('starts the standard deck with the title and leaves out key questions with no figures', () => {
    expect(defaultSlideIds(scorecard)).toEqual(['title', 'q:characteristics', 'q:stability']);
  });

  test.each([
    { number: 0, count: 5, shown: 1 },
    { number: 3, count: 5, shown: 3 },
    { number: 9, count: 5, shown: 5 },
    { number: 2, count: 0, shown: 1 },
  ])('shows slide $shown when asked for $number of $count', ({ number, count, shown }) => {
    expect(clampSlideNumber(number, count)).toBe(shown);
  });

  test.each([
    { ids: ['a', 'b', 'c'], index: 1, by: -1 as const, moved: ['b', 'a', 'c'] },
    { ids: ['a', 'b', 'c'], index: 1, by: 1 as const, moved: ['a', 'c', 'b'] },
    { ids: ['a', 'b', 'c'], index: 0, by: -1 as const, moved: ['a', 'b', 'c'] },
    { ids: ['a', 'b', 'c'], index: 2, by: 1 as const, moved: ['a', 'b', 'c'] },
  ])('moves slide $index of $ids by $by', ({ ids, index: at, by, moved }) => {
    expect(moveSlide(ids, at, by)).toEqual(moved);
  });

  test.each([
    { ids: ['title'], id: 'm:cla_rate', chosen: true, result: ['title', 'm:cla_rate'] },
    { ids: ['title', 'm:cla_rate', 'q:health'], id: 'm:cla_rate', chosen: false, result: ['title', 'q:health'] },
    { ids: ['title', 'm:cla_rate'], id: 'm:cla_rate', chosen: true, result: ['title', 'm:cla_rate'] },
  ])('chooses $id: $chosen', ({ ids, id, chosen, result }) => {
    expect(toggleSlide(ids, id, chosen)).toEqual(result);
  });
});

describe('slide picker', () => {
  test.each([
    { id: 'title', name: 'Title slide' },
    { id: 'q:stability', name: 'Key question: Are we providing stable environments for children in our care?' },
    { id: 'm:cla_rate', name: 'Measure: Rate of children looked after (CLA) per 10,000 children aged under 18' },
    { id: 'm:nothing', name: 'm:nothing' },
  ])('names $id', ({ id, name }) => {
    expect(slideName(id, scorecard)).toBe(name);
  });

  it('offers the title, each key question with figures and its measures with figures', () => {
    const choices = slideChoices(scorecard).map((choice) => choice.id);
    expect(choices.slice(0, 3)).toEqual(['title', 'q:characteristics', 'm:cla_rate']);
    expect(choices).not.toContain('q:aspirations');
  });
});

describe('slides for County Durham at 2021/22 Q2', () => {
  it('names the panel, the LA and the period on the title slide', () => {
    const [title] = slidesFor(['title']);
    expect(title && slideHeading(title)).toBe('Corporate Parenting Panel: County Durham, Q2 2021/22');
  });

  it('lists a key question’s measures with their latest figure and a rating in words against each comparator', () => {
    const [slide] = slidesFor(['q:characteristics']) as QuestionSlide[];
    const rate = slide?.rows.find((row) => row.measureId === 'cla_rate');
    expect(rate).toMatchObject({ latest: '90.0 (912 children)', period: 'Q2 2021/22' });
    expect(rate?.comparators.map(({ name, figure, rating }) => ({ name, figure, rating }))).toEqual([
      { name: 'England', figure: '67.0', rating: 'not_rated' },
      { name: 'North East', figure: '108.0', rating: 'not_rated' },
      { name: 'Statistical neighbours', figure: '102.0', rating: 'not_rated' },
    ]);
  });

  it('gives a measure slide its latest figure, trend lines with gaps as blanks, a summary and the commentary', () => {
    const [slide] = slidesFor(
      ['m:cla_rate'],
      new Map([['cla_rate', 'More children came into care after the summer.']]),
    ) as MeasureSlide[];
    expect(slide).toMatchObject({
      title: claRate?.title,
      latest: '90.0 (912 children)',
      commentary: 'More children came into care after the summer.',
    });
    expect(slide?.lines.map((line) => line.role)).toContain('home');
    expect(slide?.lines.every((line) => line.values.length === slide.periods.length)).toBe(true);
  });

  it('gives titles and sentences in the words asked for', () => {
    const [question] = slidesFor(['q:characteristics']) as QuestionSlide[];
    const [measure] = buildSlides({
      scorecard,
      index,
      ids: ['m:cla_rate', 'q:characteristics'],
      commentary: new Map(),
      panelTitle: 'Corporate Parenting Panel',
      say: (text) => text.replace('care leavers', 'young people who have left care'),
      title: (title) => title.toUpperCase(),
    }) as MeasureSlide[];
    expect(measure?.title).toBe('RATE OF CHILDREN LOOKED AFTER (CLA) PER 10,000 CHILDREN AGED UNDER 18');
    expect(question?.title).toContain('care leavers');
  });

  it('leaves the commentary empty where none is written', () => {
    const [slide] = slidesFor(['m:cla_rate']) as MeasureSlide[];
    expect(slide?.commentary).toBe('');
  });
});

describe('slides over a longer history and a long key question', () => {
  // Seven measures under one key question, each with a figure; the rate and the care leavers' measure
  // have their whole history, the comparators' figures only for 2019/20.
  const more = Array.from({ length: 5 }, (_, at) =>
    measure('percent', { id: `extra_${at + 1}`, title: `Extra measure ${at + 1}`, keyQuestionId: 'characteristics' }),
  );
  const eet = { ...CARE_LEAVERS_EET, keyQuestionId: 'characteristics' };
  const history = new ObservationIndex([
    figure('cla_rate', '2018/19', 82.9, { numerator: 833 }),
    figure('cla_rate', '2019/20', 90, { numerator: 914 }),
    figure('cla_rate', '2020/21', 93.5, { numerator: 949, status: 'provisional' }),
    figure('cla_rate', '2021/22 Q1', 92.7, { numerator: 937 }),
    figure('cla_rate', '2021/22 Q2', 90, { numerator: 912 }),
    ...[
      ['2018/19', 68],
      ['2019/20', 70],
      ['2020/21', 70.6],
      ['2021/22 Q1', 70.6],
      ['2021/22 Q2', 70],
    ].map(([label, value]) => figure(eet.id, String(label), Number(value))),
    figure(eet.id, '2019/20', 52, { areaCode: ENGLAND_CODE }),
    figure(eet.id, '2019/20', 53, { areaCode: NORTH_EAST_CODE }),
    figure(eet.id, '2019/20', 54, { areaCode: 'SN:E06000047' }),
    ...more.map((extra) => figure(extra.id, '2021/22 Q2', 50)),
  ]);
  const long = buildScorecard({
    catalogue: { keyQuestions: catalogue.keyQuestions, measures: [CLA_RATE, eet, ...more] },
    areas: areaDirectory(),
    index: history,
    area: DURHAM,
    period: period('2021/22 Q2'),
  });
  const slidesOf = (ids: readonly string[]) =>
    buildSlides({
      scorecard: long,
      index: history,
      ids,
      commentary: new Map(),
      panelTitle: 'Corporate Parenting Panel',
    });

  it('sums up the whole history in the measure page’s sentence', () => {
    const [slide] = slidesOf(['m:cla_rate']) as MeasureSlide[];
    expect(slide?.summary).toBe(
      'Children in care per 10,000 rose from 82.9 in 2018/19 to 93.5 in 2020/21, then fell to 90.0 at Q2 2021/22.',
    );
  });

  it('charts the whole history with the comparators, years and quarters placed by their end dates', () => {
    const [slide] = slidesOf(['m:care_leavers_19_21_eet']) as MeasureSlide[];
    expect(slide?.periods).toEqual(['2018/19', '2019/20', '2020/21', 'Q1 2021/22', 'Q2 2021/22']);
    expect(slide?.periodTypes).toEqual(['financial_year', 'financial_year', 'financial_year', 'quarter', 'quarter']);
    expect(slide?.positions.map((position) => Math.round(position * 100))).toEqual([0, 40, 80, 90, 100]);
    expect(slide?.lines.map((line) => [line.role, line.values.filter((value) => value !== null).length])).toEqual([
      ['home', 5],
      ['england', 1],
      ['region', 1],
      ['stat_neighbours', 1],
    ]);
  });

  it('continues a key question with more measures than fit on a second slide, shared out evenly, "(2 of 2)"', () => {
    const slides = slidesOf(['q:characteristics']) as QuestionSlide[];
    expect(slides.map((slide) => [slide.id, slide.rows.length, slideHeading(slide)])).toEqual([
      [
        'q:characteristics',
        4,
        'What are the characteristics of our cohort of children in care and care leavers? (1 of 2)',
      ],
      [
        'q:characteristics#2',
        3,
        'What are the characteristics of our cohort of children in care and care leavers? (2 of 2)',
      ],
    ]);
  });
});
