import { describe, expect, it, test } from 'vitest';
import { measure } from '../../../test/unit/builders/measure';
import { buildScorecard } from '../scorecard/scorecard';
import { DURHAM } from '../../../test/unit/builders/areas';
import { dataset } from '../../../test/unit/builders/dataset';
import { figure, period } from '../../../test/unit/builders/observation';
import { trendLabel, trendSentence } from './trend';

const RATE = measure('rate_per_10k', { shortTitle: 'Children in care per 10,000' });
const PERCENT = measure('percent', { shortTitle: '3 or more placements in the year' });
const DAYS = measure('days', { shortTitle: 'Days from entering care to adoption', decimalPlaces: 0 });

function points(...pairs: [string, number | null][]) {
  return pairs.map(([label, value]) => ({ period: period(label), value }));
}

describe('trendSentence', () => {
  it.each([
    {
      name: "the seed's rate of children looked after",
      of: RATE,
      input: points(['2018/19', 82.9], ['2019/20', 90], ['2020/21', 93.5], ['2021/22 Q1', 92.7], ['2021/22 Q2', 90]),
      text: 'Children in care per 10,000 rose from 82.9 in 2018/19 to 93.5 in 2020/21, then fell to 90.0 at Q2 2021/22.',
    },
    {
      name: 'a single figure',
      of: PERCENT,
      input: points(['2020/21', 10]),
      text: '3 or more placements in the year has one figure so far: 10.0% in 2020/21.',
    },
    { name: 'no figures', of: PERCENT, input: [], text: 'There are no figures to show a trend.' },
    {
      name: 'only gaps',
      of: PERCENT,
      input: points(['2020/21', null], ['2021/22', null]),
      text: 'There are no figures to show a trend.',
    },
    {
      name: 'a flat run then a fall',
      of: PERCENT,
      input: points(['2018/19', 10], ['2019/20', 10], ['2020/21', 8]),
      text: '3 or more placements in the year stayed at 10.0% from 2018/19 to 2019/20, then fell to 8.0% in 2020/21.',
    },
    {
      name: 'a fall then a rise',
      of: PERCENT,
      input: points(['2018/19', 10.7], ['2019/20', 7.6], ['2020/21', 7.7]),
      text: '3 or more placements in the year fell from 10.7% in 2018/19 to 7.6% in 2019/20, then rose to 7.7% in 2020/21.',
    },
    {
      name: 'a rise then a flat run, passing over a gap',
      of: DAYS,
      input: points(['2018/19', 400], ['2019/20', null], ['2020/21', 450], ['2021/22', 450]),
      text: 'Days from entering care to adoption rose from 400 days in 2018/19 to 450 days in 2020/21, then stayed at 450 days to 2021/22.',
    },
    {
      name: 'quarters, which are points in a year',
      of: RATE,
      input: points(['2021/22 Q1', 92.7], ['2021/22 Q2', 90]),
      text: 'Children in care per 10,000 fell from 92.7 at Q1 2021/22 to 90.0 at Q2 2021/22.',
    },
  ])('describes $name', ({ of, input, text }) => {
    expect(trendSentence(of, input)).toBe(text);
  });
});

describe('trendLabel', () => {
  test('says every plotted figure and every gap in words', () => {
    const cevt = measure('percent', { id: 'cla_on_cevt_percent', shortTitle: 'Exploitation tracker: share in care' });
    const data = dataset({
      measures: [cevt],
      observations: [figure(cevt.id, '2021/22 Q1', 15.9), figure(cevt.id, '2021/22 Q2', 17.2)],
    });
    const scorecard = buildScorecard({ ...data, area: DURHAM, period: period('2021/22 Q2') });
    const row = scorecard.sections
      .flatMap((section) => section.rows)
      .find((row) => row.measure.id === 'cla_on_cevt_percent');
    expect(row && trendLabel(row, scorecard.columns)).toBe(
      'Trend for Exploitation tracker: share in care: no figure in 2018/19, no figure in 2019/20, no figure in 2020/21, 15.9% in Q1 2021/22, 17.2% in Q2 2021/22',
    );
  });
});
