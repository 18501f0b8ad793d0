/**
 * The shipped sample: the real data/ folder, read by the loader the app and the command line use.
 * These are the only unit tests that read data/ for its figures (the component tests load it through
 * the app's real fetch path): an edit to data/ should break these, and no test of a rule.
 */
import { describe, expect, it, test } from 'vitest';
import { readStatNeighbours } from '../../src/domain/comparison/neighbours';
import { ObservationIndex } from '../../src/domain/observations/series';
import { day } from '../ssda903/builders';
import { MEASURES_903, BREAKDOWNS_903 } from '../../src/domain/ssda903/measures';
import { populationFor, readPopulation } from '../../src/domain/ssda903/population';
import { readSampleFolder } from './sample-dataset';
import { AreaDirectory, readAreas } from '../../src/domain/areas/area-directory';
import { readRepoCsv, realCatalogue } from './tables';

const sample = readSampleFolder();
const dataset = sample.value;
if (!dataset) throw new Error('data/ did not load');

describe('the shipped sample data folder (data/)', () => {
  it('loads with no problems at all, warnings included', () => {
    expect(sample.problems).toEqual([]);
  });

  it("is County Durham's Performance Management Framework at 2021/22 Q2", () => {
    expect(dataset.manifest.homeArea).toBe('E06000047');
    expect(dataset.manifest.defaultPeriod).toBe('2021/22 Q2');
    expect(dataset.areas.find('E06000047')?.name).toBe('County Durham');
  });

  it('holds the catalogue, every council in England and the two neighbour models', () => {
    // The seed's 54 measures, 6 that DfE's files give (issue 12: care leavers not in education or
    // work and not known, SDQ completion, new placements over 20 miles) and 16 of the National
    // Framework's metrics (issue 19: absence, attainment, plans of 2 years or more, school moves;
    // then factors at assessment, hospital admissions, Ofsted's leadership, the 3 spending measures
    // and the 9 of files not shipped: UASC, reasons for ceasing, placements on 31 March, ethnicity).
    expect(dataset.catalogue.measures).toHaveLength(113);
    expect(dataset.areas.localAuthorities()).toHaveLength(158);
    expect(dataset.statNeighbourModels.map((model) => model.label)).toEqual(['2021', '2025']);
    expect(dataset.dfeMeasureMap).not.toBeNull();
    // data/observations/county-durham-2021-22-q2.csv, the manifest's one observations file
    expect(dataset.observations).toHaveLength(277);
  });

  it("holds Ofsted's leadership judgements as reference figures, which leave the scorecard at 2021/22 Q2", () => {
    // ofsted/Inspections_as_at_31_March.csv, the manifest's ofstedLeadership: for 2024/25.
    expect(new Set(dataset.reference.map((observation) => observation.period.label))).toEqual(new Set(['2024/25']));
    expect(dataset.reference.filter((observation) => observation.areaCode === 'E06000047')).not.toEqual([]);
    expect(dataset.index.periodsOf('E06000047').map((period) => period.label)).not.toContain('2024/25');
  });

  it("holds the National Framework's 68 metrics in DfE's order under its four outcomes and three enablers", () => {
    const national = dataset.frameworks.find((framework) => framework.id === 'national');
    expect(national?.title).toBe("Children's Social Care National Framework");
    expect(national?.metrics.map((metric) => metric.order)).toEqual(Array.from({ length: 68 }, (_, at) => at + 1));
    expect([...new Set(national?.metrics.map((metric) => metric.group))]).toEqual([
      'Outcome 1: Children, young people and families stay together',
      'Outcome 2: Children and young people are safe in and outside of their home',
      'Outcome 3: Children and young people are supported by their family network',
      'Outcome 4: Children in care and care leavers have stable, loving homes',
      'Enabler: Leaders drive conditions for effective practice',
      'Enabler: The workforce is equipped and effective',
    ]);
    expect(national?.metrics[0]).toMatchObject({
      heading: 'Access to support and getting help',
      metric: 'Rate of children in need, per 10,000 children',
      measureId: 'cin_rate',
    });
  });

  it("gives County Durham's children in care per 10,000 as the seed's scorecard does", () => {
    const series = new ObservationIndex(dataset.observations).seriesOf('cla_rate', 'E06000047');
    expect(series.map((observation) => [observation.period.label, observation.value])).toEqual([
      ['2018/19', 82.9],
      ['2019/20', 90],
      ['2020/21', 93.5],
      ['2021/22 Q1', 92.7],
      ['2021/22 Q2', 90],
    ]);
  });

  it.each([
    { file: 'data/stat-neighbours-2021.csv', label: '2021', las: 156 },
    { file: 'data/stat-neighbours-2025.csv', label: '2025', las: 153 },
  ])('reads $file without problems: model $label, $las LAs with ten neighbours each', ({ file, label, las }) => {
    const read = readStatNeighbours(readRepoCsv(file).value, dataset.areas);
    expect(read.problems).toEqual([]);
    expect(read.value.label).toBe(label);
    expect(read.value.neighboursOf.size).toBe(las);
    expect(
      [...read.value.neighboursOf.values()].every(
        (list) => list.length === 10 && list.every((neighbour, at) => neighbour.rank === at + 1),
      ),
    ).toBe(true);
  });

  it.each(MEASURES_903.map((definition) => [definition.id, definition] as const))(
    'has %s, a measure the 903 engine computes, rounded to the same decimal places',
    (id, definition) => {
      expect(dataset.measuresById.get(id)?.decimalPlaces).toBe(definition.decimals);
    },
  );

  it('has the chart rows the 903 engine fills with breakdowns', () => {
    expect(dataset.measuresById.get('cla_placement_mix')?.unit).toBe('chart');
    expect(dataset.measuresById.get('cla_age_and_time_in_care')?.unit).toBe('chart');
    expect(BREAKDOWNS_903.map((breakdown) => breakdown.id)).toContain('cla_placement_mix');
  });

  it("reads the ONS population table without problems, with DfE's denominators", () => {
    const population = readPopulation(readRepoCsv('data/population-0-17.csv').value);
    expect(population.problems).toEqual([]);
    expect(population.value.byArea.size).toBeGreaterThan(150);
    // DfE's own rates use these (SPEC §3.4): the 2025 England rate on mid-2024, 2021 on mid-2020.
    expect(populationFor(population.value, 'E92000001', day('31/03/2025'))?.population).toBe(12_183_016);
    expect(populationFor(population.value, 'E92000001', day('31/03/2021'))?.population).toBe(11_787_794);
    expect(populationFor(population.value, 'E06000047', day('31/03/2025'))?.population).toBe(100_432);
  });
});

