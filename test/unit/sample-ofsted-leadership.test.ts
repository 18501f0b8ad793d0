/**
 * Ofsted's leadership judgements as the National Framework counts them (metrics 59 to 62), from the
 * current-judgements sheet shipped in data/ofsted/: England's and the North East's councils by the
 * judgement of their leaders' impact, and Stockton-on-Tees' own judgement in words.
 */
import { describe, expect, it } from 'vitest';
import { leadershipFigures } from '../../src/domain/readers/ofsted/leadership';
import { LEADERSHIP_MEASURE } from '../../src/domain/readers/ofsted/leadership-measures';
import { readRowsFile } from './ofsted-files';
import { realAreaDirectory } from './tables';

const read = leadershipFigures(readRowsFile('data/ofsted/Inspections_as_at_31_March.csv'), realAreaDirectory());
const of = (measure: string, area: string) =>
  read.value.filter((observation) => observation.measureId === measure && observation.areaCode === area);

describe('the leadership counts from Ofsted’s judgements as at 31 March 2025', () => {
  it('reads the sheet with no error', () => {
    expect(read.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it.each([
    { grade: 'outstanding', england: 45, northEast: 5 },
    { grade: 'good', england: 60, northEast: 3 },
    { grade: 'requires_improvement', england: 33, northEast: 3 },
    { grade: 'inadequate', england: 15, northEast: 1 },
  ] as const)(
    'counts the councils judged $grade: $england in England, $northEast in the North East, for 2024/25',
    ({ grade, england, northEast }) => {
      const measure = LEADERSHIP_MEASURE[grade];
      expect(
        [of(measure, 'E92000001'), of(measure, 'E12000001')].map((found) =>
          found.map((observation) => [observation.value, observation.period.label, observation.note]),
        ),
      ).toEqual([
        [[england, '2024/25', 'Of the 153 councils Ofsted had judged.']],
        [[northEast, '2024/25', 'Of the 12 councils Ofsted had judged.']],
      ]);
    },
  );

  it('gives Stockton-on-Tees no count of its own but its judgement, in Ofsted’s words, under its judgement’s measure alone', () => {
    const rows = Object.values(LEADERSHIP_MEASURE).flatMap((measure) => of(measure, 'E06000004'));
    expect(rows.map((observation) => [observation.measureId, observation.value, observation.status])).toEqual([
      [LEADERSHIP_MEASURE.requires_improvement, null, 'not_applicable'],
    ]);
    expect(rows[0]?.note).toBe(
      'Ofsted judged the impact of Stockton-on-Tees’s leaders on social work practice Requires improvement to be good (inspection of 6 March 2023).',
    );
  });
});
