import { describe, expect, test } from 'vitest';
import { buildScorecard } from '../../domain/scorecard/scorecard';
import { ObservationIndex } from '../../domain/observations/series';
import { figure, period } from '../../../test/unit/builders/observation';
import { DARLINGTON, DURHAM, HARTLEPOOL, STOCKTON, areaDirectory } from '../../../test/unit/builders/areas';
import { catalogue, keyQuestion } from '../../../test/unit/builders/catalogue';
import { neighbourModel } from '../../../test/unit/builders/dataset';
import { CARE_LEAVERS_EET, CLA_RATE, THREE_PLUS_PLACEMENTS, measure } from '../../../test/unit/builders/measure';
import { scorecardSources, visibleSections } from './scorecard-view';

/** Four key questions: care leavers with two measures, health with one, stability with one, aspirations with none. */
const MEASURES = [
  { ...CARE_LEAVERS_EET, shortTitle: 'Care leavers 19–21 EET' },
  measure('percent', {
    id: 'care_leavers_17_18_eet',
    title: 'Care leavers aged 17 to 18 in education, employment or training',
    shortTitle: 'Care leavers 17–18 EET',
    keyQuestionId: 'care_leavers',
  }),
  measure('percent', {
    id: 'cla_dental_checks',
    title: 'Children looked after with a dental check',
    shortTitle: 'Dental checks',
    keyQuestionId: 'health',
  }),
  measure('percent', { id: 'cla_no_figures', title: 'A measure with no figures', keyQuestionId: 'health' }),
  THREE_PLUS_PLACEMENTS,
];
const COUNCIL_FILE = { file: 'observations/county-durham-2021-22-q2.csv', row: 2 };
const scorecard = buildScorecard({
  catalogue: {
    keyQuestions: ['care_leavers', 'health', 'aspirations', 'stability'].map((id) => keyQuestion(id)),
    measures: MEASURES,
  },
  areas: areaDirectory(),
  index: new ObservationIndex(
    ['care_leavers_19_21_eet', 'care_leavers_17_18_eet', 'cla_dental_checks', 'cla_3plus_placements'].map((id) =>
      figure(id, '2021/22 Q2', 50, { source: COUNCIL_FILE }),
    ),
  ),
  area: DURHAM,
  period: period('2021/22 Q2'),
});

describe('visibleSections', () => {
  test.each([
    { question: '', search: '', sections: 4, measures: 4 },
    { question: 'care_leavers', search: '', sections: 1, measures: 2 },
    { question: 'aspirations', search: '', sections: 1, measures: 0 },
    { question: '', search: 'DENTAL', sections: 1, measures: 1 },
    { question: '', search: 'care leavers eet', sections: 1, measures: 2 },
    { question: 'health', search: 'eet', sections: 0, measures: 0 },
  ])(
    'keeps $sections sections and $measures measures for question "$question" and search "$search"',
    ({ question, search, sections, measures }) => {
      const visible = visibleSections(scorecard, question, search);
      expect([visible.length, visible.reduce((count, section) => count + section.rows.length, 0)]).toEqual([
        sections,
        measures,
      ]);
    },
  );
});

describe('scorecardSources', () => {
  test("names the one file of the council's own figures, and no open data", () => {
    expect(scorecardSources(scorecard)).toEqual({
      councilFiles: ['observations/county-durham-2021-22-q2.csv'],
      openDataFiles: [],
      neighbourModels: [],
    });
  });

  test('names each DfE file and the neighbour model used for a council benchmarked from open data', () => {
    const model = neighbourModel('2025', { [STOCKTON.code]: [DARLINGTON.code, HARTLEPOOL.code] });
    const stockton = STOCKTON;
    const source = { file: 'cla_number_and_rate_per_10k_children.csv', row: 21, publisher: 'DfE' };
    const neighbourFigures = (model.neighboursOf.get('E06000004') ?? []).flatMap((neighbour) =>
      neighbour.code ? [figure('cla_rate', '2024/25', 100, { areaCode: neighbour.code, source })] : [],
    );
    const index = new ObservationIndex([
      figure('cla_rate', '2024/25', 125, { areaCode: 'E06000004', source }),
      ...neighbourFigures,
    ]);
    const openData = buildScorecard({
      catalogue: catalogue([CLA_RATE]),
      areas: areaDirectory(),
      index,
      area: stockton,
      period: period('2024/25'),
      neighbours: { model, method: 'mean' },
    });
    expect(scorecardSources(openData)).toEqual({
      councilFiles: [],
      openDataFiles: [{ publisher: 'DfE', file: 'cla_number_and_rate_per_10k_children.csv' }],
      neighbourModels: [model.label],
    });
  });
});
