import { describe, expect, it, test } from 'vitest';
import { readOfstedFixture } from '../../../../test/unit/ofsted-files';
import { located, realAreaDirectory } from '../../../../test/unit/tables';
import {
  inspectionsOf,
  overallSpread,
  parseOfstedDate,
  readCurrentJudgements,
  readInspectionHistory,
  type Judgement,
} from './inspections';
import { parseGrade, type Grade } from './grade';

const areas = realAreaDirectory();
const DURHAM = 'E06000047';
const NORTH_EAST = 'E12000001';
const history = readInspectionHistory(readOfstedFixture('ILACS_inspection_history.csv'), areas);
const current = readCurrentJudgements(readOfstedFixture('Inspections_as_at_31_March.csv'), areas);

const graded = (grade: Grade): Judgement => ({ kind: 'graded', grade });
const NOT_JUDGED_THEN: Judgement = { kind: 'not_judged_then' };

describe('parseOfstedDate', () => {
  it.each([
    ['09/09/2019', '2019-09-09'],
    ['9/9/2019', '2019-09-09'],
    ['29/02/2024', '2024-02-29'],
    ['31/02/2024', null],
    ['29/02/2023', null],
    ['2019-09-09', null],
    ['09/13/2019', null],
    ['', null],
  ])('reads %j as %j', (text, iso) => {
    expect(parseOfstedDate(text)).toBe(iso);
  });
});

describe('parseGrade', () => {
  it.each([
    ['Outstanding', 'outstanding'],
    ['good', 'good'],
    [' Requires  improvement to be good ', 'requires_improvement'],
    ['INADEQUATE', 'inadequate'],
    ['Requires improvement', null],
    ['Good ', 'good'],
  ])('reads %j as %j', (text, grade) => {
    expect(parseGrade(text)).toBe(grade);
  });
});

describe('the real Ofsted files (as at 31 March 2025)', () => {
  test("gives County Durham's three ILACS inspections with every sub-judgement, newest first", () => {
    expect(
      inspectionsOf(history.value.inspections, DURHAM).map(({ areaName, date, type, judgements }) => ({
        areaName,
        date,
        type,
        judgements,
      })),
    ).toEqual([
      {
        areaName: 'County Durham',
        date: '2025-03-24',
        type: 'ILACS Short Inspection',
        judgements: {
          overall: graded('outstanding'),
          leaders: graded('outstanding'),
          help_and_protection: graded('good'),
          children_in_care: graded('outstanding'),
          care_leavers: graded('outstanding'),
        },
      },
      {
        areaName: 'County Durham',
        date: '2022-05-09',
        type: 'ILACS Standard Inspection',
        judgements: {
          overall: graded('good'),
          leaders: graded('outstanding'),
          help_and_protection: graded('good'),
          children_in_care: graded('good'),
          care_leavers: NOT_JUDGED_THEN,
        },
      },
      {
        areaName: 'County Durham',
        date: '2019-09-09',
        type: 'ILACS Standard Inspection',
        judgements: {
          overall: graded('requires_improvement'),
          leaders: graded('requires_improvement'),
          help_and_protection: graded('requires_improvement'),
          children_in_care: graded('good'),
          care_leavers: NOT_JUDGED_THEN,
        },
      },
    ]);
  });

  test("places County Durham in our North East region, not in Ofsted's merged region", () => {
    expect(
      new Set(inspectionsOf(history.value.inspections, DURHAM).map((inspection) => inspection.regionCode)),
    ).toEqual(new Set([NORTH_EAST]));
  });

  it.each([
    ['history', history, 268, 3],
    ['current judgements', current, 153, 0],
  ])('reads every row of the %s sheet: %i shown, %i set aside', (_sheet, read, shown, setAside) => {
    expect(read.value.inspections).toHaveLength(shown);
    expect(read.value.setAside).toHaveLength(setAside);
  });

  it.each([
    [
      'history',
      history,
      ['replaced_area_code', 8],
      ['replaced_area_code', 9],
      ['no_longer_exists', 22],
      ['no_longer_exists', 59],
      ['no_longer_exists', 168],
      ['replaced_area_code', 200],
      ['replaced_area_code', 201],
    ],
    ['current judgements', current, ['replaced_area_code', 6], ['replaced_area_code', 112]],
  ])(
    'reports only the replaced codes and the councils that no longer exist in the %s sheet, as warnings',
    (_sheet, read, ...expected) => {
      expect(read.problems.map((problem) => [problem.rule, problem.row])).toEqual(expected);
      expect(read.problems.every((problem) => problem.severity === 'warning')).toBe(true);
    },
  );

  it.each([
    ['history', history, null],
    ['current judgements', current, '31 March 2025'],
  ])('takes the %s sheet\'s "as at" day from its title: %j', (_sheet, read, asAt) => {
    expect(read.value.asAt).toBe(asAt);
  });

  test('reads Barnsley under its current code E08000038', () => {
    expect(
      inspectionsOf(current.value.inspections, 'E08000038').map((inspection) => [inspection.areaName, inspection.date]),
    ).toEqual([['Barnsley', '2023-09-11']]);
  });

  test('has a current judgement for every one of the 153 councils of 31 March 2025', () => {
    expect(overallSpread(current.value.inspections, areas.localAuthoritiesOn('2025-03-31'))).toEqual({
      counts: { outstanding: 36, good: 67, requires_improvement: 31, inadequate: 19 },
      councils: 153,
      notJudged: 0,
    });
  });

  test('counts the North East councils by current overall judgement', () => {
    expect(
      overallSpread(
        current.value.inspections,
        areas.localAuthorities().filter((area) => area.regionCode === NORTH_EAST),
      ),
    ).toEqual({
      counts: { outstanding: 5, good: 3, requires_improvement: 3, inadequate: 1 },
      councils: 12,
      notJudged: 0,
    });
  });
});

