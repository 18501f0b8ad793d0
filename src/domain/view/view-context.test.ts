import { describe, expect, it, test } from 'vitest';
import { areaCode } from '../areas/area-code';
import { AreaDirectory } from '../areas/area-directory';
import { withObservations } from '../dataset/dataset';
import { periodLabel } from '../periods/period-label';
import { dataset as buildDataset, neighbourModel } from '../../../test/unit/builders/dataset';
import { figure } from '../../../test/unit/builders/observation';
import { NO_VIEW_CHOICE, type ViewChoice } from './view-choice';
import { resolveView, type ViewNeeds } from './view-context';
import type { Framework } from '../catalogue/framework';

/** County Durham's rate of children in care in five periods, with the two DfE neighbour models. */
const sample = buildDataset({
  manifest: { defaultPeriod: '2021/22 Q2' },
  observations: ['2018/19', '2019/20', '2020/21', '2021/22 Q1', '2021/22 Q2'].map((label) =>
    figure('cla_rate', label, 90),
  ),
  statNeighbourModels: [
    neighbourModel('2021', { E06000047: ['E06000005', 'E06000001'] }),
    neighbourModel('2025', { E06000047: ['E06000005', 'E08000024'] }),
  ],
});
/** The same with one figure for Barnsley (E08000038), whose former code is E08000016. */
const withBarnsley = withObservations(sample, [
  ...sample.observations,
  figure('cla_rate', '2020/21', 80, { areaCode: 'E08000038' }),
]);

function choice(change: { area?: string; period?: string; neighbourModel?: string }): ViewChoice {
  return {
    ...NO_VIEW_CHOICE,
    ...(change.area === undefined ? {} : { area: areaCode(change.area) }),
    ...(change.period === undefined ? {} : { period: periodLabel(change.period) }),
    ...(change.neighbourModel === undefined ? {} : { neighbourModel: change.neighbourModel }),
  };
}

