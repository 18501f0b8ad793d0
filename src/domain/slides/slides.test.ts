import { describe, expect, it, test } from 'vitest';
import { DURHAM, ENGLAND_CODE, NORTH_EAST_CODE, areaDirectory } from '../../../test/unit/builders/areas';
import { keyQuestion } from '../../../test/unit/builders/catalogue';
import { CLA_RATE, THREE_PLUS_PLACEMENTS } from '../../../test/unit/builders/measure';
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
  slideChoices,
  slideHeading,
  slideName,
  toggleSlide,
  type MeasureSlide,
  type QuestionSlide,
} from './slides';

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
    expect(title && slideHeading(title)).toBe('Corporate Parenting Panel: County Durham, 2021/22 Q2');
  });

  it('lists a key question’s measures with their latest figure and a rating in words against each comparator', () => {
    const [slide] = slidesFor(['q:characteristics']) as QuestionSlide[];
    const rate = slide?.rows.find((row) => row.measureId === 'cla_rate');
    expect(rate).toMatchObject({ latest: '90 (912 children)', period: '2021/22 Q2' });
    expect(rate?.comparators.map(({ name, figure, rating }) => ({ name, figure, rating }))).toEqual([
      { name: 'England', figure: '67', rating: 'not_rated' },
      { name: 'North East', figure: '108', rating: 'not_rated' },
      { name: 'Statistical neighbours', figure: '102', rating: 'not_rated' },
    ]);
  });

  it('gives a measure slide its latest figure, trend lines with gaps as blanks, a summary and the commentary', () => {
    const [slide] = slidesFor(
      ['m:cla_rate'],
      new Map([['cla_rate', 'More children came into care after the summer.']]),
    ) as MeasureSlide[];
    expect(slide).toMatchObject({
      title: claRate?.title,
      latest: '90 (912 children)',
      commentary: 'More children came into care after the summer.',
    });
    expect(slide?.lines.map((line) => line.role)).toContain('home');
    expect(slide?.lines.every((line) => line.values.length === slide.periods.length)).toBe(true);
    // The chart has the quarters (the latest figure's kind), so its sentence is the measure page's sentence for those figures.
    expect(slide?.summary).toBe('Children in care per 10,000 fell from 92.7 at 2021/22 Q1 to 90 at 2021/22 Q2.');
  });

  it('leaves the commentary empty where none is written', () => {
    const [slide] = slidesFor(['m:cla_rate']) as MeasureSlide[];
    expect(slide?.commentary).toBe('');
  });
});
