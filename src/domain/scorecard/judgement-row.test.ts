import { describe, expect, it } from 'vitest';
import { DURHAM, ENGLAND_CODE, NORTH_EAST_CODE, areaDirectory } from '../../../test/unit/builders/areas';
import { catalogue } from '../../../test/unit/builders/catalogue';
import { CLA_RATE, measure } from '../../../test/unit/builders/measure';
import { figure, period } from '../../../test/unit/builders/observation';
import type { Observation } from '../observations/observation';
import { ObservationIndex } from '../observations/series';
import { GRADES, type Grade } from '../readers/ofsted/grade';
import { LEADERSHIP_MEASURE } from '../readers/ofsted/leadership-measures';
import { spreadInWords, spreadOf } from '../text/judgements';
import { leadershipJudgementRow } from './judgement-row';
import { buildScorecard } from './scorecard';

const OFSTED = { file: 'ofsted/Inspections_as_at_31_March.csv', row: 1, publisher: 'Ofsted' };
const LEADERSHIP = GRADES.map((grade) =>
  measure('count', { id: LEADERSHIP_MEASURE[grade], polarity: 'no_polarity', decimalPlaces: 0 }),
);
const ENGLAND_COUNTS: Readonly<Record<Grade, number>> = {
  outstanding: 45,
  good: 60,
  requires_improvement: 33,
  inadequate: 15,
};
const REGION_COUNTS: Readonly<Record<Grade, number>> = {
  outstanding: 5,
  good: 3,
  requires_improvement: 3,
  inadequate: 1,
};

function counts(areaCode: string, byGrade: Readonly<Record<Grade, number>>, grades = GRADES): Observation[] {
  return grades.map((grade) =>
    figure(LEADERSHIP_MEASURE[grade], '2024/25', byGrade[grade], { areaCode, source: OFSTED }),
  );
}

function judged(grade: Grade): Observation {
  return figure(LEADERSHIP_MEASURE[grade], '2024/25', null, {
    status: 'not_applicable',
    note: `Ofsted judged the impact of County Durham’s leaders on social work practice ${grade} (inspection of 24 March 2025).`,
    source: OFSTED,
  });
}

/** The judgement row of County Durham's scorecard at `at`, its own 2021/22 figure beside Ofsted's 2024/25 sheet. */
function rowAt(at: string, reference: readonly Observation[]) {
  const scorecard = buildScorecard({
    catalogue: catalogue([CLA_RATE, ...LEADERSHIP]),
    areas: areaDirectory(),
    index: new ObservationIndex([figure(CLA_RATE.id, '2021/22 Q2', 90), ...reference]),
    area: DURHAM,
    period: period(at),
  });
  return leadershipJudgementRow(scorecard.sections.flatMap((section) => section.rows));
}

describe('leadershipJudgementRow', () => {
  it.each([
    { name: 'judged Good, at the sheet’s year', at: '2024/25', grade: 'good' as const },
    { name: 'judged Outstanding, at a quarter before the sheet', at: '2021/22 Q2', grade: 'outstanding' as const },
    { name: 'judged Inadequate', at: '2021/22 Q2', grade: 'inadequate' as const },
  ])('says the council’s judgement and England’s and the region’s spreads: $name', ({ at, grade }) => {
    const row = rowAt(at, [
      judged(grade),
      ...counts(ENGLAND_CODE, ENGLAND_COUNTS),
      ...counts(NORTH_EAST_CODE, REGION_COUNTS),
    ]);
    expect(row?.measures.map((found) => found.id)).toEqual(Object.values(LEADERSHIP_MEASURE));
    expect(row?.council?.grade).toBe(grade);
    expect(row?.council?.observation.note).toContain('inspection of 24 March 2025');
    expect(row?.spreads.map((spread) => spread && [spreadInWords(spread), spreadOf(spread)])).toEqual([
      ['Outstanding 45, Good 60, Requires improvement to be good 33, Inadequate 15', 'of 153 councils judged, 2024/25'],
      ['Outstanding 5, Good 3, Requires improvement to be good 3, Inadequate 1', 'of 12 councils judged, 2024/25'],
      null,
    ]);
  });

  it.each([
    {
      name: 'a council Ofsted has not judged',
      reference: [...counts(ENGLAND_CODE, ENGLAND_COUNTS), ...counts(NORTH_EAST_CODE, REGION_COUNTS)],
      council: null,
      spreads: [true, true, false],
    },
    {
      name: 'a region without a count for every judgement',
      reference: [
        judged('good'),
        ...counts(ENGLAND_CODE, ENGLAND_COUNTS),
        ...counts(NORTH_EAST_CODE, REGION_COUNTS, ['outstanding', 'good']),
      ],
      council: 'good',
      spreads: [true, false, false],
    },
  ])('leaves out what it cannot say: $name', ({ reference, council, spreads }) => {
    const row = rowAt('2021/22 Q2', reference);
    expect(row?.council?.grade ?? null).toBe(council);
    expect(row?.spreads.map((spread) => spread !== null)).toEqual(spreads);
  });

  it('is null for rows that hold no leadership judgement', () => {
    expect(rowAt('2021/22 Q2', [])).toBeNull();
  });
});
