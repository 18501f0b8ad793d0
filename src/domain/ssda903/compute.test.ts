import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../test/unit/tables';
import { day, episode, prepared, table903 } from '../../../test/ssda903/builders';
import {
  BROOK_AREA,
  BROOK_BREAKDOWNS_2022,
  BROOK_FIGURES_2022,
  BROOK_POPULATION_CSV,
  BROOK_POSTCODES_CSV,
  brookTables,
} from '../../../test/ssda903/brook';
import type { Observation } from '../observations/observation';
import { availabilityOf, figuresAt, type Figures903 } from './compute';
import { readPopulation } from './population';
import { figuresSeries, seriesDates } from './series';
import { ukText } from './days';

const population = readPopulation(csvTable('population.csv', BROOK_POPULATION_CSV)).value;
const options = { areaCode: BROOK_AREA, population };
const brook = prepared([...brookTables(), csvTable('postcodes.csv', BROOK_POSTCODES_CSV)]);

function rows(figures: Figures903) {
  return figures.observations.map((item) => [
    item.measureId,
    item.period.label,
    item.value,
    item.numerator,
    item.denominator,
    item.status,
  ]);
}

function byId(figures: Figures903, id: string): Observation {
  const found = figures.observations.find((item) => item.measureId === id);
  if (!found) throw new Error(id);
  return found;
}

describe('the 903 engine on a return worked by hand', () => {
  const year = figuresAt(brook, day('31/03/2022'), options);

  it('finds no data-quality problem in it', () => {
    expect(brook.quality.results.filter((result) => result.records > 0)).toEqual([]);
  });

  it('gives exactly the figures worked out by hand at 31 March', () => {
    expect(rows(year)).toEqual(BROOK_FIGURES_2022);
  });

  it('gives exactly the breakdowns worked out by hand', () => {
    const shown = year.breakdowns
      .filter((figure) => (figure.count ?? 0) > 0)
      .map((figure) => [
        figure.breakdownId,
        figure.categories.map((category) => category.key).join(' × '),
        figure.count,
        figure.percent,
      ]);
    expect(shown).toEqual(BROOK_BREAKDOWNS_2022);
    expect(year.breakdowns.every((figure) => figure.total === 5 && figure.period.label === '2021/22')).toBe(true);
  });

  it('says in each note what the figure covers', () => {
    expect(byId(year, 'cla_count').note).toBe('At 31/03/2022.');
    expect(byId(year, 'cla_3plus_placements').note).toBe('Year ending 31/03/2022.');
    expect(byId(year, 'cla_rate').note).toBe(
      'At 31/03/2022. Population: ONS mid-2021 estimate of children aged 0 to 17 (10,000).',
    );
    expect(byId(year, 'adoption_a1_days').note).toBe(
      'Three years ending 31/03/2022. Needs episodes from 01/04/2019; the files start on 01/04/2020.',
    );
    expect(byId(year, 'adoption_a1_days_one_year').note).toBe('Year ending 31/03/2022. 1 child adopted.');
  });

  it('labels a quarter end as the quarter, with rolling and year-to-date notes, OC2 reported annually', () => {
    const quarter = figuresAt(brook, day('30/09/2021'), options);
    expect(new Set(quarter.observations.map((item) => item.period.label))).toEqual(new Set(['2021/22 Q2']));
    expect(byId(quarter, 'cla_count')).toMatchObject({ value: 4 }); // k1, k2, k3 and k6
    expect(byId(quarter, 'cla_3plus_placements').note).toBe('Rolling 12 months, 01/10/2020 to 30/09/2021.');
    expect(byId(quarter, 'care_leavers_19_21_eet').note).toMatch(/^Year to date, 01\/04\/2021 to 30\/09\/2021\./);
    expect(byId(quarter, 'cla_health_assessments').status).toBe('reported_annually');
  });

  it('notes the figures that count a child whose records break a rule', () => {
    const tables = brookTables().map((table) =>
      table.fileName === 'episodes.csv'
        ? table903('episodes', [
            ...table.records.map((record) => record.cells),
            episode('k3', '01/05/2021', '', { PLACE: 'Q9' }),
          ])
        : table,
    );
    const broken = figuresAt(prepared(tables), day('31/03/2022'), options);
    expect(byId(broken, 'cla_count').note).toContain(
      'Data quality: 1 child of the 5 counted has records breaking rules 7 and 11 of the data-quality report.',
    );
    expect(byId(broken, 'care_leavers_17_18_eet').note).not.toContain('Data quality');
  });

  it('says what a missing table stops, and gives those figures as not available', () => {
    const withoutMissing = prepared(brookTables().filter((table) => table.fileName !== 'missing.csv'));
    const availability = availabilityOf(withoutMissing, options).find((entry) => entry.id === 'cla_missing_percent');
    expect(availability).toMatchObject({ computable: false, missing: ['missing'] });
    expect(availability?.reason).toBe('Needs the Missing table (missing.csv: periods missing or away from placement).');
    const figures = figuresAt(withoutMissing, day('31/03/2022'), options);
    expect(byId(figures, 'cla_missing_percent')).toMatchObject({ value: null, status: 'not_available' });
    expect(byId(figures, 'cla_placed_over_20_miles').note).toContain('postcode lookup file');
    expect(figures.breakdowns.some((figure) => figure.breakdownId === 'cla_placement_distance')).toBe(false);
  });

  it('gives no rate for an area the population table does not hold', () => {
    const figures = figuresAt(brook, day('31/03/2022'), { areaCode: 'E06000047', population });
    expect(byId(figures, 'cla_rate')).toMatchObject({ value: null, status: 'not_available' });
    expect(byId(figures, 'cla_count')).toMatchObject({ value: 5 });
  });
});

describe('series over the span of the return', () => {
  it.each([
    ['month', '15/01/2021', '31/05/2021', ['31/01/2021', '28/02/2021', '31/03/2021', '30/04/2021', '31/05/2021']],
    [
      'quarter',
      '01/04/2020',
      '31/03/2022',
      ['30/06/2020', '30/09/2020', '31/12/2020', '31/03/2021', '30/06/2021', '30/09/2021', '31/12/2021', '31/03/2022'],
    ],
  ] as const)('lists the %s ends from %s to %s', (step, from, to, expected) => {
    expect(seriesDates(day(from), day(to), step).map(ukText)).toEqual(expected);
  });

  it('gives every measure at every month end, labelled by month, and agrees with the single date', () => {
    const series = figuresSeries(brook, { ...options, step: 'month' });
    expect(series.dates.map(ukText)[0]).toBe('30/04/2020');
    expect(series.dates).toHaveLength(24);
    const march = series.observations.filter((item) => item.period.label === '2022-03');
    expect(march).toEqual(figuresAt(brook, day('31/03/2022'), { ...options, labelling: 'month' }).observations);
    expect(march.find((item) => item.measureId === 'cla_count')?.value).toBe(5);
  });
});
