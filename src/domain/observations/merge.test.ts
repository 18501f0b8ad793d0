import { describe, expect, it, test } from 'vitest';
import { figure } from '../../../test/unit/builders/observation';
import { collisionProblems, combineObservations, mergeByKey, precedence, type MergeMode } from './merge';
import type { Observation } from './observation';

const own = figure('cla_rate', '2020/21', 93.5, { source: { file: 'county-durham.csv', row: 4 } });
const ownAgain = figure('cla_rate', '2020/21', 93.5, {
  note: 'As printed',
  source: { file: 'county-durham.csv', row: 9 },
});
const ownRevised = figure('cla_rate', '2020/21', 94.1, { source: { file: 'revised.csv', row: 2 } });
const fromDfe = figure('cla_rate', '2020/21', 94, {
  source: { file: 'cla_number_and_rate_per_10k_children.csv', row: 900, publisher: 'DfE' },
});
const fromDfeAgain = figure('cla_rate', '2020/21', 94, {
  source: { file: 'cla_number_and_rate_per_10k_children.csv', row: 901, publisher: 'DfE' },
});
const ownProvisional = figure('cla_rate', '2020/21', 93.5, {
  status: 'provisional',
  source: { file: 'county-durham.csv', row: 4 },
});
const dfeProvisional = { ...fromDfe, status: 'provisional' as const };
const dfeSuppressed = { ...fromDfe, value: null, status: 'suppressed' as const };
const otherPeriod = figure('cla_rate', '2019/20', 90, { source: { file: 'county-durham.csv', row: 3 } });

describe('precedence', () => {
  it.each([
    { what: "the council's own figure over a DfE one", a: own, b: fromDfe, sign: 1 },
    { what: 'a DfE figure under the own one', a: fromDfe, b: own, sign: -1 },
    { what: 'two own figures: no rule tells them apart', a: own, b: ownRevised, sign: 0 },
    { what: 'two DfE figures: no rule tells them apart', a: fromDfe, b: fromDfeAgain, sign: 0 },
    { what: "DfE's final figure over the council's provisional one", a: fromDfe, b: ownProvisional, sign: 1 },
    { what: "the council's provisional figure under DfE's final one", a: ownProvisional, b: fromDfe, sign: -1 },
    {
      what: "the council's provisional figure over DfE's provisional one",
      a: ownProvisional,
      b: dfeProvisional,
      sign: 1,
    },
    { what: "the council's final figure over DfE's provisional one", a: own, b: dfeProvisional, sign: 1 },
    {
      what: "the council's provisional figure over DfE's suppressed one",
      a: ownProvisional,
      b: dfeSuppressed,
      sign: 1,
    },
    {
      what: "two of the council's own, provisional and final: not by status",
      a: ownProvisional,
      b: ownRevised,
      sign: 0,
    },
  ])('ranks $what', ({ a, b, sign }) => {
    expect(Math.sign(precedence(a, b))).toBe(sign);
  });
});

describe('mergeByKey', () => {
  it.each<{
    what: string;
    mode: MergeMode;
    held: Observation[];
    incoming: Observation[];
    value: Observation[];
    resolutions: string[];
  }>([
    {
      what: 'adds a figure for a new key',
      mode: 'combine',
      held: [own],
      incoming: [otherPeriod],
      value: [own, otherPeriod],
      resolutions: [],
    },
    {
      what: 'keeps the first of two equal figures as a repeat, even with another note',
      mode: 'combine',
      held: [own],
      incoming: [ownAgain],
      value: [own],
      resolutions: ['repeat'],
    },
    {
      what: 'keeps the first of two different figures as a conflict',
      mode: 'combine',
      held: [own],
      incoming: [ownRevised],
      value: [own],
      resolutions: ['conflict'],
    },
    {
      what: "keeps the council's own figure over a DfE one given later",
      mode: 'combine',
      held: [own],
      incoming: [fromDfe],
      value: [own],
      resolutions: ['precedence'],
    },
    {
      what: "takes the council's own figure over a DfE one given first, in its place",
      mode: 'combine',
      held: [fromDfe, otherPeriod],
      incoming: [own],
      value: [own, otherPeriod],
      resolutions: ['precedence'],
    },
    {
      what: 'replaces a held figure with a different one in an update',
      mode: 'update',
      held: [own],
      incoming: [ownRevised],
      value: [ownRevised],
      resolutions: ['replaced'],
    },
    {
      what: 'replaces a held figure with the same one in an update, so its source is the newest file',
      mode: 'update',
      held: [own],
      incoming: [{ ...own, source: { file: 'q2.csv', row: 5 } }],
      value: [{ ...own, source: { file: 'q2.csv', row: 5 } }],
      resolutions: ['replaced'],
    },
    {
      what: "keeps the council's own figure over a DfE one in an update",
      mode: 'update',
      held: [own],
      incoming: [fromDfe],
      value: [own],
      resolutions: ['precedence'],
    },
    {
      what: "takes the council's own figure over a held DfE one in an update",
      mode: 'update',
      held: [fromDfe],
      incoming: [own],
      value: [own],
      resolutions: ['precedence'],
    },
  ])('$what ($mode)', ({ mode, held, incoming, value, resolutions }) => {
    const merged = mergeByKey(held, incoming, mode);
    expect(merged.value).toEqual(value);
    expect(merged.collisions.map((collision) => collision.resolution)).toEqual(resolutions);
    expect(merged.added).toEqual(
      incoming.filter((observation) => !merged.collisions.some((c) => c.incoming === observation)),
    );
  });

  it.each([
    { mode: 'combine' as const, incoming: ownAgain, same: true },
    { mode: 'update' as const, incoming: ownAgain, same: false },
    { mode: 'combine' as const, incoming: ownRevised, same: false },
  ])('compares a note only in an update ($mode, same: $same)', ({ mode, incoming, same }) => {
    expect(mergeByKey([own], [incoming], mode).collisions[0]?.same).toBe(same);
  });
});

