import { describe, expect, test } from 'vitest';
import type { Area } from '../../domain/areas/area';
import { parsePeriod, type Period } from '../../domain/periods/period';
import { buildScorecard } from '../../domain/scorecard/scorecard';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { latestPositionText, trendSummary } from './measure-text';

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

function measure(id: string) {
  const found = dataset.measuresById.get(id);
  if (!found) throw new Error(`no measure ${id}`);
  return found;
}

function points(...pairs: [string, number][]) {
  return pairs.map(([label, value]) => ({ period: period(label), value }));
}

describe('latestPositionText', () => {
  test.each([
    [
      'cla_rate',
      '90 per 10,000 children at 2021/22 Q2 (912 children). England 67, North East 108, statistical neighbours 102 (2019/20).',
    ],
    ['care_leavers_17_18_eet', '70% at 2021/22 Q2. England 64%, North East 63%, statistical neighbours 68% (2019/20).'],
    [
      'cla_missing_percent',
      '7.3% in 2020/21 (provisional). Reported annually for 2021/22 Q2. England 11%, North East 10%, statistical neighbours 11% (2019/20).',
    ],
    ['cla_permanent_exclusions_percent', '0% in 2018/19. Reported annually for 2021/22 Q2. England 0.1% (2016/17).'],
    ['cla_on_cevt_percent', '17.2% at 2021/22 Q2 (29 of 169).'],
  ])('describes the latest position of %s', (id, text) => {
    expect(latestPositionText(rows.get(id) as NonNullable<ReturnType<typeof rows.get>>)).toBe(text);
  });
});

describe('trendSummary', () => {
  test("describes the seed's rate of children looked after", () => {
    const cla = points(['2018/19', 82.9], ['2019/20', 90], ['2020/21', 93.5], ['2021/22 Q1', 92.7], ['2021/22 Q2', 90]);
    expect(trendSummary(measure('cla_rate'), cla)).toBe(
      'Children in care per 10,000 rose from 82.9 in 2018/19 to 93.5 in 2020/21, then fell to 90 at 2021/22 Q2.',
    );
  });

  test.each([
    { name: 'a single figure', input: points(['2020/21', 10]), text: 'There is one figure so far: 10% in 2020/21.' },
    { name: 'no figures', input: [], text: 'There are no figures to show a trend.' },
    {
      name: 'a flat run then a fall',
      input: points(['2018/19', 10], ['2019/20', 10], ['2020/21', 8]),
      text: '3 or more placements in the year stayed at 10% from 2018/19 to 2019/20, then fell to 8% in 2020/21.',
    },
    {
      name: 'a fall then a rise',
      input: points(['2018/19', 10.7], ['2019/20', 7.6], ['2020/21', 7.7]),
      text: '3 or more placements in the year fell from 10.7% in 2018/19 to 7.6% in 2019/20, then rose to 7.7% in 2020/21.',
    },
  ])('describes $name', ({ input, text }) => {
    expect(trendSummary(measure('cla_3plus_placements'), input)).toBe(text);
  });
});
