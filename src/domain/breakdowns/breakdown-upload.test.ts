import { describe, expect, it } from 'vitest';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { importContext, readUploadFixture } from '../../../test/unit/uploads';
import { csvTable } from '../../../test/unit/tables';
import { readImport } from '../readers/read-import';
import { headlineFrom } from './breakdown-checks';

// The sample's catalogue of breakdowns and its County Durham figures (the headline cla_rate [912] at 2021/22 Q2).
const sample = loadSampleDataset();
const context = {
  ...importContext('E06000047'),
  breakdownCatalogue: sample.breakdownCatalogue,
  headline: headlineFrom(
    (measureId, areaCode) => sample.index.seriesOf(measureId, areaCode),
    (measureId) => sample.measuresById.get(measureId)?.unit,
  ),
};
const MIX = "Placement mix by the council's own placement types for E06000047";

describe('a breakdowns file through the upload path: one fixture per rule in test/fixtures/upload/breakdowns/', () => {
  it.each([
    {
      rule: 'unknown_breakdown',
      severity: 'error',
      row: 2,
      column: 'breakdown',
      message:
        "unknown_breakdown.csv row 2, column breakdown: 'cla_placment_types' is not a breakdown in the catalogue (data/breakdowns.csv). Did you mean cla_placement_types or cla_placement_mix? Use one of its ids, or add the breakdown to the catalogue.",
    },
    {
      rule: 'unknown_breakdown_category',
      severity: 'error',
      row: 4,
      column: 'category',
      message:
        "unknown_breakdown_category.csv row 4, column category: 'Kinship care' is not a category of cla_placement_types. Use one of: External residential; Friends and family; Unapproved carers; Independent fostering agency (IFA); In-house foster care; In-house residential; Independent living; NHS or health trust; Placed for adoption; Placed with parents; of whom on a full care order; of whom on an interim care order; Residential school; Secure unit; Supported lodgings; Young offender institution or prison, or add it to data/breakdown-categories.csv.",
    },
    {
      rule: 'breakdown_percent_total',
      severity: 'warning',
      row: 2,
      column: 'percent',
      message: `breakdown_percent_total.csv row 2, column percent: the percentages of ${MIX} at 15 August 2021 add up to 61%, too far from 100% to be rounding (2 categories). Check each category's percentage is of the same total, and that no category is missing or given twice.`,
    },
    {
      rule: 'breakdown_total_mismatch',
      severity: 'warning',
      row: 2,
      column: 'total',
      message: `breakdown_total_mismatch.csv row 2, column total: the counts of ${MIX} at 15 August 2021 add up to 554, but its total is 600. Check the total row, or the category left out of it.`,
    },
    {
      rule: 'breakdown_percent_disagrees',
      severity: 'warning',
      row: 4,
      column: 'percent',
      message: `breakdown_percent_disagrees.csv row 4, column percent: of whom on a full care order (${MIX} at 15 August 2021) is 0 of 554, which is 0%, but its percentage is given as 10%. Check the count or the percentage.`,
    },
    {
      rule: 'breakdown_headline_mismatch',
      severity: 'warning',
      row: 2,
      column: 'total',
      message: `breakdown_headline_mismatch.csv row 2, column total: ${MIX} at 27 September 2021 counts 554 children looked after, but the headline figure (cla_rate) for 2021/22 Q2 is 912. Check that both are at the same date and count the same children.`,
    },
    {
      rule: 'repeated_breakdown_category',
      severity: 'error',
      row: 4,
      column: 'category',
      message:
        'repeated_breakdown_category.csv row 4, column category: In-house foster care of cla_placement_types for E06000047 at 2021-08-15 is given again (first on row 2). Keep one row per category.',
    },
  ])('$rule: named with its row, column and what to do, and no other problem', async (expected) => {
    const read = await readUploadFixture(`breakdowns/${expected.rule}.csv`, context);
    expect(read.problems).toEqual([expected]);
  });

  it('reads a clean mix with no problems, in the catalogue order, totals and percentages as given', async () => {
    const read = await readUploadFixture('good/durham-placement-types-march-2020.csv', context);
    expect(read.problems).toEqual([]);
    expect(read.imported?.layout).toBe('breakdowns');
    const figures = read.imported?.breakdowns ?? [];
    expect(figures).toHaveLength(16);
    expect(figures[4]).toMatchObject({
      breakdownId: 'cla_placement_types',
      areaCode: 'E06000047',
      period: { type: 'date', label: '2020-03-11' },
      categories: [{ dimension: 'placement_type', key: 'in_house_foster_care', label: 'In-house foster care' }],
      count: 430,
      percent: 48,
      total: 902,
      status: 'final',
    });
  });
});

