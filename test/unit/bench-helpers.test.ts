/**
 * The benchmark's pure helpers (scripts/bench/): its arithmetic, its table, and the generated DfE
 * file. No timing here: wall-clock figures belong to `npm run bench`, never to a test.
 */
import { describe, expect, test } from 'vitest';
import { generateDfeFile, DFE_HEADER, type GeneratedArea } from '../../scripts/bench/dfe-file';
import { formatTable, median, ratio, summarise, type BenchFigure } from '../../scripts/bench/figures';
import { readCsvText } from '../../src/adapters/csv';
import { readImport } from '../../src/domain/readers/read-import';
import { loadSampleDataset } from './sample-dataset';

const split: BenchFigure = {
  issueItem: 1,
  name: 'Import, node: whole path',
  unit: 'ms',
  runs: [300, 100, 200, 900, 250],
  baselineName: 'plain split',
  baselineRuns: [100, 110, 90, 100, 500],
  target: { kind: 'ratio_at_most', value: 1.5 },
  method: 'test',
};

describe('bench figures', () => {
  test('median of odd and even counts, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  test('ratio, and none against a zero baseline', () => {
    expect(ratio(150, 100)).toBe(1.5);
    expect(ratio(10, 0)).toBeNull();
  });

  test('a figure is met against its own bound or against its ratio to the baseline', () => {
    expect(summarise(split)).toEqual({ median: 250, baseline: 100, ratio: 2.5, met: false });
    expect(summarise({ ...split, target: { kind: 'at_most', value: 250 } }).met).toBe(true);
    expect(summarise({ ...split, target: null }).met).toBeNull();
  });

  test('the table has a header, a rule and one aligned row per figure', () => {
    const lines = formatTable([
      split,
      { ...split, name: 'Memory', unit: 'MB', runs: [1.25], baselineRuns: [0], target: null },
    ]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^\| # \| figure +\| median +\| baseline +\| baseline median \| ratio +\| target +\| met\? \|$/,
    );
    expect(lines[2]).toContain('| 250 ms ');
    expect(lines[2]).toContain('| 2.50× ');
    expect(lines[2]).toContain('| ≤ 1.5× baseline ');
    expect(lines[2]).toMatch(/\| NO +\|$/);
    expect(lines[3]).toContain('| 1.3 MB ');
    expect(lines[3]).toContain('| n/a ');
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });
});

describe('generated DfE file', () => {
  const dataset = loadSampleDataset();
  const areas = dataset.areas.areas.filter(
    (area): area is GeneratedArea & typeof area => area.type !== 'stat_neighbours',
  );

  test('has exactly the rows asked for, in DfE columns, with CRLF line ends', () => {
    const text = generateDfeFile(2_000, areas);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(DFE_HEADER.join(','));
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(2_002);
    expect(/[^\r]\n/.test(text)).toBe(false);
    expect(lines[1]).toMatch(
      /^2012,January,National,E92000001,England,,,,,,Children looked after on 31 March each year,\d+,\d+,\d+$/,
    );
  });

  test('is read by the app as a DfE file without errors, three population types in four giving figures', () => {
    const table = readCsvText('generated.csv', generateDfeFile(2_000, areas));
    expect(table.problems).toEqual([]);
    const imported = readImport(table.value, {
      measures: dataset.measuresById,
      areas: dataset.areas,
      today: '2026-01-01',
      dfeMeasureMap: dataset.dfeMeasureMap ?? undefined,
    });
    expect(imported.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(imported.value.layout).toBe('dfe_open_data');
    expect(imported.value.openDataRows).toMatchObject({
      rows: 2_000,
      usedRows: 1_500,
      unmatchedRows: 500,
      rejectedRows: 0,
    });
  });
});