describe('resolveView for a page of figures', () => {
  it.each([
    { name: 'no choice', change: {}, area: 'E06000047', period: '2021/22 Q2', rules: [] },
    { name: 'the home LA', change: { area: 'E06000047' }, area: 'E06000047', period: '2021/22 Q2', rules: [] },
    { name: 'a period with figures', change: { period: '2020/21' }, area: 'E06000047', period: '2020/21', rules: [] },
    {
      name: 'a period written the papers’ way',
      change: { period: 'Q1 2021/22' },
      area: 'E06000047',
      period: '2021/22 Q1',
      rules: [],
    },
    {
      name: 'a region',
      change: { area: 'E12000001' },
      area: 'E06000047',
      period: '2021/22 Q2',
      rules: ['area_not_local_authority'],
    },
    {
      name: 'England',
      change: { area: 'E92000001' },
      area: 'E06000047',
      period: '2021/22 Q2',
      rules: ['area_not_local_authority'],
    },
    {
      name: 'an unknown code',
      change: { area: 'E99999999' },
      area: 'E06000047',
      period: '2021/22 Q2',
      rules: ['area_unknown'],
    },
    {
      name: 'an LA with no figures',
      change: { area: 'E06000001' },
      area: 'E06000047',
      period: '2021/22 Q2',
      rules: ['area_without_figures'],
    },
    {
      name: 'a former code whose council has no figures',
      change: { area: 'E08000016' },
      area: 'E06000047',
      period: '2021/22 Q2',
      rules: ['area_without_figures'],
    },
    {
      name: 'a period that cannot be read',
      change: { period: '2021/22 Q5' },
      area: 'E06000047',
      period: '2021/22 Q2',
      rules: ['period_unreadable'],
    },
    {
      name: 'a period without figures',
      change: { period: '2030/31' },
      area: 'E06000047',
      period: '2021/22 Q2',
      rules: ['period_without_figures'],
    },
    {
      name: 'an unknown model',
      change: { neighbourModel: '2019' },
      area: 'E06000047',
      period: '2021/22 Q2',
      rules: ['model_unknown'],
    },
    {
      name: 'a region and a bad period',
      change: { area: 'E12000001', period: 'soon' },
      area: 'E06000047',
      period: '2021/22 Q2',
      rules: ['area_not_local_authority', 'period_unreadable'],
    },
  ])('resolves $name to $area at $period, noting $rules', ({ change, area, period, rules }) => {
    const view = resolveView(sample, choice(change), 'figures');
    expect([view?.area.code, view?.period.label, view?.notices.map((notice) => notice.rule)]).toEqual([
      area,
      period,
      rules,
    ]);
  });

  it.each([
    {
      change: { area: 'E12000001' },
      message:
        'The link asked for North East (E12000001), which is a region, not a local authority, so County Durham is shown.',
      reason: 'E12000001 is North East, a region, not a local authority',
    },
    {
      change: { area: 'E99999999' },
      message: 'The link asked for area E99999999, which this data does not hold, so County Durham is shown.',
      reason: 'E99999999 is not an area code this data holds',
    },
    {
      change: { area: 'E06000001' },
      message:
        'The link asked for Hartlepool (E06000001), which has no figures in this data, so County Durham is shown.',
      reason: 'there are no figures for Hartlepool (E06000001)',
    },
    {
      change: { area: 'E08000016' },
      message:
        'The link asked for area E08000016, Barnsley’s code before ONS replaced it with E08000038; this data has no figures for Barnsley, so County Durham is shown.',
      reason:
        'E08000016 is Barnsley’s code before ONS replaced it with E08000038, and there are no figures for Barnsley',
    },
    {
      change: { period: '2030/31' },
      message: 'There are no figures for County Durham for 2030/31, so 2021/22 Q2 is shown.',
      reason: '2030/31 has no figures for County Durham (E06000047)',
    },
    {
      change: { neighbourModel: '2019' },
      message:
        'The link asked for statistical-neighbour model 2019, which this data does not hold, so DfE model 2025 is used.',
      reason: '2019 is not a statistical-neighbour model of the data folder',
    },
  ])('says why $change is not shown', ({ change, message, reason }) => {
    const [notice] = resolveView(sample, choice(change), 'figures')?.notices ?? [];
    expect([notice?.message, notice?.reason]).toEqual([message, reason]);
  });

  test('shows the council a former code stands for, saying so, when it has figures', () => {
    const view = resolveView(withBarnsley, choice({ area: 'E08000016' }), 'figures');
    expect([view?.area.name, view?.period.label, view?.notices.map((notice) => notice.message)]).toEqual([
      'Barnsley',
      '2020/21',
      [
        'The link asked for area E08000016, Barnsley’s code before ONS replaced it with E08000038, so Barnsley is shown.',
      ],
    ]);
  });

  test('offers the periods with figures, newest first, and the LAs with figures', () => {
    const view = resolveView(withBarnsley, NO_VIEW_CHOICE, 'figures');
    expect(view?.periods.map((period) => period.label)).toEqual([
      '2021/22 Q2',
      '2021/22 Q1',
      '2020/21',
      '2019/20',
      '2018/19',
    ]);
    // In areas.csv's order, as the area picker groups them itself.
    expect(view?.localAuthorities.map((area) => area.name)).toEqual(['County Durham', 'Barnsley']);
  });

  test.each([
    { change: {}, model: '2025', statistic: 'median' },
    { change: { neighbourModel: '2021' }, model: '2021', statistic: 'median' },
  ] as const)('uses model $model and the $statistic for $change', ({ change, model, statistic }) => {
    const view = resolveView(
      sample,
      { ...choice(change), neighbourStatistic: statistic, rankScope: 'england' },
      'figures',
    );
    expect([view?.neighbours?.model.label, view?.neighbours?.method, view?.rankScope]).toEqual([
      model,
      statistic,
      'england',
    ]);
  });

  const national: Framework = {
    id: 'national',
    title: 'National Framework',
    metrics: [
      { order: 1, group: 'Outcome 1', heading: 'Family stability', measureId: 'cla_rate', metric: '', source: '' },
    ],
  };
  const withFramework = { ...sample, frameworks: [national] };

  test.each([
    { framework: null, statistic: null, grouping: null, method: 'mean', rules: [] },
    { framework: 'national', statistic: null, grouping: 'national', method: 'median', rules: [] },
    { framework: 'national', statistic: 'mean', grouping: 'national', method: 'mean', rules: [] },
    { framework: null, statistic: 'median', grouping: null, method: 'median', rules: [] },
    { framework: 'dfe', statistic: null, grouping: null, method: 'mean', rules: ['framework_unknown'] },
  ] as const)(
    'groups by $grouping with the neighbours’ $method for framework $framework and statistic $statistic',
    ({ framework, statistic, grouping, method, rules }) => {
      const view = resolveView(
        withFramework,
        { ...NO_VIEW_CHOICE, framework, neighbourStatistic: statistic },
        'figures',
      );
      expect([
        view?.framework?.id ?? null,
        view?.neighbours?.method,
        view?.notices.map((notice) => notice.rule),
      ]).toEqual([grouping, method, rules]);
    },
  );

  test('says a grouping the data does not hold falls back to the key questions, and what to ask for', () => {
    const notice = resolveView(withFramework, { ...NO_VIEW_CHOICE, framework: 'dfe' }, 'figures')?.notices[0];
    expect(notice).toEqual({
      choice: 'framework',
      rule: 'framework_unknown',
      message:
        'The link asked for the grouping ‘dfe’, which this data does not hold, so the measures are grouped by the panel’s key questions.',
      reason: 'dfe is not a framework of the data folder',
      hint: 'Use national, or leave it out for the key questions.',
    });
  });

  test('opens on the latest period when the default period has no figures', () => {
    const dataset = { ...sample, manifest: { ...sample.manifest, defaultPeriod: '2022/23 Q1' } };
    expect(resolveView(dataset, NO_VIEW_CHOICE, 'figures')?.period.label).toBe('2021/22 Q2');
  });

  test.each([
    { name: 'no figures at all', dataset: withObservations(sample, []) },
    {
      name: 'no local authority',
      dataset: {
        ...sample,
        areas: new AreaDirectory(sample.areas.areas.filter((area) => area.type !== 'local_authority')),
      },
    },
  ])('gives nothing to show when there are $name', ({ dataset }) => {
    expect(resolveView(dataset, NO_VIEW_CHOICE, 'figures')).toBeNull();
  });
});

