// Messages stay readable whatever the file holds: a cell's text is quoted cut to 80 characters.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { run } from '../../test/unit/cli';

test('scorecard validate quotes a 1 MB cell cut short, not whole', async () => {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-cell-')), 'big.csv');
  const megabyte = 1024 * 1024;
  await writeFile(
    file,
    [
      'measure,area,period,value,numerator,denominator,status,note',
      `cla_rate,E06000001,2021/22 Q2,${'9'.repeat(megabyte)}x,,,,`,
      `cla_rate,E06000001,2021/22 Q3,150,,,${'z'.repeat(megabyte)},`,
    ].join('\n'),
  );
  const { code, out } = await run('validate', file);
  expect(code).toBe(1);
  expect(out[0]).toMatch(/^Error: Row 2, column value: '9{79}…' is not a number\./);
  expect(out[1]).toMatch(/^Error: Row 3, column status: 'z{79}…' is not a status\./);
  for (const line of out) expect(line.length).toBeLessThan(400);
});