describe('collisionProblems', () => {
  const secondFile = figure('cla_rate', '2020/21', 94.1, { source: { file: 'county-durham-2.csv', row: 2 } });
  const sameFileRevised = { ...ownRevised, source: { file: 'county-durham.csv', row: 7 } };

  it.each([
    {
      what: 'a repeat in one file',
      incoming: ownAgain,
      wording: {},
      problem: {
        severity: 'warning',
        rule: 'duplicate_row',
        row: 9,
        column: 'measure',
        message: 'Row 9, column measure: repeats row 4 (cla_rate, E06000047, 2020/21). The repeat is ignored.',
      },
    },
    {
      what: 'a conflict in one file',
      incoming: sameFileRevised,
      wording: {},
      problem: {
        severity: 'error',
        rule: 'conflicting_values',
        row: 7,
        column: 'value',
        message:
          'Row 7, column value: row 4 gives a different figure for cla_rate, E06000047, 2020/21. Keep one row per measure, area and period.',
      },
    },
    {
      what: 'a conflict between two files, naming both',
      incoming: secondFile,
      wording: {},
      problem: {
        severity: 'error',
        rule: 'conflicting_values',
        row: 2,
        column: 'value',
        message:
          'county-durham-2.csv row 2, column value: county-durham.csv row 4 gives a different figure for cla_rate, E06000047, 2020/21. Keep one row per measure, area and period.',
      },
    },
    {
      what: 'a repeat in one file that names its file and column',
      incoming: ownAgain,
      wording: { nameFile: true, column: () => 'Rate' },
      problem: {
        severity: 'warning',
        rule: 'duplicate_row',
        row: 9,
        column: 'Rate',
        message:
          'county-durham.csv row 9, column Rate: repeats row 4 (cla_rate, E06000047, 2020/21). The repeat is ignored.',
      },
    },
    {
      what: 'a conflict in a saved list, by position, with its own advice',
      incoming: sameFileRevised,
      wording: {
        place: (observation: Observation) => ({ file: 'the saved data', entry: observation === own ? 1 : 2 }),
        nameFile: true,
        conflictAdvice: 'Only the first is read.',
      },
      problem: {
        severity: 'error',
        rule: 'conflicting_values',
        column: 'value',
        message:
          'the saved data, observation 2: observation 1 gives a different figure for cla_rate, E06000047, 2020/21. Only the first is read.',
      },
    },
    {
      what: 'a conflict with a whole file (a data pack)',
      incoming: secondFile,
      wording: {
        place: (observation: Observation) =>
          observation === own ? { file: 'county-durham.csv', row: 4 } : { file: 'pack.json' },
      },
      problem: {
        severity: 'error',
        rule: 'conflicting_values',
        column: 'value',
        message:
          'pack.json: county-durham.csv row 4 gives a different figure for cla_rate, E06000047, 2020/21. Keep one row per measure, area and period.',
      },
    },
  ])('words $what', ({ incoming, wording, problem }) => {
    expect(collisionProblems(mergeByKey([own], [incoming], 'combine').collisions, wording)).toEqual([problem]);
  });

  it.each([
    { what: 'a precedence rule', mode: 'combine' as const, incoming: fromDfe },
    { what: 'an update', mode: 'update' as const, incoming: ownRevised },
  ])('reports nothing for figures $what resolved', ({ mode, incoming }) => {
    expect(collisionProblems(mergeByKey([own], [incoming], mode).collisions)).toEqual([]);
  });
});

describe('combineObservations', () => {
  it.each([
    { order: 'own figure first', observations: [own, fromDfe] },
    { order: 'DfE figure first', observations: [fromDfe, own] },
  ])(
    "keeps the council's own figure over a DfE one for the same key, without a conflict ($order)",
    ({ observations }) => {
      expect(combineObservations(observations)).toEqual({ value: [own], problems: [] });
    },
  );

  test('reads two DfE figures that differ as a conflict, as any two figures', () => {
    expect(
      combineObservations([fromDfe, { ...fromDfeAgain, value: 95 }]).problems.map((problem) => problem.rule),
    ).toEqual(['conflicting_values']);
  });
});
