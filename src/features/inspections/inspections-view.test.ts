import { describe, expect, it, test } from 'vitest';
import { realAreaDirectory } from '../../../test/unit/tables';
import type { Inspection, JudgementSpread } from '../../domain/readers/ofsted/inspections';
import { historyRows, judgementText, spreadRows, summarySentence } from './inspections-view';

const areas = realAreaDirectory();
const durham = areas.find('E06000047');

const inspection: Inspection = {
  areaCode: 'E06000047',
  areaName: 'County Durham',
  regionCode: 'E12000001',
  date: '2019-09-09',
  published: '2019-10-21',
  type: 'ILACS Standard Inspection',
  judgements: {
    overall: { kind: 'graded', grade: 'requires_improvement' },
    leaders: { kind: 'graded', grade: 'requires_improvement' },
    help_and_protection: { kind: 'graded', grade: 'requires_improvement' },
    children_in_care: { kind: 'graded', grade: 'good' },
    care_leavers: { kind: 'not_judged_then' },
  },
  source: { file: 'ILACS_inspection_history.csv', row: 60 },
};

const england: JudgementSpread = {
  counts: { outstanding: 36, good: 67, requires_improvement: 31, inadequate: 19 },
  councils: 153,
  notJudged: 0,
};
const northEast: JudgementSpread = {
  counts: { outstanding: 5, good: 3, requires_improvement: 3, inadequate: 1 },
  councils: 12,
  notJudged: 0,
};

describe('judgementText', () => {
  it.each([
    [{ kind: 'graded', grade: 'requires_improvement' } as const, 'Requires improvement to be good'],
    [{ kind: 'not_judged_then' } as const, 'Not judged then'],
    [{ kind: 'missing' } as const, 'Not given in Ofsted’s file'],
  ])('says %j as %s', (judgement, text) => {
    expect(judgementText(judgement)).toBe(text);
  });
});

test('historyRows gives the date in words, the type and every judgement in words', () => {
  expect(historyRows([inspection])).toEqual([
    {
      key: '2019-09-09 60',
      date: '9 September 2019',
      type: 'ILACS Standard Inspection',
      cells: [
        { area: 'overall', text: 'Requires improvement to be good', grade: 'requires_improvement' },
        { area: 'leaders', text: 'Requires improvement to be good', grade: 'requires_improvement' },
        { area: 'help_and_protection', text: 'Requires improvement to be good', grade: 'requires_improvement' },
        { area: 'children_in_care', text: 'Good', grade: 'good' },
        { area: 'care_leavers', text: 'Not judged then', grade: null },
      ],
    },
  ]);
});

describe('spreadRows', () => {
  test('gives each grade, best first, with its whole percent', () => {
    expect(spreadRows(england)).toEqual([
      { label: 'Outstanding', grade: 'outstanding', count: 36, percent: 24 },
      { label: 'Good', grade: 'good', count: 67, percent: 44 },
      { label: 'Requires improvement to be good', grade: 'requires_improvement', count: 31, percent: 20 },
      { label: 'Inadequate', grade: 'inadequate', count: 19, percent: 12 },
    ]);
  });

  test('adds a row for councils with no judgement when there are some', () => {
    expect(
      spreadRows({
        counts: { outstanding: 1, good: 0, requires_improvement: 0, inadequate: 0 },
        councils: 2,
        notJudged: 1,
      }).at(-1),
    ).toEqual({ label: 'No current judgement', grade: null, count: 1, percent: 50 });
  });
});

describe('summarySentence', () => {
  test('states the latest overall judgement and how many councils in England and the region share it', () => {
    expect(durham && summarySentence(durham, inspection, england, { name: 'North East', spread: northEast })).toBe(
      'County Durham’s most recent inspection (9 September 2019) judged it Requires improvement to be good overall. In England 31 of 153 councils were judged Requires improvement to be good; in the North East, 3 of 12.',
    );
  });

  test('says plainly when the council has no inspection', () => {
    expect(durham && summarySentence(durham, undefined, england, null)).toBe(
      'Ofsted’s file has no ILACS inspection of County Durham.',
    );
  });
});