describe('resolveView for a page that needs only a local authority', () => {
  it.each([
    { name: 'no choice', change: {}, area: 'E06000047', rules: [] },
    { name: 'an LA with no figures', change: { area: 'E06000001' }, area: 'E06000001', rules: [] },
    { name: 'a region', change: { area: 'E12000001' }, area: 'E06000047', rules: ['area_not_local_authority'] },
    { name: 'an unknown code', change: { area: 'E99999999' }, area: 'E06000047', rules: ['area_unknown'] },
    { name: 'a former code', change: { area: 'E08000016' }, area: 'E08000038', rules: ['area_former_code'] },
    { name: 'a bad period, which it does not use', change: { period: 'soon' }, area: 'E06000047', rules: [] },
  ])('resolves $name to $area, noting $rules', ({ change, area, rules }) => {
    const view = resolveView(sample, choice(change), 'area' satisfies ViewNeeds);
    expect([view?.area.code, view?.notices.map((notice) => notice.rule)]).toEqual([area, rules]);
  });

  test('gives the same notice for a region as a page of figures does', () => {
    const region = choice({ area: 'E12000001' });
    expect(resolveView(sample, region, 'area')?.notices).toEqual(resolveView(sample, region, 'figures')?.notices);
  });

  test('has no period for an LA without figures', () => {
    expect(resolveView(sample, choice({ area: 'E06000001' }), 'area')?.period).toBeNull();
  });
});