describe('the shipped catalogue (data/key-questions.csv, data/measures.csv)', () => {
  const catalogue = realCatalogue();

  test('reads data/key-questions.csv and data/measures.csv with no problems', () => {
    expect(catalogue.problems).toEqual([]);
  });

  test('has the seven key questions of the County Durham scorecard, in order', () => {
    expect(catalogue.value.keyQuestions.map((question) => question.id)).toEqual([
      'characteristics',
      'partners',
      'voice',
      'aspirations',
      'stability',
      'health',
      'care_leavers',
    ]);
  });

  test('holds the measures the panel reports on', () => {
    expect(catalogue.value.measures.map((measure) => measure.id)).toEqual(
      expect.arrayContaining([
        'cla_rate',
        'cla_placed_over_20_miles',
        'cla_uasc_percent',
        'cla_missing_percent',
        'cla_3plus_placements',
        'cla_long_term_stability',
        'adoption_a1_days',
        'adoption_a2_days',
        'cla_adopted_percent',
        'cla_health_assessments',
        'cla_dental_checks',
        'care_leavers_17_18_eet',
        'care_leavers_17_18_suitable_accommodation',
        'care_leavers_19_21_eet',
        'care_leavers_19_21_suitable_accommodation',
      ]),
    );
  });

  it.each([
    { id: 'cla_rate', unit: 'rate_per_10k', polarity: 'no_polarity', keyQuestionId: 'characteristics' },
    { id: 'cla_uasc_percent', unit: 'percent', polarity: 'no_polarity', keyQuestionId: 'characteristics' },
    { id: 'cla_missing_percent', unit: 'percent', polarity: 'no_polarity', keyQuestionId: 'partners' },
    { id: 'cla_substance_misuse', unit: 'percent', polarity: 'lower_is_better', keyQuestionId: 'health' },
    { id: 'cla_3plus_placements', unit: 'percent', polarity: 'lower_is_better', keyQuestionId: 'stability' },
    { id: 'adoption_a1_days', unit: 'days', polarity: 'lower_is_better', keyQuestionId: 'stability' },
    { id: 'cla_dental_checks', unit: 'percent', polarity: 'higher_is_better', keyQuestionId: 'health' },
    { id: 'care_leavers_19_21_eet', unit: 'percent', polarity: 'higher_is_better', keyQuestionId: 'care_leavers' },
  ])('reads $id as a $unit measure, $polarity, under $keyQuestionId', ({ id, unit, polarity, keyQuestionId }) => {
    expect(catalogue.value.measures.find((measure) => measure.id === id)).toMatchObject({
      unit,
      polarity,
      keyQuestionId,
    });
  });
});

