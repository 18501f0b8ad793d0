// Each test opens its own empty database through a fresh IDBFactory (import-pipeline-harness.ts).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { HOMES_RULE_FIXTURES } from '../../../test/unit/homes-files';
import { describe, expect, it, test } from 'vitest';
import { THREE_HOMES } from '../../../test/unit/builders/homes';
import { repoPath } from '../../../test/unit/tables';
import { checkRequest, latestFigures, outcomeOf, setUp } from './import-pipeline-harness';

const DURHAM = 'E06000047';
const homesBytes = (relative: string) => new Uint8Array(readFileSync(repoPath(relative))).buffer;
const durhamRequest = (requestId: number, relative = 'data/homes/county-durham-2016-06-08.csv') => ({
  ...checkRequest(
    'good/hartlepool-scorecard-2021-22-q2.csv',
    requestId,
    undefined,
    [THREE_HOMES],
    homesBytes(relative),
  ),
  fileName: relative.split('/').at(-1) ?? relative,
  areaCode: DURHAM,
});

describe('a table of the council’s children’s homes through the one upload path', () => {
  test('is previewed with its homes in words and the table it replaces, then saved with the version, its figures unchanged', async () => {
    const { send, store } = await setUp();
    const outcome = outcomeOf(await send(durhamRequest(1)));
    expect(outcome.report.errors.total).toBe(0);
    expect(outcome.preview?.layout).toBe('homes');
    expect(outcome.preview?.localAuthority).toEqual({ code: DURHAM, name: 'County Durham' });
    expect(outcome.preview?.counts).toMatchObject({ added: 0, changed: 0 });
    expect(outcome.preview?.homes).toMatchObject({
      headline: "Our children's homes: 10 of 10 good or better at their latest full inspection",
      hasInterim: true,
      replaces: { fileName: 'homes.csv', homes: 3 },
    });
    expect(outcome.preview?.homes?.rows[0]).toEqual({
      key: '2',
      name: 'High Etherley',
      full: 'Outstanding, 21 July 2015',
      interim: 'Declined in effectiveness, 16 February 2016',
    });

    const saved = await send({ type: 'save', requestId: 2, checkId: 1, name: 'Homes June 2016' });
    expect(saved.at(-1)).toMatchObject({ type: 'saved', result: { ok: true } });
    const homes = (await store.loadHomes(1)).value;
    expect(homes?.map((table) => [table.areaCode, table.fileName, table.homes.length])).toEqual([
      [DURHAM, 'county-durham-2016-06-08.csv', 10],
    ]);
    expect(await latestFigures(store)).toHaveLength(outcome.preview?.counts.total ?? -1);
  });

  test('a file of figures saved afterwards carries the homes on screen into its version', async () => {
    const { send, store } = await setUp();
    outcomeOf(await send(checkRequest('good/hartlepool-scorecard-2021-22-q2.csv', 1, undefined, [THREE_HOMES])));
    await send({ type: 'save', requestId: 2, checkId: 1, name: 'Q2 figures' });
    expect((await store.loadHomes(1)).value).toEqual([THREE_HOMES]);
  });

  it.each(HOMES_RULE_FIXTURES)(
    'the %s fixture is refused with its named error, and nothing can be saved',
    async (rule) => {
      const { send, store } = await setUp();
      const outcome = outcomeOf(await send(durhamRequest(1, `test/fixtures/homes/${rule}.csv`)));
      expect(outcome.preview).toBeNull();
      expect(outcome.report.errors.shown.map((problem) => problem.rule)).toEqual([rule]);
      const saved = await send({ type: 'save', requestId: 2, checkId: 1, name: 'Bad homes' });
      expect(saved.at(-1)).toMatchObject({ type: 'saved', result: { ok: false } });
      expect(await store.latest()).toBeNull();
    },
  );

  test('without a local authority chosen, says to choose the council the homes belong to', async () => {
    const { send } = await setUp();
    const outcome = outcomeOf(await send({ ...durhamRequest(1), areaCode: '' }));
    expect(outcome.preview).toBeNull();
    expect(outcome.report.errors.shown.map((problem) => problem.message)).toEqual([
      "county-durham-2016-06-08.csv is a table of a council's children's homes, which does not say whose they are. Choose the local authority the homes belong to, then check the file again.",
    ]);
  });
});
