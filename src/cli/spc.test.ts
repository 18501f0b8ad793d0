import { spawnSync } from 'node:child_process';
import { describe, expect, it, test } from 'vitest';
import { ROOT } from '../../test/unit/tables';
import { TODAY } from '../../test/unit/uploads';
import { main } from './main';
import { readSpcRequest, spc, type SpcReport } from './spc';

interface Run {
  code: number;
  out: string[];
  err: string[];
}

/** Runs `scorecard spc` with `stdin` as standard input (null: a terminal, nothing piped in). */
async function runSpc(stdin: string | null, { json = true, files = [] as string[] } = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await spc(files, json, { out: (line) => out.push(line), err: (line) => err.push(line) }, () =>
    Promise.resolve(stdin),
  );
  return { code, out, err };
}

async function report(input: object): Promise<SpcReport> {
  const { code, out, err } = await runSpc(JSON.stringify(input));
  if (code !== 0) throw new Error(`spc exited ${code}: ${err.join('\n')}`);
  return JSON.parse(out.join('\n')) as SpcReport;
}

const TRIAL = (first: number, last: number, points: number) =>
  `Trial limits: the limits for values[${first}] to values[${last}] rest on ${points} points, fewer than 12, so they will move as more are added.`;

describe('scorecard spc --json', () => {
  it('prints one mean, limit and point type per point, the variation, assurance and warnings', async () => {
    // Rebased at index 6: segment 1 (10, 11 three times) has mean 10.5 and five moving ranges of 1,
    // limits 10.5 ∓ 2.66 = 7.84 and 13.16; segment 2 (20, 21) mean 20.5, limits 17.84 and 23.16.
    // Nothing is special cause within its segment. The target of 15 is below the latest segment's
    // lower limit, and higher is better: consistently passing. Each segment has 6 points: trial limits.
    const result = await report({
      values: [10, 11, 10, 11, 10, 11, 20, 21, 20, 21, 20, 21],
      improvement_direction: 'increase',
      target: 15,
      rebase_at: [6],
      screen_outliers: false,
    });
    expect(result.mean).toEqual([10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 20.5, 20.5, 20.5, 20.5, 20.5, 20.5]);
    const six = (limit: number): unknown[] => Array.from({ length: 6 }, (): unknown => expect.closeTo(limit, 10));
    expect(result.lpl).toEqual([...six(7.84), ...six(17.84)]);
    expect(result.upl).toEqual([...six(13.16), ...six(23.16)]);
    expect(result.point_types).toEqual(Array.from({ length: 12 }, () => 'common_cause'));
    expect(result).toMatchObject({
      variation: 'common_cause',
      assurance: 'consistent_pass',
      warnings: [TRIAL(0, 5, 6), TRIAL(6, 11, 6)],
    });
  });

  it('names the point types and the variation where lower is better, with no warnings for 13 points', async () => {
    // Six 20s, then 1 to 7 (chart.test.ts works the limits: 5.8429 to 16.9263). Where lower is better
    // the 20s above the upper limit are concern and 1 to 5 below the lower limit improvement; 6 and 7
    // are in a rise of 7: concern, so the latest point is concern, high. A target of 3 is below the
    // lower limit: every point is expected above it, and lower is better, so it is consistently failed.
    const result = await report({
      values: [20, 20, 20, 20, 20, 20, 1, 2, 3, 4, 5, 6, 7],
      improvement_direction: 'decrease',
      target: 3,
    });
    expect(result.point_types).toEqual([
      ...Array.from({ length: 6 }, () => 'special_cause_concern'),
      ...Array.from({ length: 5 }, () => 'special_cause_improvement'),
      'special_cause_concern',
      'special_cause_concern',
    ]);
    expect(result).toMatchObject({ variation: 'concern_high', assurance: 'consistent_fail', warnings: [] });
  });

  it('names neutral special causes high and low, with no assurance', async () => {
    // The same series with no better direction: the 20s and the rise are high, 1 to 5 low.
    const result = await report({
      values: [20, 20, 20, 20, 20, 20, 1, 2, 3, 4, 5, 6, 7],
      improvement_direction: 'neutral',
      target: 3,
    });
    expect(result.point_types).toEqual([
      ...Array.from({ length: 6 }, () => 'special_cause_neutral_high'),
      ...Array.from({ length: 5 }, () => 'special_cause_neutral_low'),
      'special_cause_neutral_high',
      'special_cause_neutral_high',
    ]);
    expect(result).toMatchObject({ variation: 'neutral_high', assurance: null });
  });

  it('screens moving ranges only when asked', async () => {
    // chart.test.ts: with screening the 5s become 2 of 3 beyond two-thirds of the narrower limits.
    const values = [5, 6, 5, 6, 5, 30, 5, 6, 5, 6, 5, 6];
    const off = await report({ values, improvement_direction: 'increase' });
    const on = await report({ values, improvement_direction: 'increase', screen_outliers: true });
    expect(off.upl[0]).toBeCloseTo(21.767273, 5);
    expect(on.upl[0]).toBeCloseTo(10.16, 10);
    expect(off.point_types.filter((type) => type === 'special_cause_concern')).toHaveLength(0);
    expect(on.point_types.filter((type) => type === 'special_cause_concern')).toHaveLength(6);
  });

  it('says a short series has trial limits', async () => {
    // Mean 4, moving range 2: limits 4 ∓ 5.32.
    const result = await report({ values: [3, 5], improvement_direction: 'increase', target: null });
    expect(result).toMatchObject({ mean: [4, 4], point_types: ['common_cause', 'common_cause'] });
    expect(result.warnings).toEqual([TRIAL(0, 1, 2)]);
  });
});