describe('overallSpread', () => {
  test('counts a council with no current judgement as not judged', () => {
    const councils = areas.localAuthorities().filter((area) => area.code === DURHAM || area.code === 'E06000005');
    expect(overallSpread(inspectionsOf(current.value.inspections, DURHAM), councils)).toEqual({
      counts: { outstanding: 1, good: 0, requires_improvement: 0, inadequate: 0 },
      councils: 2,
      notJudged: 1,
    });
  });
});

describe('validation rules, one broken fixture each', () => {
  it.each([
    [
      'header_not_found.csv',
      readInspectionHistory,
      [{ rule: 'header_not_found', severity: 'error', row: undefined, column: undefined }],
      0,
    ],
    [
      'missing_column.csv',
      readInspectionHistory,
      [{ rule: 'missing_column', severity: 'error', row: 3, column: 'Inspection type' }],
      0,
    ],
    [
      'invalid_date.csv',
      readInspectionHistory,
      [{ rule: 'invalid_date', severity: 'error', row: 5, column: 'Inspection date' }],
      1,
    ],
    [
      'unknown_judgement.csv',
      readInspectionHistory,
      [
        {
          rule: 'unknown_judgement',
          severity: 'error',
          row: 5,
          column: 'The impact of leaders on social work practice with children and families',
        },
      ],
      1,
    ],
    [
      'missing_judgement.csv',
      readInspectionHistory,
      [{ rule: 'missing_judgement', severity: 'error', row: 4, column: 'Overall effectiveness' }],
      1,
    ],
    [
      'missing_care_leavers_judgement.csv',
      readInspectionHistory,
      [
        {
          rule: 'missing_care_leavers_judgement',
          severity: 'warning',
          row: 5,
          column: 'The experiences and progress of care leavers',
        },
      ],
      2,
    ],
    [
      'unknown_local_authority.csv',
      readInspectionHistory,
      [{ rule: 'unknown_local_authority', severity: 'warning', row: 5, column: 'Local authority area code' }],
      1,
    ],
    [
      'replaced_area_code.csv',
      readInspectionHistory,
      [{ rule: 'replaced_area_code', severity: 'warning', row: 4, column: 'Local authority area code' }],
      1,
    ],
    [
      'no_longer_exists.csv',
      readInspectionHistory,
      [{ rule: 'no_longer_exists', severity: 'warning', row: 5, column: 'Local authority status' }],
      1,
    ],
    [
      'unknown_status.csv',
      readInspectionHistory,
      [{ rule: 'unknown_status', severity: 'error', row: 4, column: 'Local authority status' }],
      1,
    ],
    [
      'duplicate_inspection.csv',
      readInspectionHistory,
      [{ rule: 'duplicate_inspection', severity: 'error', row: 6, column: 'Local authority area code' }],
      2,
    ],
    [
      'duplicate_local_authority.csv',
      readCurrentJudgements,
      [{ rule: 'duplicate_local_authority', severity: 'error', row: 5, column: 'Local authority area code' }],
      1,
    ],
  ])(
    '%s: reports the rule where it applies and keeps the rows without an error',
    (file, read, expected, inspectionsKept) => {
      const result = read(readOfstedFixture(file), areas);
      expect(result.problems.map(located)).toEqual(expected);
      expect(result.value.inspections).toHaveLength(inspectionsKept);
    },
  );

  it.each([
    [
      'header_not_found.csv',
      readInspectionHistory,
      "header_not_found.csv: none of the first 10 rows has a 'Local authority area code' column, so the header was not found. Save Ofsted's 'ILACS inspection history' sheet as CSV without changing its columns.",
    ],
    [
      'invalid_date.csv',
      readInspectionHistory,
      "invalid_date.csv row 5, column Inspection date: '31/02/2025' is not a date. Write the day as dd/mm/yyyy, e.g. 09/09/2019.",
    ],
    [
      'unknown_judgement.csv',
      readInspectionHistory,
      "unknown_judgement.csv row 5, column The impact of leaders on social work practice with children and families: 'Requires improvement' is not one of Ofsted's judgements. Use one of 'Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'.",
    ],
    [
      'unknown_local_authority.csv',
      readInspectionHistory,
      "unknown_local_authority.csv row 5, column Local authority area code: 'E06999999' (Nowhere) is not a current local authority in data/areas.csv, so this inspection is counted but not shown. Check the code against ONS's current codes; if the council is new, add it to data/areas.csv.",
    ],
    [
      'replaced_area_code.csv',
      readInspectionHistory,
      "replaced_area_code.csv row 4, column Local authority area code: E08000016 is Barnsley’s code before ONS replaced it with E08000038, so the inspection is shown for Barnsley (E08000038). Nothing to do; Ofsted's next publication should use the new code.",
    ],
  ])('%s: says where the problem is and what to do', (file, read, message) => {
    expect(read(readOfstedFixture(file), areas).problems[0]?.message).toBe(message);
  });

  test('reads a care-leavers judgement left blank before 1 January 2023 as not judged then, without a problem', () => {
    const result = readInspectionHistory(readOfstedFixture('invalid_date.csv'), areas);
    expect(result.value.inspections[0]?.judgements.care_leavers).toEqual(NOT_JUDGED_THEN);
  });

  test('reads a care-leavers judgement left blank after 1 January 2023 as missing', () => {
    const result = readInspectionHistory(readOfstedFixture('missing_care_leavers_judgement.csv'), areas);
    expect(result.value.inspections.map((inspection) => inspection.judgements.care_leavers)).toEqual([
      NOT_JUDGED_THEN,
      { kind: 'missing' },
    ]);
  });

  test('reports a file with no rows at all as header not found', () => {
    expect(readCurrentJudgements({ fileName: 'empty.csv', rows: [] }, areas).problems.map(located)).toEqual([
      { rule: 'header_not_found', severity: 'error', row: undefined, column: undefined },
    ]);
  });
});
