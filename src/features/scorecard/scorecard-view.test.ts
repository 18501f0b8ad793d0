import { describe, expect, test } from 'vitest';
import { buildScorecard } from '../../domain/scorecard/scorecard';
import { ObservationIndex } from '../../domain/observations/series';
import { figure, period } from '../../../test/unit/builders/observation';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { scorecardSources, visibleSections } from './scorecard-view';

const dataset = loadSampleDataset();

const durham = dataset.areas.find('E06000047');
if (!durham) throw new Error('no County Durham in the sample data');

const scorecard = buildScorecard({
  catalogue: dataset.catalogue,
  areas: dataset.areas,
  index: dataset.index,
  area: durham,
  period: period('2021/22 Q2'),
});

describe('visibleSections', () => {
  test.each([
    { question: '', search: '', sections: 7, measures: 39 },
    { question: 'care_leavers', search: '', sections: 1, measures: 7 },
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
  test("names the sample's one file of the council's own figures, and no open data", () => {
    expect(scorecardSources(scorecard)).toEqual({
      councilFiles: ['observations/county-durham-2021-22-q2.csv'],
      openDataFiles: [],
      neighbourModels: [],
    });
  });

  test('names each DfE file and the neighbour model used for a council benchmarked from open data', () => {
    const model = dataset.statNeighbourModels.at(-1);
    if (!model) throw new Error('no neighbour model in data/');
    const stockton = dataset.areas.find('E06000004');
    if (!stockton) throw new Error('no Stockton-on-Tees in areas.csv');
    const source = { file: 'cla_number_and_rate_per_10k_children.csv', row: 21, publisher: 'DfE' };
    const neighbourFigures = (model.neighboursOf.get('E06000004') ?? []).flatMap((neighbour) =>
      neighbour.code ? [figure('cla_rate', '2024/25', 100, { areaCode: neighbour.code, source })] : [],
    );
    const index = new ObservationIndex([
      figure('cla_rate', '2024/25', 125, { areaCode: 'E06000004', source }),
      ...neighbourFigures,
    ]);
    const openData = buildScorecard({
      catalogue: dataset.catalogue,
      areas: dataset.areas,
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