describe('readSpcRequest', () => {
  it('reads a series with only the required fields, screening off and no target', () => {
    expect(readSpcRequest('{"values":[1,2,3],"improvement_direction":"neutral"}')).toEqual({
      value: {
        values: [1, 2, 3],
        options: { direction: 'neutral', target: null, rebaseAt: [], screenOutliers: false },
      },
      problems: [],
    });
  });

  it('reads a series saved with a byte-order mark', () => {
    expect(readSpcRequest('\uFEFF{"values":[1,2],"improvement_direction":"increase"}').value?.values).toEqual([1, 2]);
  });

  it.each([
    {
      name: 'empty input',
      input: '',
      rule: 'empty_input',
      message: /^Standard input is empty\. Give one object such as/,
    },
    {
      name: 'text that is not JSON',
      input: 'values: 1, 2',
      rule: 'not_json',
      message: /^Standard input is not JSON \(/,
    },
    {
      name: 'an array',
      input: '[1, 2, 3]',
      rule: 'not_an_object',
      message: /^Standard input is \[1,2,3\]: give one object/,
    },
    {
      name: 'no values',
      input: '{"improvement_direction":"increase"}',
      rule: 'missing_values',
      message: /^"values" is missing: give the series as an array of numbers/,
    },
    {
      name: 'values that are not an array',
      input: '{"values":"1,2,3","improvement_direction":"increase"}',
      rule: 'values_not_array',
      message: /^"values" is "1,2,3" \(text\): give the series as an array of numbers\.$/,
    },
    {
      name: 'a value that is not a number',
      input: '{"values":[1,"2",3],"improvement_direction":"increase"}',
      rule: 'value_not_number',
      message: /^values\[1\] is "2" \(text\), not a number\. Write figures as JSON numbers\.$/,
    },
    {
      name: 'a missing value',
      input: '{"values":[1,null,3],"improvement_direction":"increase"}',
      rule: 'value_missing',
      message: /^values\[1\] is null: the command needs a figure for every point\./,
    },
    {
      // JSON.parse reads 1e400 as Infinity, which is no figure.
      name: 'a number too large to hold',
      input: '{"values":[1,1e400],"improvement_direction":"increase"}',
      rule: 'value_not_number',
      message: /^values\[1\] is too large a number to work with\./,
    },
    {
      name: 'one point',
      input: '{"values":[1],"improvement_direction":"increase"}',
      rule: 'too_few_values',
      message: /^"values" has 1 point: a chart needs at least 2/,
    },
    {
      name: 'no direction',
      input: '{"values":[1,2]}',
      rule: 'missing_direction',
      message:
        /^"improvement_direction" is missing: say increase \(higher is better\), decrease \(lower is better\) or neutral\.$/,
    },
    {
      name: 'an unknown direction',
      input: '{"values":[1,2],"improvement_direction":"up"}',
      rule: 'unknown_direction',
      message: /^"improvement_direction" is "up" \(text\): use increase/,
    },
    {
      name: 'a target that is not a number',
      input: '{"values":[1,2],"improvement_direction":"increase","target":"90%"}',
      rule: 'bad_target',
      message: /^"target" is "90%" \(text\): give a number, or null/,
    },
    {
      name: 'screening that is not true or false',
      input: '{"values":[1,2],"improvement_direction":"increase","screen_outliers":"yes"}',
      rule: 'bad_screen_outliers',
      message: /^"screen_outliers" is "yes" \(text\): use true or false/,
    },
    {
      name: 'an unknown field',
      input: '{"values":[1,2],"improvement_direction":"increase","screenOutliers":true}',
      rule: 'unknown_field',
      message: /^"screenOutliers" is not a field of the series: did you mean "screen_outliers"\?/,
    },
    {
      name: 'rebase positions that are not an array',
      input: '{"values":[1,2,3,4],"improvement_direction":"increase","rebase_at":2}',
      rule: 'bad_rebase_at',
      message: /^"rebase_at" is 2: give an array of the index \(from 0\) of the first point of each new segment/,
    },
    {
      name: 'a rebase at the first point',
      input: '{"values":[1,2,3,4],"improvement_direction":"increase","rebase_at":[0]}',
      rule: 'bad_rebase_at',
      message: /^rebase_at\[0\] is 0: the first segment starts at index 0 already/,
    },
    {
      name: 'a rebase past the last point',
      input: '{"values":[1,2,3,4],"improvement_direction":"increase","rebase_at":[4]}',
      rule: 'bad_rebase_at',
      message: /^rebase_at\[0\] is 4, past the last of the 4 values: a new segment can start at index 1 to 3\.$/,
    },
    {
      name: 'a rebase that is not a whole number',
      input: '{"values":[1,2,3,4],"improvement_direction":"increase","rebase_at":[1.5]}',
      rule: 'bad_rebase_at',
      message: /^rebase_at\[0\] is 1\.5: give the index/,
    },
    {
      name: 'a repeated rebase',
      input: '{"values":[1,2,3,4,5,6],"improvement_direction":"increase","rebase_at":[2,2]}',
      rule: 'bad_rebase_at',
      message: /^rebase_at\[1\] repeats 2: give each position once\.$/,
    },
    {
      // Segments 0-1, 2, 3-5: the middle one has a single point.
      name: 'a segment of one point',
      input: '{"values":[1,2,3,4,5,6],"improvement_direction":"increase","rebase_at":[3,2]}',
      rule: 'bad_rebase_at',
      message: /^"rebase_at" makes a segment of one point \(index 2\): each segment needs at least 2 points/,
    },
  ])('refuses $name', ({ input, rule, message }) => {
    const read = readSpcRequest(input);
    expect(read.value).toBeNull();
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: 'error', rule, message: expect.stringMatching(message) }),
    ]);
  });

  it('reports every problem at once', () => {
    const read = readSpcRequest('{"values":[1,"x",null],"improvement_direction":"up","rebase_at":[0]}');
    expect(read.problems.map((problem) => problem.rule)).toEqual([
      'value_not_number',
      'value_missing',
      'unknown_direction',
      'bad_rebase_at',
    ]);
  });
});

