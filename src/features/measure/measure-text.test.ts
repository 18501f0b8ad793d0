import { describe, expect, test } from 'vitest';
import { DURHAM, ENGLAND_CODE, NORTH_EAST_CODE, areaDirectory } from '../../../test/unit/builders/areas';
import { catalogue } from '../../../test/unit/builders/catalogue';
import { CARE_LEAVERS_EET, CLA_RATE, measure } from '../../../test/unit/builders/measure';
import { figure, period } from '../../../test/unit/builders/observation';
import { ObservationIndex } from '../../domain/observations/series';
import { buildScorecard } from '../../domain/scorecard/scorecard';
import { latestPositionText } from './measure-text';

const MISSING = measure('percent', { id: 'cla_missing_percent', polarity: 'lower_is_better', frequency: 'annual' });
const EXCLUSIONS = measure('percent', { id: 'cla_permanent_exclusions_percent', polarity: 'lower_is_better' });
const CEVT = measure('percent', { id: 'cla_on_cevt_percent', polarity: 'no_polarity' });
const comparators = (measureId: string, england: number, region: number, neighbours: number) => [
  figure(measureId, '2019/20', england, { areaCode: ENGLAND_CODE }),
  figure(measureId, '2019/20', region, { areaCode: NORTH_EAST_CODE }),
  figure(measureId, '2019/20', neighbours, { areaCode: 'SN:E06000047' }),
];
const scorecard = buildScorecard({
  catalogue: catalogue([CLA_RATE, CARE_LEAVERS_EET, MISSING, EXCLUSIONS, CEVT]),
  areas: areaDirectory(),
  index: new ObservationIndex([
    figure(CLA_RATE.id, '2021/22 Q2', 90, { numerator: 912 }),
    ...comparators(CLA_RATE.id, 67, 108, 102),
    figure(CARE_LEAVERS_EET.id, '2021/22 Q2', 70),
    ...comparators(CARE_LEAVERS_EET.id, 64, 63, 68),
    figure(MISSING.id, '2020/21', 7.3, { status: 'provisional' }),
    figure(MISSING.id, '2021/22 Q2', null, { status: 'reported_annually' }),
    ...comparators(MISSING.id, 11, 10, 11),
    figure(EXCLUSIONS.id, '2018/19', 0),
    figure(EXCLUSIONS.id, '2021/22 Q2', null, { status: 'reported_annually' }),
    figure(EXCLUSIONS.id, '2016/17', 0.1, { areaCode: ENGLAND_CODE }),
    figure(CEVT.id, '2021/22 Q2', 17.2, { numerator: 29, denominator: 169 }),
  ]),
  area: DURHAM,
  period: period('2021/22 Q2'),
});
const rows = new Map(scorecard.sections.flatMap((section) => section.rows).map((row) => [row.measure.id, row]));

describe('latestPositionText', () => {
  test.each([
    [
      'cla_rate',
      '90.0 per 10,000 children at Q2 2021/22 (912 children). England 67.0, North East 108.0, statistical neighbours 102.0 (2019/20). This measure has no good or bad direction, so it is not rated against England, the North East or the statistical neighbours.',
    ],
    [
      'care_leavers_19_21_eet',
      '70.0% at Q2 2021/22. England 64.0%, North East 63.0%, statistical neighbours 68.0% (2019/20). Better than England and the North East, and similar to the statistical neighbours.',
    ],
    [
      'cla_missing_percent',
      '7.3% in 2020/21 (provisional). Reported annually for Q2 2021/22. England 11.0%, North East 10.0%, statistical neighbours 11.0% (2019/20). Better than England, the North East and the statistical neighbours.',
    ],
    [
      'cla_permanent_exclusions_percent',
      '0.0% in 2018/19. Reported annually for Q2 2021/22. England 0.1% (2016/17). Similar to England.',
    ],
    ['cla_on_cevt_percent', '17.2% at Q2 2021/22 (29 of 169).'],
  ])('describes the latest position of %s', (id, text) => {
    const row = rows.get(id);
    expect(row && latestPositionText(row)).toBe(text);
  });
});

describe('latestPositionText for a council’s Ofsted judgement (a reference figure after the period)', () => {
  const LEADERS_GOOD = measure('count', { id: 'ofsted_leaders_good_count', polarity: 'no_polarity', decimalPlaces: 0 });
  const ofsted = { file: 'ofsted/Inspections_as_at_31_March.csv', row: 1, publisher: 'Ofsted' };
  const judged = buildScorecard({
    catalogue: catalogue([LEADERS_GOOD]),
    areas: areaDirectory(),
    index: new ObservationIndex([
      figure(LEADERS_GOOD.id, '2024/25', null, {
        status: 'not_applicable',
        note: 'Ofsted judged the impact of County Durham’s leaders on social work practice Good (inspection of 1 May 2024).',
        source: ofsted,
      }),
      figure(LEADERS_GOOD.id, '2024/25', 60, { areaCode: ENGLAND_CODE, source: ofsted }),
      figure(LEADERS_GOOD.id, '2024/25', 3, { areaCode: NORTH_EAST_CODE, source: ofsted }),
    ]),
    area: DURHAM,
    period: period('2021/22 Q2'),
  });

  test('says the judgement in words and the counts beside it, each with its period', () => {
    const row = judged.sections[0]?.rows[0];
    expect(row && latestPositionText(row)).toBe(
      'Not applicable in 2024/25: Ofsted judged the impact of County Durham’s leaders on social work practice Good (inspection of 1 May 2024). England 60 (2024/25), North East 3 (2024/25).',
    );
  });
});
