/**
 * The shipped breakdown map (data/dfe-breakdown-map.csv) and catalogue on DfE's real extracts
 * (test/fixtures/dfe, see its README): every row of each file accounted for, and figures checked
 * against raw lines picked by hand. A test of data/ as shipped; the reader's rules are tested on
 * small files beside it (src/domain/breakdowns).
 */
import { describe, expect, it } from 'vitest';
import { readBreakdownCatalogue } from '../../src/domain/breakdowns/breakdown-catalogue';
import { readDfeBreakdownMap, readDfeBreakdowns } from '../../src/domain/breakdowns/dfe-breakdowns';
import { readRepoCsv, realAreaDirectory } from './tables';

const catalogue = readBreakdownCatalogue(
  readRepoCsv('data/breakdowns.csv').value,
  readRepoCsv('data/breakdown-categories.csv').value,
);
const map = readDfeBreakdownMap(readRepoCsv('data/dfe-breakdown-map.csv').value, catalogue.value);
const areas = realAreaDirectory();

function readFixture(file: string) {
  const table = readRepoCsv(`test/fixtures/dfe/${file}`).value;
  return { table, read: readDfeBreakdowns(table, map.value, { catalogue: catalogue.value, areas }) };
}

const ENGLAND = 'E92000001';
const NORTH_EAST = 'E12000001';
const STOCKTON = 'E06000004';

describe('the shipped breakdown map on DfE extracts', () => {
  it('reads with the catalogue without problems', () => {
    expect(catalogue.problems).toEqual([]);
    expect(map.problems).toEqual([]);
  });

  // Each extract: 5 years × (England, the North East, Inner London and 10 councils); Inner London
  // is a sub-region published as Regional, which is not read. Rows not read as categories are
  // DfE's subtotals and totals of other bases, named.
  it.each([
    {
      file: 'la_care_leavers_accommodation_suitability.csv',
      rows: {
        figures: 750,
        totals: 250,
        notCategories: 0,
        unreadable: 0,
        otherAreas: 40,
        otherPeriods: 0,
        unmatched: 0,
      },
      notRead: [],
    },
    {
      file: 'la_care_leavers_activity.csv',
      rows: {
        figures: 2000,
        totals: 250,
        notCategories: 750,
        unreadable: 0,
        otherAreas: 120,
        otherPeriods: 0,
        unmatched: 0,
      },
      notRead: [
        'In training or employment',
        'Total in education, employment or training',
        'Total not in education, employment or training',
      ],
    },
    {
      file: 'la_cla_during_year_new_placements.csv',
      rows: {
        figures: 2125,
        totals: 250,
        notCategories: 0,
        unreadable: 0,
        otherAreas: 95,
        otherPeriods: 0,
        unmatched: 0,
      },
      notRead: [],
    },
    {
      file: 'la_conviction_health_outcome_cla.csv',
      // Development assessments and convictions have one category each: they are measures, not breakdowns.
      rows: {
        figures: 1000,
        totals: 375,
        notCategories: 375,
        unreadable: 0,
        otherAreas: 70,
        otherPeriods: 0,
        unmatched: 520,
      },
      notRead: ['SDQ average score', 'Total ages 5 to 16 years', 'Total all ages'],
    },
  ])('accounts for every row of $file', ({ file, rows, notRead }) => {
    const { table, read } = readFixture(file);
    const { notCategoryNames, ...counts } = read.value.rows;
    expect(read.problems).toEqual([]);
    expect(counts).toEqual(rows);
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(table.records.length);
    expect([...notCategoryNames].sort()).toEqual(notRead);
  });
});

describe('breakdown figures as DfE publishes them', () => {
  // Each case a raw line of the extract (2025 = the year to 31 March 2025, 2024/25).
  it.each([
    {
      file: 'la_care_leavers_accommodation_suitability.csv',
      line: '2025,…,Stockton-on-Tees,E06000004,17 to 18 years,Accommodation considered suitable,70,80',
      breakdown: 'care_leavers_17_18_accommodation',
      area: STOCKTON,
      key: 'suitable',
      figure: { count: 70, percent: 80, total: 87, status: 'final' },
    },
    {
      file: 'la_care_leavers_accommodation_suitability.csv',
      line: '2025,…,National,E92000001,England,…,17 to 18 years,Accommodation considered suitable,13380,91',
      breakdown: 'care_leavers_17_18_accommodation',
      area: ENGLAND,
      key: 'suitable',
      figure: { count: 13380, percent: 91, total: 14750, status: 'final' },
    },
    {
      file: 'la_care_leavers_activity.csv',
      line: '2025,…,Stockton-on-Tees,E06000004,17 to 18 years,Education other than higher education,25,29',
      breakdown: 'care_leavers_17_18_activity',
      area: STOCKTON,
      key: 'other_education',
      figure: { count: 25, percent: 29, total: 87, status: 'final' },
    },
    {
      file: 'la_care_leavers_activity.csv',
      line: '2025,…,Stockton-on-Tees,E06000004,17 to 18 years,In an apprenticeship,c,c',
      breakdown: 'care_leavers_17_18_activity',
      area: STOCKTON,
      key: 'apprenticeship',
      figure: { count: null, percent: null, total: 87, status: 'suppressed' },
    },
    {
      file: 'la_cla_during_year_new_placements.csv',
      line: '2025,…,Stockton-on-Tees,E06000004,Location of new placements during the year,Placed inside LA boundary less than 20 miles from home,328,62',
      breakdown: 'cla_new_placements_location',
      area: STOCKTON,
      key: 'inside_under_20_miles',
      figure: { count: 328, percent: 62, total: 532, status: 'final' },
    },
    {
      file: 'la_cla_during_year_new_placements.csv',
      line: '2025,…,North East,…,Reason for placement change during the year,Child requests placement to end,130,3',
      breakdown: 'cla_placement_change_reasons',
      area: NORTH_EAST,
      key: 'child_requests',
      figure: { count: 130, percent: 3, total: 4370, status: 'final' },
    },
    {
      file: 'la_conviction_health_outcome_cla.csv',
      line: '2025,…,Stockton-on-Tees,E06000004,Health assessments: Children looked after all ages,Had their teeth checked by a dentist,250,57',
      breakdown: 'cla_health_checks',
      area: STOCKTON,
      key: 'dental_check',
      figure: { count: 250, percent: 57, total: 441, status: 'final' },
    },
    {
      file: 'la_conviction_health_outcome_cla.csv',
      line: '2025,…,Stockton-on-Tees,E06000004,Ages 5 to 16 years with SDQ score,SDQ score is a cause for concern,34,40',
      breakdown: 'cla_sdq_bands',
      area: STOCKTON,
      key: 'cause_for_concern',
      figure: { count: 34, percent: 40, total: 84, status: 'final' },
    },
    {
      file: 'la_conviction_health_outcome_cla.csv',
      line: '2025,…,Stockton-on-Tees,E06000004,Substance misuse: Children looked after all ages,Offered intervention but refused it,c,c',
      breakdown: 'cla_substance_misuse_interventions',
      area: STOCKTON,
      key: 'refused_intervention',
      figure: { count: null, percent: null, total: 41, status: 'suppressed' },
    },
  ])('$breakdown for $area in 2024/25: $line', ({ file, breakdown, area, key, figure }) => {
    const found = readFixture(file).read.value.figures.find(
      (each) =>
        each.breakdownId === breakdown &&
        each.areaCode === area &&
        each.period.label === '2024/25' &&
        each.categories[0].key === key,
    );
    expect(found && { count: found.count, percent: found.percent, total: found.total, status: found.status }).toEqual(
      figure,
    );
  });
});
