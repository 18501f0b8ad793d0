import { describe, expect, test } from 'vitest';
import type { Problem } from '../../domain/readers/result';
import { buildReport, PROBLEMS_CSV_HEADER, problemsCsv, problemsFileName } from './upload-report';

const error = (row: number | undefined, message = `error at ${row ?? 'file'}`): Problem => ({
  severity: 'error',
  rule: 'invalid_value',
  ...(row === undefined ? {} : { row }),
  column: 'value',
  message,
});
const warning = (row: number): Problem => ({
  severity: 'warning',
  rule: 'large_change',
  row,
  column: 'value',
  message: `warning at ${row}`,
});

describe('buildReport', () => {
  test.each([
    { name: 'no problems', problems: [], cap: 100, errors: [0, []], warnings: [0, []] },
    {
      name: 'errors and warnings apart, each in row order',
      problems: [error(5), warning(3), error(2), warning(1)],
      cap: 100,
      errors: [2, [2, 5]],
      warnings: [2, [1, 3]],
    },
    {
      name: 'a whole-file problem (no row) first',
      problems: [error(4), error(undefined)],
      cap: 100,
      errors: [2, [undefined, 4]],
      warnings: [0, []],
    },
    {
      name: 'the list cut at the cap, the total kept',
      problems: [error(9), error(3), error(7), warning(2), warning(8)],
      cap: 2,
      errors: [3, [3, 7]],
      warnings: [2, [2, 8]],
    },
  ])('$name', ({ problems, cap, errors, warnings }) => {
    const report = buildReport('upload.csv', problems, cap);
    expect(report.fileName).toBe('upload.csv');
    expect([report.errors.total, report.errors.shown.map((problem) => problem.row)]).toEqual(errors);
    expect([report.warnings.total, report.warnings.shown.map((problem) => problem.row)]).toEqual(warnings);
  });

  test('keeps 100 of 300,000 errors by default', () => {
    const problems = Array.from({ length: 300_000 }, (_, index) => error(index + 2));
    const report = buildReport('big.csv', problems);
    expect(report.errors.total).toBe(300_000);
    expect(report.errors.shown).toHaveLength(100);
  });
});

describe('problemsCsv', () => {
  test('lists errors then warnings for Excel: byte-order mark, CRLF, quoting and formulas neutralised', () => {
    const csv = problemsCsv([
      warning(3),
      {
        severity: 'error',
        rule: 'unknown_measure',
        row: 4,
        column: 'Measure',
        message: 'Row 4, column Measure: \'=HYPERLINK("x")\' is not a measure, check it',
      },
      { severity: 'error', rule: 'empty_file', message: 'upload.csv is empty.' },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      PROBLEMS_CSV_HEADER,
      'error,,,empty_file,upload.csv is empty.',
      'error,4,Measure,unknown_measure,"Row 4, column Measure: \'=HYPERLINK(""x"")\' is not a measure, check it"',
      'warning,3,value,large_change,warning at 3',
      '',
    ]);
  });

  test('neutralises a cell that starts as a formula', () => {
    const csv = problemsCsv([
      { severity: 'error', rule: 'invalid_value', row: 2, column: '=cmd', message: '@SUM(A1)' },
    ]);
    expect(csv).toContain("error,2,'=cmd,invalid_value,'@SUM(A1)");
  });
});

describe('problemsFileName', () => {
  test.each([
    ['hartlepool-2021-22-q2.csv', 'hartlepool-2021-22-q2-problems.csv'],
    ['Q2 figures (final).xlsx', 'Q2-figures-final-problems.csv'],
    ['.csv', 'upload-problems.csv'],
  ])('%s gives %s', (fileName, expected) => {
    expect(problemsFileName(fileName)).toBe(expected);
  });
});
