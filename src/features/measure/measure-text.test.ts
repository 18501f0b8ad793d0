import { describe, expect, test } from 'vitest';
import type { Area } from '../../domain/areas/area';
import { parsePeriod, type Period } from '../../domain/periods/period';
import { buildScorecard } from '../../domain/scorecard/scorecard';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { latestPositionText } from './measure-text';

const dataset = loadSampleDataset();
const durham = dataset.areas.find('E06000047') as Area;
const scorecard = buildScorecard({
  catalogue: dataset.catalogue,
  areas: dataset.areas,
  index: dataset.index,
  area: durham,
  period: period('2021/22 Q2'),
});
const rows = new Map(scorecard.sections.flatMap((section) => section.rows).map((row) => [row.measure.id, row]));

function period(label: string): Period {
  const parsed = parsePeriod(label);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.period;
}

describe('latestPositionText', () => {
  test.each([
    [
      'cla_rate',
      '90.0 per 10,000 children at Q2 2021/22 (912 children). England 67.0, North East 108.0, statistical neighbours 102.0 (2019/20). This measure has no good or bad direction, so it is not rated against England, the North East or the statistical neighbours.',
    ],
    [
      'care_leavers_17_18_eet',
      '70.0% at Q2 2021/22. England 64.0%, North East 63.0%, statistical neighbours 68.0% (2019/20). Better than England and the North East, and similar to the statistical neighbours.',
    ],
    [
      'cla_missing_percent',
      '7.3% in 2020/21 (provisional). Reported annually for Q2 2021/22. England 11.0%, North East 10.0%, statistical neighbours 11.0% (2019/20). Better than England, the North East and the statistical neighbours.',
    ],
    [
      'cla_permanent_exclusions_percent',
      '0.0% in 2018/19. Reported annually for Q2 2021/22. England 0.1% (2016/17). Better than England.',
    ],
    ['cla_on_cevt_percent', '17.2% at Q2 2021/22 (29 of 169).'],
  ])('describes the latest position of %s', (id, text) => {
    expect(latestPositionText(rows.get(id) as NonNullable<ReturnType<typeof rows.get>>)).toBe(text);
  });
});