describe('the shipped areas (data/areas.csv)', () => {
  const csv = readRepoCsv('data/areas.csv');
  const read = readAreas(csv.value);
  const areas = new AreaDirectory(read.value);
  const localAuthorities = areas.localAuthorities();

  test('reads with no problems', () => {
    expect([...csv.problems, ...read.problems]).toEqual([]);
  });

  it.each([
    { type: 'country', count: 1 },
    { type: 'region', count: 9 },
    // 153 councils of today and 5 abolished since 2019: Bournemouth, Poole, Dorset County, Northamptonshire, Cumbria.
    { type: 'local_authority', count: 158 },
  ])('lists $count areas of type $type', ({ type, count }) => {
    expect(read.value.filter((area) => area.type === type)).toHaveLength(count);
  });

  test('gives England as the country', () => {
    expect(areas.england()).toEqual({
      code: 'E92000001',
      name: 'England',
      type: 'country',
      regionCode: '',
      oldLaCode: '',
      formerCodes: [],
    });
  });

  test('gives every local authority a region that is listed as a region', () => {
    expect(localAuthorities.filter((area) => areas.find(area.regionCode)?.type !== 'region')).toEqual([]);
  });

  it.each([
    { code: 'E06000047', name: 'County Durham', regionCode: 'E12000001', oldLaCode: '840', formerCodes: [] },
    { code: 'E06000001', name: 'Hartlepool', regionCode: 'E12000001', oldLaCode: '805', formerCodes: [] },
    { code: 'E06000023', name: 'Bristol, City of', regionCode: 'E12000009', oldLaCode: '801', formerCodes: [] },
    { code: 'E08000038', name: 'Barnsley', regionCode: 'E12000003', oldLaCode: '370', formerCodes: ['E08000016'] },
    { code: 'E08000039', name: 'Sheffield', regionCode: 'E12000003', oldLaCode: '373', formerCodes: ['E08000019'] },
  ])('lists $name ($code) in region $regionCode', ({ code, name, regionCode, oldLaCode, formerCodes }) => {
    expect(areas.find(code)).toMatchObject({ code, name, type: 'local_authority', regionCode, oldLaCode, formerCodes });
  });

  // Each fact from DfE's las.csv (days) and the structural changes orders (who replaced whom): PROVENANCE.md.
  it.each([
    { code: 'E10000021', name: 'Northamptonshire', to: '2021-03-31', replacedBy: ['E06000061', 'E06000062'] },
    { code: 'E10000006', name: 'Cumbria', to: '2023-03-31', replacedBy: ['E06000063', 'E06000064'] },
    { code: 'E06000028', name: 'Bournemouth', to: '2019-03-31', replacedBy: ['E06000058'] },
    { code: 'E06000029', name: 'Poole', to: '2019-03-31', replacedBy: ['E06000058'] },
    { code: 'E10000009', name: 'Dorset', to: '2019-03-31', replacedBy: ['E06000058', 'E06000059'] },
  ])('keeps $name ($code), abolished on $to, replaced by $replacedBy', ({ code, name, to, replacedBy }) => {
    expect(areas.find(code)).toMatchObject({ name, to, replacedBy });
    for (const successor of replacedBy) expect(areas.find(successor)?.replaces).toContain(code);
  });

  it.each([
    { code: 'E06000061', from: '2021-04-01', replaces: ['E10000021'], jointReturn: 'E06000061 / E06000062' },
    { code: 'E06000062', from: '2021-04-01', replaces: ['E10000021'], jointReturn: 'E06000061 / E06000062' },
    { code: 'E06000063', from: '2023-04-01', replaces: ['E10000006'], jointReturn: 'E06000063 / E06000064' },
    {
      code: 'E06000058',
      from: '2019-04-01',
      replaces: ['E06000028', 'E06000029', 'E10000009'],
      jointReturn: undefined,
    },
    // A code change, not a new council: Barnsley existed before its code E08000038 began.
    { code: 'E08000038', from: '2009-01-01', replaces: undefined, jointReturn: undefined },
  ])('says $code began on $from, replacing $replaces', ({ code, from, replaces, jointReturn }) => {
    const area = areas.find(code);
    expect({ from: area?.from, replaces: area?.replaces, jointReturn: area?.jointReturn }).toEqual({
      from,
      replaces,
      jointReturn,
    });
  });
});
