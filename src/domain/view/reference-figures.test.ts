/**
 * The view context's choice of period and area passes over reference figures (Dataset.reference:
 * Ofsted's judgements, read from the data folder whatever figures are shown): a 2024/25 Ofsted sheet
 * beside a council's 2021/22 figures leaves the scorecard at 2021/22 Q2, in the app (no default
 * period in the manifest, or a saved version's figures) as on the command line (no --period).
 */
import { describe, expect, it } from 'vitest';
import { areaCode } from '../areas/area-code';
import { withObservations } from '../dataset/dataset';
import { periodLabel } from '../periods/period-label';
import { dataset as buildDataset } from '../../../test/unit/builders/dataset';
import { figure } from '../../../test/unit/builders/observation';
import { NO_VIEW_CHOICE, type ViewChoice } from './view-choice';
import { resolveView } from './view-context';

const OFSTED = { file: 'ofsted/Inspections_as_at_31_March.csv', row: 4, publisher: 'Ofsted' };
const OWN = ['2020/21', '2021/22 Q1', '2021/22 Q2'].map((label) => figure('cla_rate', label, 90));
/** Ofsted's 2024/25 sheet: County Durham's and Hartlepool's judgements, and England's count. */
const REFERENCE = [
  figure('ofsted_leaders_good_count', '2024/25', null, { status: 'not_applicable', source: OFSTED }),
  figure('ofsted_leaders_good_count', '2024/25', null, {
    status: 'not_applicable',
    areaCode: 'E06000001',
    source: OFSTED,
  }),
  figure('ofsted_leaders_good_count', '2024/25', 60, { areaCode: 'E92000001', source: OFSTED }),
];

function choice(change: { area?: string; period?: string }): ViewChoice {
  return {
    ...NO_VIEW_CHOICE,
    ...(change.area === undefined ? {} : { area: areaCode(change.area) }),
    ...(change.period === undefined ? {} : { period: periodLabel(change.period) }),
  };
}

const published = buildDataset({ observations: OWN, reference: REFERENCE });
/** A saved version's figures in place of the published ones: the folder's reference figures stay. */
const version = withObservations(published, [...OWN, figure('cla_rate', '2021/22 Q3', 91)]);

describe('the period and area a page opens on pass over reference figures', () => {
  it.each([
    {
      name: 'the app, with no default period in the manifest',
      data: published,
      change: {},
      period: '2021/22 Q2',
      rules: [],
    },
    {
      name: 'the command line, which gives no default period',
      data: { ...published, manifest: { ...published.manifest, homeArea: 'E06000047', defaultPeriod: '' } },
      change: {},
      period: '2021/22 Q2',
      rules: [],
    },
    { name: 'a saved version’s figures', data: version, change: {}, period: '2021/22 Q3', rules: [] },
    {
      name: 'a period only the reference figures have',
      data: published,
      change: { period: '2024/25' },
      period: '2021/22 Q2',
      rules: ['period_without_figures'],
    },
    {
      name: 'a council with only reference figures',
      data: published,
      change: { area: 'E06000001' },
      period: '2021/22 Q2',
      rules: ['area_without_figures'],
    },
  ])('$name: $period', ({ data, change, period, rules }) => {
    const view = resolveView(data, choice(change), 'figures');
    expect(view?.area.code).toBe('E06000047');
    expect(view?.period.label).toBe(period);
    expect(view?.notices.map((notice) => notice.rule)).toEqual(rules);
  });

  it.each([
    { name: 'published', data: published, periods: ['2021/22 Q2', '2021/22 Q1', '2020/21'] },
    { name: 'a saved version', data: version, periods: ['2021/22 Q3', '2021/22 Q2', '2021/22 Q1', '2020/21'] },
  ])('offers only the council’s own periods ($name) and lists only councils with figures', ({ data, periods }) => {
    const view = resolveView(data, choice({}), 'figures');
    expect(view?.periods.map((found) => found.label)).toEqual(periods);
    expect(view?.localAuthorities.map((area) => area.code)).toEqual(['E06000047']);
  });

  it.each([
    { name: 'published', data: published },
    { name: 'a saved version', data: version },
  ])('keeps the reference figures in the index for the scorecard to show ($name)', ({ data }) => {
    expect(data.index.seriesOf('ofsted_leaders_good_count', 'E92000001').map((found) => found.value)).toEqual([60]);
    expect(data.index.seriesOf('ofsted_leaders_good_count', 'E06000047')).toHaveLength(1);
  });
});