describe('scorecard spc exits', () => {
  test('1 on bad input, with each problem on standard error and nothing on standard output', async () => {
    const { code, out, err } = await runSpc('{"values":[1],"improvement_direction":"sideways"}');
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      expect.stringMatching(/^Error: "values" has 1 point/),
      expect.stringMatching(/^Error: "improvement_direction" is "sideways"/),
    ]);
  });

  test('2 without --json', async () => {
    const { code, err } = await runSpc('{}', { json: false });
    expect(code).toBe(2);
    expect(err).toEqual(['scorecard spc writes JSON: run `scorecard spc --json < series.json`.']);
  });

  test('2 when nothing is piped in', async () => {
    const { code, err } = await runSpc(null);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/^scorecard spc reads the series as JSON on standard input, e\.g\. echo '\{/);
  });

  test('2 when given a file, through the scorecard command', async () => {
    const err: string[] = [];
    const code = await main(
      ['spc', 'series.json', '--json'],
      { out: () => undefined, err: (line) => err.push(line) },
      TODAY,
    );
    expect(code).toBe(2);
    expect(err).toEqual([
      'scorecard spc reads one series from standard input, not from files: run `scorecard spc --json < series.json`.',
    ]);
  });
});

describe('bin/scorecard.mjs spc', () => {
  test('reads standard input in full and prints the chart as JSON', () => {
    const run = spawnSync(process.execPath, ['bin/scorecard.mjs', 'spc', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: JSON.stringify({ values: [3, 5], improvement_direction: 'increase' }),
    });
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as SpcReport).mean).toEqual([4, 4]);
  }, 60_000);

  test('exits 1 with a clear error and no stack trace on bad input', () => {
    const run = spawnSync(process.execPath, ['bin/scorecard.mjs', 'spc', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: '{"values":[1,2],"improvement_direction":"up"}',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Error: "improvement_direction" is "up" \(text\): use increase/);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 60_000);
});
