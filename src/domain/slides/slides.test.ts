import { describe, expect, it, test } from 'vitest';
import { realDataset } from '../../../test/unit/tables';
import { parsePeriod } from '../periods/period';
import { buildScorecard, type Scorecard } from '../scorecard/scorecard';
import {
  buildSlides,
  clampSlideNumber,
  defaultSlideIds,
  moveSlide,
  parseSlideId,
  resolveSlideIds,
  slideChoices,
  slideHeading,
  slideName,
  toggleSlide,
  type MeasureSlide,
  type QuestionSlide,
} from './slides';

const { catalogue, areas, index } = realDataset().value;

function scorecardAt(label: string): Scorecard {
  const area = areas.find('E06000047');
  const parsed = parsePeriod(label);
  if (!area || !parsed.ok) throw new Error('the sample data has County Durham and the period');
  return buildScorecard({ catalogue, areas, index, area, period: parsed.period });
}

const scorecard = scorecardAt('2021/22 Q2');
const claRate = catalogue.measures.find((measure) => measure.id === 'cla_rate');

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
    expect(defaultSlideIds(scorecard)).toEqual([
      'title',
      'q:characteristics',
      'q:partners',
      'q:voice',
      'q:stability',
      'q:health',
      'q:care_leavers',
    ]);
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

describe('slides built from the sample data (County Durham, 2021/22 Q2)', () => {
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
    // The whole history: the sentence is the measure page's sentence for the same figures.
    expect(slide?.summary).toBe(
      'Children in care per 10,000 rose from 82.9 in 2018/19 to 93.5 in 2020/21, then fell to 90.0 at Q2 2021/22.',
    );
  });

  it('charts the whole history with the comparators, years and quarters placed by their end dates', () => {
    const [slide] = slidesFor(['m:care_leavers_19_21_eet']) as MeasureSlide[];
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
    const slides = slidesFor(['q:characteristics']) as QuestionSlide[];
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
