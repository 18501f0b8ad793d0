import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../src/adapters/csv';
import { figuresAt, prepare903 } from '../../src/domain/ssda903/compute';
import { dayFromCivil } from '../../src/domain/ssda903/days';
import { readReturn } from '../../src/domain/ssda903/read-tables';
import { seriesDates } from '../../src/domain/ssda903/series';
import { FAULT_RULES, generateReturn, type Fault } from '../ssda903/generate';

function prepareGenerated(options: Parameters<typeof generateReturn>[0]) {
  const generated = generateReturn(options);
  const read = readReturn(generated.tables.map((table) => ({ table })));
  return { generated, read, prepared: prepare903(read.value) };
}

function brokenRules(prepared: ReturnType<typeof prepare903>): Record<number, number> {
  return Object.fromEntries(
    prepared.quality.results
      .filter((result) => result.records > 0)
      .map((result) => [result.rule.number, result.records]),
  );
}

describe('the synthetic 903 generator', () => {
  it('gives the same files for the same seed, and others for another', () => {
    expect(generateReturn({ seed: 7, children: 40 }).files).toEqual(generateReturn({ seed: 7, children: 40 }).files);
    expect(generateReturn({ seed: 8, children: 40 }).files).not.toEqual(
      generateReturn({ seed: 7, children: 40 }).files,
    );
  });

  it('writes CSV files the reader recognises, table by table, with no data-quality problem', () => {
    const generated = generateReturn({ seed: 1, children: 300, years: 2 });
    const tables = generated.files.map((file) => readCsvText(file.name, file.text));
    expect(tables.flatMap((table) => table.problems)).toEqual([]);
    const read = readReturn(tables.map((table) => ({ table: table.value })));
    expect(read.problems).toEqual([]);
    expect(Object.keys(read.value.tables).sort()).toEqual(
      [
        'ad1',
        'episodes',
        'header',
        'missing',
        'oc2',
        'oc3',
        'placed_for_adoption',
        'previous_permanence',
        'reviews',
        'sw_episodes',
        'uasc',
      ].sort(),
    );
    expect(brokenRules(prepare903(read.value))).toEqual({});
  });

  it('gives plausible figures at the year end', () => {
    const { prepared, generated } = prepareGenerated({ seed: 2, children: 400 });
    const figures = figuresAt(prepared, dayFromCivil(2024, 3, 31), { areaCode: 'E06000099', population: null });
    const value = (id: string) => figures.observations.find((item) => item.measureId === id)?.value ?? null;
    expect(value('cla_count')).toBeGreaterThan(150);
    expect(value('cla_count')).toBeLessThan(generated.children);
    expect(value('cla_3plus_placements')).toBeGreaterThan(0);
    expect(value('cla_health_assessments')).toBeGreaterThan(70);
    expect(value('care_leavers_19_21_eet')).toBeGreaterThan(30);
    expect(value('cla_placed_over_20_miles')).toBeGreaterThan(5);
  });

  it.each(Object.entries(FAULT_RULES) as [Fault, number][])(
    'injects %s, which the report finds as rule %i, and nothing crashes',
    (fault, rule) => {
      const { read, prepared } = prepareGenerated({ seed: 3, children: 150, faults: { [fault]: 2 } });
      expect(read.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      expect(brokenRules(prepared)[rule]).toBeGreaterThanOrEqual(
        fault === 'adopted_without_ad1' || fault === 'no_social_worker' ? 1 : 2,
      );
      for (const day of seriesDates(dayFromCivil(2023, 4, 1), dayFromCivil(2024, 3, 31), 'quarter')) {
        expect(figuresAt(prepared, day, { areaCode: 'E06000099', population: null }).observations).toHaveLength(30);
      }
    },
  );

  it('survives every fault at once', () => {
    const all = Object.fromEntries(Object.keys(FAULT_RULES).map((fault) => [fault, 5])) as Record<Fault, number>;
    const { prepared } = prepareGenerated({ seed: 4, children: 300, faults: all });
    expect(Object.keys(brokenRules(prepared)).map(Number)).toEqual(Object.values(FAULT_RULES));
    expect(() =>
      figuresAt(prepared, dayFromCivil(2024, 3, 31), { areaCode: 'E06000099', population: null }),
    ).not.toThrow();
  });
});
