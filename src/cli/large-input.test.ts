// Files large enough that spreading their problems or figures into a call (push(...list)) would
// overflow the call stack, which happens from about 120,000 items. Built here, not kept as fixtures.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TODAY, uploadFixtureBytes } from '../../test/unit/uploads';
import { realCatalogue, readRepoCsv } from '../../test/unit/tables';
import { main } from './main';

const FIGURES = 150_000;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) }, TODAY);
  return { code, out, err };
}

/** FIGURES distinct rows of the observations layout: every measure, then every LA, then quarters back from 2020/21. */
function observationsCsv(): string {
  const measures = realCatalogue().value.measures.map((measure) => measure.id);
  const areas = readRepoCsv('data/areas.csv')
    .value.records.map((record) => record.cells.code ?? '')
    .filter((code) => /^E0[6-9]|^E10/.test(code));
  const lines = ['measure,area,period,value,numerator,denominator,status,note'];
  for (let index = 0; lines.length <= FIGURES; index += 1) {
    const measure = measures[index % measures.length] ?? '';
    const area = areas[Math.floor(index / measures.length) % areas.length] ?? '';
    const step = Math.floor(index / (measures.length * areas.length));
    const year = 2020 - Math.floor(step / 4);
    lines.push(`${measure},${area},${year}/${String(year + 1).slice(2)} Q${(step % 4) + 1},5,,,,`);
  }
  return lines.join('\n');
}

describe('the command line on large files', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'scorecard-large-'));
    const csv = observationsCsv();
    await writeFile(path.join(folder, 'figures.csv'), csv);
    await writeFile(path.join(folder, 'figures-again.csv'), csv);
    // The Hartlepool scorecard's six rows, 10,000 times over: 50,000 rows whose figures repeat.
    const [header = '', ...rows] = new TextDecoder()
      .decode(uploadFixtureBytes('good/hartlepool-scorecard-2021-22-q2.csv'))
      .trimEnd()
      .split('\n');
    await writeFile(
      path.join(folder, 'scorecard.csv'),
      [header, ...Array<string[]>(10_000).fill(rows).flat()].join('\n'),
    );
  });

  it('validates two files of 150,000 figures that repeat each other, with a warning for each repeat', async () => {
    const { code, out } = await run(
      'validate',
      path.join(folder, 'figures.csv'),
      path.join(folder, 'figures-again.csv'),
    );
    expect(code).toBe(0);
    expect(out.at(-1)).toMatch(/150000 observations, no errors, 150,000 warnings\.$/);
  }, 60_000);

  it('validates a scorecard-layout file of 50,000 rows', async () => {
    const { code, out } = await run('validate', path.join(folder, 'scorecard.csv'), '--area', 'E06000001');
    expect(code).toBe(0);
    expect(out.at(-1)).toMatch(/no errors/);
  }, 60_000);
});
