import { describe, expect, it } from 'vitest';
import { ENGLAND_CODE as ENGLAND, NORTH_EAST_CODE as NORTH_EAST, STOCKTON } from '../../../../test/unit/builders/areas';
import { observationContext } from '../../../../test/unit/builders/catalogue';
import { THREE_PLUS_PLACEMENTS } from '../../../../test/unit/builders/measure';
import { csvTable } from '../../../../test/unit/tables';
import { readDfeFile } from './dfe-file';
import { readDfeMeasureMap, type DfeMeasureMap } from './dfe-measure-map';

const context = observationContext([THREE_PLUS_PLACEMENTS]);
const plainMap = readDfeMeasureMap(
  csvTable('dfe-measure-map.csv', [
    'measure,header_signature,indicator,filters,numerator,denominator',
    'cla_3plus_placements,cla_group;placement_stability;children_percent,children_percent,cla_group=CLA on 31 March;placement_stability=With 3 or more placements during the year,children_count,children_count@placement_stability=Total children',
  ]),
).value;

function read(lines: readonly string[], header: string, measureMap: DfeMeasureMap = plainMap) {
  return readDfeFile(csvTable('dfe.csv', [header, ...lines]), measureMap, context);
}

describe("checks a percentage against the counts DfE gives exactly (councils', not England's or the regions')", () => {
  const header =
    'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,la_name,cla_group,placement_stability,children_count,children_percent';
  const exactMap = readDfeMeasureMap(
    csvTable('dfe-measure-map.csv', [
      'measure,header_signature,indicator,filters,numerator,denominator,exact_counts',
      'cla_3plus_placements,cla_group;placement_stability;children_percent,children_percent,cla_group=CLA on 31 March;placement_stability=With 3 or more placements during the year,children_count,children_count@placement_stability=Total children,councils',
    ]),
  ).value;
  /** A Total row and the 3+ row for one area: `count` of `total` children, given as `percent`. */
  function rows(level: string, code: string, count: string, total: string, percent: string): string[] {
    const where =
      level === 'National'
        ? ',,,'
        : level === 'Regional'
          ? `${code},North East,,`
          : `${NORTH_EAST},North East,${code},Stockton-on-Tees`;
    const start = `2025,Reporting year,${level},${ENGLAND},England,${where}`;
    return [
      `${start},CLA on 31 March,Total children,${total},100`,
      `${start},CLA on 31 March,With 3 or more placements during the year,${count},${percent}`,
    ];
  }

  it.each([
    {
      case: 'a council’s 8 for 76 of 950 (8.0): agrees',
      level: 'Local authority',
      code: STOCKTON.code,
      count: '76',
      total: '950',
      percent: '8',
      rules: [],
    },
    {
      case: 'a council’s 66 for 224 of 338 (66.3): agrees',
      level: 'Local authority',
      code: STOCKTON.code,
      count: '224',
      total: '338',
      percent: '66',
      rules: [],
    },
    {
      case: 'a council’s 9 for 76 of 950 (8.0): disagrees',
      level: 'Local authority',
      code: STOCKTON.code,
      count: '76',
      total: '950',
      percent: '9',
      rules: ['value_disagrees_with_counts'],
    },
    {
      case: 'a council’s 8 for 960 of 950: more than the whole',
      level: 'Local authority',
      code: STOCKTON.code,
      count: '960',
      total: '950',
      percent: '8',
      rules: ['numerator_over_denominator'],
    },
    {
      case: 'a region’s 68 for 3,270 of 4,770 (68.6, counts rounded to 10): not checked',
      level: 'Regional',
      code: NORTH_EAST,
      count: '3270',
      total: '4770',
      percent: '68',
      rules: [],
    },
    {
      case: 'England’s 11 for 10,400 of 100,000 (10.4, counts rounded): not checked',
      level: 'National',
      code: ENGLAND,
      count: '10400',
      total: '100000',
      percent: '11',
      rules: [],
    },
  ])('$case', ({ level, code, count, total, percent, rules }) => {
    const result = read(rows(level, code, count, total, percent), header, exactMap);
    expect(result.problems.map((problem) => problem.rule)).toEqual(rules);
    // A warning, not a refusal: DfE's published figure is kept as published.
    expect(result.value.observations).toMatchObject([{ value: Number(percent) }]);
    for (const problem of result.problems) {
      expect(problem).toMatchObject({ severity: 'warning', row: 3, column: 'children_percent' });
      expect(problem.message).toContain('row 2 of dfe-measure-map.csv');
    }
  });

  it('checks nothing where the map does not say the counts are exact', () => {
    expect(read(rows('Local authority', STOCKTON.code, '76', '950', '9'), header).problems).toEqual([]);
  });

  it('names the measure, council and period, and both percentages', () => {
    const [problem] = read(rows('Local authority', STOCKTON.code, '76', '950', '9'), header, exactMap).problems;
    expect(problem?.message).toBe(
      "dfe.csv row 3, column children_percent: a percentage is not its numerator over its denominator, though DfE gives councils' counts exactly (the first: 9% for 3 or more placements in the year, Stockton-on-Tees, 2024/25 is not 76 of 950, which is 8.0%). The figures are kept as published; check that row 2 of dfe-measure-map.csv reads the right count rows.",
    );
  });
});
