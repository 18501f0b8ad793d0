import { describe, expect, it } from 'vitest';
import type { Area } from '../../domain/areas/area';
import { buildScorecard } from '../../domain/scorecard/scorecard';
import { period } from '../../../test/unit/builders/observation';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { scorecardExport } from './scorecard-export';

const dataset = loadSampleDataset();
const scorecard = buildScorecard({
  catalogue: dataset.catalogue,
  areas: dataset.areas,
  index: dataset.index,
  area: dataset.areas.find('E06000047') as Area,
  period: period('2021/22 Q2'),
});
const rows = scorecard.sections.flatMap((section) =>
  section.rows.map((row) => ({ ...row, keyQuestionId: section.keyQuestion.id })),
);
const missing = rows.filter((row) => row.measure.id === 'cla_missing_percent');
const plain = { title: (title: string) => title, say: (text: string) => text };

describe('scorecardExport', () => {
  it('gives the latest figure as a number rounded as shown, its status and period, and a later status', () => {
    const table = scorecardExport(scorecard, missing, { ...plain, history: false, ranks: false });
    expect(table.rows[0]?.slice(2, 6)).toEqual([7.3, 'Provisional', '2020/21', 'Higher since 2019/20']);
  });

  it('adds every period’s figure and status after the ratings when the page shows them', () => {
    const table = scorecardExport(scorecard, missing, { ...plain, history: true, ranks: false });
    expect(table.header.slice(15)).toEqual([
      '2018/19',
      '2018/19: status',
      '2019/20',
      '2019/20: status',
      '2020/21',
      '2020/21: status',
      'Q1 2021/22',
      'Q1 2021/22: status',
      'Q2 2021/22',
      'Q2 2021/22: status',
    ]);
    expect(table.rows[0]?.slice(15)).toEqual([
      5,
      'Final',
      5.5,
      'Final',
      7.3,
      'Provisional',
      null,
      'Reported annually',
      null,
      'Reported annually',
    ]);
  });

  it('writes the titles and key questions in the words the page uses', () => {
    const table = scorecardExport(scorecard, missing, {
      history: false,
      ranks: false,
      title: (title) => title.toUpperCase(),
      say: () => 'asked',
    });
    expect(table.rows[0]?.slice(0, 2)).toEqual(['asked', 'PERCENTAGE OF CLA WITH A MISSING INCIDENT DURING THE YEAR']);
  });
});
