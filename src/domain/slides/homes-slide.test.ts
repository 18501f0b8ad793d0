import { describe, expect, test } from 'vitest';
import { DURHAM } from '../../../test/unit/builders/areas';
import { dataset } from '../../../test/unit/builders/dataset';
import { THREE_HOMES, home, homesTable } from '../../../test/unit/builders/homes';
import { VARIED_FIGURES, period } from '../../../test/unit/builders/observation';
import { buildScorecard } from '../scorecard/scorecard';
import { HOMES_SLIDE } from './homes-slide';
import { slideChoices, slideName } from './slide-choices';
import { buildSlides, defaultSlideIds, resolveSlideIds, slideHeading } from './slides';

const { catalogue, areas, index } = dataset({ observations: VARIED_FIGURES });
const scorecard = buildScorecard({ catalogue, areas, index, area: DURHAM, period: period('2021/22 Q2') });

describe('the children’s homes slide', () => {
  test('ends the standard deck, and is offered by the picker, only when the council’s homes are held', () => {
    expect(defaultSlideIds(scorecard, true).at(-1)).toBe(HOMES_SLIDE);
    expect(defaultSlideIds(scorecard)).not.toContain(HOMES_SLIDE);
    expect(resolveSlideIds([HOMES_SLIDE], scorecard)).toMatchObject({ unknown: [HOMES_SLIDE] });
    expect(resolveSlideIds([HOMES_SLIDE], scorecard, true)).toEqual({ ids: [HOMES_SLIDE], unknown: [] });
    expect(slideChoices(scorecard, true).at(-1)).toEqual({ id: HOMES_SLIDE, name: 'Our children’s homes', group: '' });
    expect(slideName(HOMES_SLIDE, scorecard)).toBe('Our children’s homes');
  });

  test('gives the headline, the counts and each home in words, a full inspection over a year old flagged', () => {
    const [slide] = buildSlides({
      scorecard,
      index,
      ids: [HOMES_SLIDE],
      commentary: new Map(),
      panelTitle: 'Corporate Parenting Panel',
      homes: { table: THREE_HOMES, today: '2016-06-08' },
    });
    expect(slide && slideHeading(slide)).toBe('County Durham’s children’s homes');
    expect(slide).toMatchObject({
      kind: 'homes',
      headline: "Our children's homes: 3 of 3 good or better at their latest full inspection",
      byJudgement: 'Latest full inspections of the 3 homes: 1 Outstanding and 2 Good.',
      source: 'From homes.csv, latest inspection 17 May 2016',
    });
    expect(
      slide?.kind === 'homes' ? slide.rows.map((row) => [row.name, row.full, row.recent, row.flagged]) : [],
    ).toEqual([
      ['High Etherley', 'Outstanding, 21 July 2015', 'Yes', false],
      ['New Lea House', 'Good, 8 September 2015', 'Yes', false],
      ['Park House', 'Good, 17 May 2016', 'Yes', false],
    ]);
  });

  test('continues a longer list on further slides, the headline and counts on the first only', () => {
    const ten = homesTable(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].map((letter, index) =>
        home(`Home ${letter}`, undefined, null, index + 2),
      ),
    );
    const slides = buildSlides({
      scorecard,
      index,
      ids: [HOMES_SLIDE],
      commentary: new Map(),
      panelTitle: 'Panel',
      homes: { table: ten, today: '2016-06-08' },
    });
    expect(slides.map((slide) => [slide.id, slideHeading(slide)])).toEqual([
      ['homes', 'County Durham’s children’s homes (1 of 3)'],
      ['homes#2', 'County Durham’s children’s homes (2 of 3)'],
      ['homes#3', 'County Durham’s children’s homes (3 of 3)'],
    ]);
    expect(
      slides.map((slide) => (slide.kind === 'homes' ? slide.rows.map((row) => row.name.at(-1)).join('') : '')),
    ).toEqual(['ABC', 'DEFG', 'HIJ']);
  });

  test('is left out of a deck without the homes', () => {
    expect(buildSlides({ scorecard, index, ids: [HOMES_SLIDE], commentary: new Map(), panelTitle: 'Panel' })).toEqual(
      [],
    );
  });
});
