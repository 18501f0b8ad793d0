import { describe, expect, it, test } from 'vitest';
import { located } from '../../../../test/unit/tables';
import { HEADER, oneCell, scorecardFrom } from '../../../../test/unit/scorecard-layout-files';

describe('readScorecardLayout: finding the measure', () => {
  it.each([
    { written: 'Rate of children looked after (CLA) per 10,000 children aged under 18 [Number]', id: 'cla_rate' },
    { written: 'RATE OF CHILDREN LOOKED AFTER (CLA) PER 10000 CHILDREN AGED UNDER 18', id: 'cla_rate' },
    { written: 'Children in care per 10,000', id: 'cla_rate' },
    { written: 'cla_rate', id: 'cla_rate' },
    { written: 'Strengths & Difficulties Questionnaire - Average score', id: 'cla_sdq_score' },
    {
      written: 'Percentage of care leavers aged 17-18 in education employment or training',
      id: 'care_leavers_17_18_eet',
    },
    {
      written: 'Percentage of CLA permanently excluded from school [number of children]',
      id: 'cla_permanent_exclusions_percent',
    },
  ])("finds $id from '$written'", ({ written, id }) => {
    expect(oneCell('Q2 2021/22', '5', written).value[0]?.measureId).toBe(id);
  });

  test('suggests the closest catalogue titles for a misspelt title', () => {
    const { problems } = oneCell('Q2 2021/22', '5', 'Percentage of CLA with a missing incidnet during the year');
    expect(problems.map(located)).toEqual([{ rule: 'unknown_measure', severity: 'error', row: 2, column: 'Measure' }]);
    expect(problems[0]?.message).toMatch(
      /^Row 2, column Measure: 'Percentage of CLA with a missing incidnet during the year' is not a measure in the catalogue\. Did you mean 'Percentage of CLA with a missing incident during the year'/,
    );
  });

  test('points to the catalogue when no title is near', () => {
    expect(oneCell('Q2 2021/22', '5', 'Weather in Durham').problems[0]?.message).toBe(
      "Row 2, column Measure: 'Weather in Durham' is not a measure in the catalogue. Use a title, short title or id from the measure catalogue (data/measures.csv).",
    );
  });

  test('skips, with a warning, a row of words with no figures, such as a key question above its measures', () => {
    const { value, problems } = scorecardFrom(
      HEADER,
      ['What are the characteristics of our cohort of children in care and care leavers?'],
      ['Children in care per 10,000', '', '', '90 [912]'],
    );
    expect(value).toHaveLength(1);
    expect(problems.map(located)).toEqual([{ rule: 'ignored_row', severity: 'warning', row: 2, column: 'Measure' }]);
  });

  test('refuses figures with no measure', () => {
    expect(scorecardFrom(HEADER, ['', '', '', '90 [912]']).problems.map(located)).toEqual([
      { rule: 'missing_measure', severity: 'error', row: 2, column: 'Measure' },
    ]);
  });

  test('skips a repeat of the heading row, as the paper repeats it above each table', () => {
    const { value, problems } = scorecardFrom(HEADER, ['Children in care per 10,000', '', '', '90 [912]'], HEADER, [
      'Dental check in the last year',
      '',
      '',
      '65%',
    ]);
    expect(problems).toEqual([]);
    expect(value.map((observation) => observation.measureId)).toEqual(['cla_rate', 'cla_dental_checks']);
  });

  test('refuses a second heading row with other periods', () => {
    const { problems } = scorecardFrom(HEADER, ['Measure', '2018/19', '2019/20', 'Q1 2021/22']);
    expect(problems.map(located)).toEqual([{ rule: 'repeated_header', severity: 'error', row: 2, column: undefined }]);
  });
});