describe("seed 002's placement mix table as printed, through the upload path", () => {
  it.each(['good/seed-002-placement-mix-as-printed.csv', 'good/seed-002-placement-mix-as-printed.xlsx'])(
    '%s gives every row at the three snapshots, as the sample carries them',
    async (file) => {
      const read = await readUploadFixture(file, context);
      expect(read.imported?.layout).toBe('breakdown_table');
      const key = (figure: { categories: readonly { key: string }[]; period: { label: string } }) =>
        `${figure.categories[0]?.key}@${figure.period.label}`;
      const sorted = <T extends { categories: readonly { key: string }[]; period: { label: string } }>(
        list: readonly T[],
      ) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
      expect(sorted(read.imported?.breakdowns ?? [])).toEqual(
        sorted(sample.breakdowns.filter((figure) => figure.breakdownId === 'cla_placement_types')).map((figure) => ({
          ...figure,
          note: '',
        })),
      );
    },
  );

  it("finds the seed's own slips, as warnings that name them, and no error", async () => {
    const read = await readUploadFixture('good/seed-002-placement-mix-as-printed.csv', context);
    expect(read.problems.map(({ severity, rule, row }) => ({ severity, rule, row }))).toEqual([
      { severity: 'warning', rule: 'breakdown_percent_total', row: 3 },
      { severity: 'warning', rule: 'breakdown_total_mismatch', row: 3 },
      { severity: 'warning', rule: 'breakdown_headline_mismatch', row: 3 },
      { severity: 'warning', rule: 'breakdown_percent_disagrees', row: 15 },
    ]);
    expect(read.problems[2]?.message).toContain(
      'at 27 September 2021 counts 911 children looked after, but the headline figure (cla_rate) for 2021/22 Q2 is 912',
    );
    expect(read.problems[3]?.message).toContain('Residential school');
  });

  it('asks which local authority a printed table is for', async () => {
    const read = await readUploadFixture('good/seed-002-placement-mix-as-printed.csv', {
      ...context,
      areaCode: undefined,
    });
    expect(read.problems.map(({ rule }) => rule)).toEqual(['area_required']);
  });
});

describe("seed 002's ChAT tables of care leavers by single year of age, through the upload path", () => {
  const ofSample = (breakdownId: string) =>
    sample.breakdowns.filter((figure) => figure.breakdownId === breakdownId).map((figure) => ({ ...figure, note: '' }));

  it.each([
    { file: 'seed-002-chat-accommodation-17-18.csv', breakdown: 'care_leavers_17_18_accommodation_by_age' },
    { file: 'seed-002-chat-accommodation-19-21.csv', breakdown: 'care_leavers_19_21_accommodation_by_age' },
    { file: 'seed-002-chat-eet-17-18.csv', breakdown: 'care_leavers_17_18_eet_by_age' },
    { file: 'seed-002-chat-eet-19-21.csv', breakdown: 'care_leavers_19_21_eet_by_age' },
  ])('$file gives $breakdown as the sample carries it, with no problems', async ({ file, breakdown }) => {
    const read = await readUploadFixture(`good/${file}`, context);
    expect(read.problems).toEqual([]);
    expect(read.imported?.layout).toBe('breakdown_table');
    expect(read.imported?.breakdowns).toEqual(ofSample(breakdown));
  });

  it('reads each age as its share of its own cohort: a percentage and the total it is of, no count', async () => {
    const read = await readUploadFixture('good/seed-002-chat-accommodation-17-18.csv', context);
    expect(
      read.imported?.breakdowns?.map(({ categories, count, percent, total }) => [
        categories[0].key,
        count,
        percent,
        total,
      ]),
    ).toEqual([
      ['aged_17', null, 100, 7],
      ['aged_18', null, 93, 69],
      ['all_ages', null, 93, 76],
    ]);
  });

  it.each([
    {
      name: 'as printed, with no period',
      lines: ['ChAT,Aged 17,Aged 18,Total', 'Numbers in cohort,7,69,76', 'In suitable accommodation,100%,93%,93%'],
      rule: 'breakdown_period_required',
      says: "its first heading 'ChAT' does not say when the snapshot was taken. Add the period after ChAT, e.g. ChAT 2021/22 Q2",
    },
    {
      name: 'a share the catalogue does not know',
      lines: ['ChAT 2021/22 Q2,Aged 17,Aged 18,Total', 'Numbers in cohort,7,69,76', 'In touch,100%,93%,93%'],
      rule: 'unknown_breakdown',
      says: 'Name the row as the ChAT does: In suitable accommodation or In EET.',
    },
    {
      name: 'no cohort row',
      lines: ['ChAT 2021/22 Q2,Aged 17,Aged 18,Total', 'In EET,38%,74%,70%'],
      rule: 'breakdown_table_unreadable',
      says: 'it has no Numbers in cohort row.',
    },
  ])('refuses a ChAT table $name with $rule', ({ lines, rule, says }) => {
    const read = readImport(csvTable('chat.csv', lines), context);
    expect(read.problems.map((problem) => problem.rule)).toEqual([rule]);
    expect(read.problems[0]?.message).toContain(says);
    expect(read.value.breakdowns).toEqual([]);
  });
});
