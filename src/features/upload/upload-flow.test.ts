import { describe, expect, test } from 'vitest';
import type { VersionMeta } from '../../adapters/version-store';
import type { Problem } from '../../domain/readers/result';
import type { CheckOutcome } from './import-protocol';
import type { UploadPreview } from '../../shared/preview/preview-model';
import {
  acknowledgeWarnings,
  GIVE_COMPARATOR_PERIOD,
  CHOOSE_A_FILE,
  hasErrors,
  initialUploadFlow,
  showsForm,
  uploadFlow,
  type UploadEvent,
  type UploadFlow,
} from './upload-flow';
import { buildReport } from './upload-report';

const HOME = 'E06000047';
const HARTLEPOOL = 'E06000001';

const problem = (severity: Problem['severity']): Problem => ({
  severity,
  rule: 'empty_file',
  message: `a ${severity}`,
});
const emptyList = { total: 0, rows: [] };
const preview: UploadPreview = {
  fileName: 'q2.csv',
  layout: 'observations',
  localAuthority: null,
  newestPeriod: null,
  counts: { added: 1, changed: 0, unchanged: 0, total: 1 },
  added: { total: 1, rows: [] },
  changed: emptyList,
  unchanged: emptyList,
  kept: emptyList,
  openDataRows: null,
  breakdownChanges: null,
  homes: null,
};
const clean: CheckOutcome = { report: buildReport('q2.csv', []), preview, comparatorPeriod: null };
const withWarnings: CheckOutcome = {
  report: buildReport('q2.csv', [problem('warning')]),
  preview,
  comparatorPeriod: null,
};
const withErrors: CheckOutcome = {
  report: buildReport('q2.csv', [problem('error')]),
  preview: null,
  comparatorPeriod: null,
};
const version: VersionMeta = {
  id: 3,
  name: 'Q2',
  createdAt: '2022-01-10T09:30:00.000Z',
  fileName: 'q2.csv',
  kind: 'upload',
  counts: preview.counts,
};

const file = { name: 'q2.csv', size: 1_000 };
const check = (chosen: { name: string; size: number } | null = file): UploadEvent => ({ type: 'check', file: chosen });
// The first check is attempt 1, the Save after it attempt 2: the worker's answers carry the number they were asked under.
const checked = (outcome: CheckOutcome, attempt = 1): UploadEvent => ({
  type: 'checked',
  attempt,
  checkId: 7,
  outcome,
});
const save = (name: string): UploadEvent => ({ type: 'save', name });
const saved = (attempt = 2): UploadEvent => ({ type: 'saved', attempt, version });

const run = (...events: UploadEvent[]): UploadFlow => events.reduce(uploadFlow, initialUploadFlow(HOME));

const states = {
  choosing: run(),
  checking: run(check()),
  failed: run(check(), { type: 'check-failed', attempt: 1, message: 'The file checker stopped.' }),
  problems: run(check(), checked(withErrors)),
  warnings: run(check(), checked(withWarnings)),
  acknowledged: run(check(), checked(withWarnings), { type: 'acknowledge', rule: 'empty_file', checked: true }),
  preview: run(check(), checked(clean)),
  saving: run(check(), checked(clean), save('Q2')),
  saved: run(check(), checked(clean), save('Q2'), saved()),
  cancelled: run(check(), checked(clean), { type: 'start-again', reason: 'cancelled' }),
};
type State = keyof typeof states;

describe('uploadFlow: transitions', () => {
  test.each<[State, string, UploadEvent, Partial<UploadFlow> & { step: string }]>([
    ['choosing', 'a file is checked', check(), { step: 'checking', attempt: 1, announcement: 'Checking q2.csv…' }],
    [
      'choosing',
      'Check with no file',
      check(null),
      { step: 'choosing', formErrors: [{ field: 'file', message: CHOOSE_A_FILE }] },
    ],
    [
      'choosing',
      'an LA is chosen',
      { type: 'choose-area', areaCode: HARTLEPOOL },
      { step: 'choosing', areaCode: HARTLEPOOL },
    ],
    [
      'checking',
      'progress',
      { type: 'progress', attempt: 1, stage: 'Comparing', fraction: 0.5 },
      { step: 'checking', announcement: 'Comparing…' },
    ],
    [
      'checking',
      'no errors',
      checked(clean),
      { step: 'preview', announcement: 'q2.csv has no errors. Check the changes before saving.' },
    ],
    ['checking', 'warnings only', checked(withWarnings), { step: 'warnings' }],
    ['checking', 'errors', checked(withErrors), { step: 'problems', formKey: 1, announcement: '' }],
    ['checking', 'the check fails', { type: 'check-failed', attempt: 1, message: 'Stopped.' }, { step: 'failed' }],
    ['checking', 'another file overtakes it', check({ name: 'other.csv', size: 5 }), { step: 'checking', attempt: 2 }],
    ['failed', 'the file is checked again', check(), { step: 'checking' }],
    ['problems', 'the fixed file is checked', check(), { step: 'checking', formErrors: [] }],
    [
      'problems',
      'Check with no file',
      check(null),
      { step: 'problems', formErrors: [{ field: 'file', message: CHOOSE_A_FILE }] },
    ],
    [
      'problems',
      'the download fails',
      { type: 'download-failed', message: 'No space.' },
      { step: 'problems', downloadFailure: 'No space.' },
    ],
    ['warnings', 'the box is ticked', { type: 'acknowledge', rule: 'empty_file', checked: true }, { step: 'preview' }],
    [
      'acknowledged',
      'the box is unticked',
      { type: 'acknowledge', rule: 'empty_file', checked: false },
      { step: 'warnings' },
    ],
    ['acknowledged', 'Save', save('Q2'), { step: 'saving', announcement: 'Saving…' }],
    ['preview', 'Save', save('Q2'), { step: 'saving', attempt: 2 }],
    ['saving', 'progress', { type: 'progress', attempt: 2, stage: 'Saving', fraction: 0.9 }, { step: 'saving' }],
    ['saving', 'saved', saved(), { step: 'saved', announcement: 'Saved as version 3.' }],
    [
      'saving',
      'the save fails',
      { type: 'save-failed', attempt: 2, reason: 'The browser is full.' },
      { step: 'preview' },
    ],
    [
      'preview',
      'Cancel',
      { type: 'start-again', reason: 'cancelled' },
      { step: 'choosing', formKey: 1, announcement: 'Cancelled: nothing has been saved. Choose a file to check.' },
    ],
    [
      'saved',
      'Upload another file',
      { type: 'start-again', reason: 'another' },
      { step: 'choosing', announcement: 'Choose the next file to check.' },
    ],
  ])('%s, then %s', (from, _what, event, expected) => {
    const { step, ...rest } = expected;
    const next = uploadFlow(states[from], event);
    expect(next.phase.step).toBe(step);
    expect(next).toMatchObject(rest);
  });

  test('a file over the size limit is refused by its size, with nothing to ask the worker', () => {
    const next = uploadFlow(states.choosing, check({ name: 'huge.csv', size: 100 * 1024 * 1024 }));
    expect(next.phase).toMatchObject({ step: 'problems', checkId: null });
    expect(next.phase.step === 'problems' && next.phase.report.errors.shown[0]?.rule).toBe('file_too_large');
  });

  test.each<[State, string, UploadFlow['phase']['step'], string[]]>([
    ['warnings', 'Q2', 'warnings', [acknowledgeWarnings('empty_file', 1)]],
    [
      'warnings',
      ' ',
      'warnings',
      [acknowledgeWarnings('empty_file', 1), 'Give this version a name, such as "2021/22 Q2 figures".'],
    ],
    ['preview', '', 'preview', ['Give this version a name, such as "2021/22 Q2 figures".']],
  ])('%s: Save named %j is refused, staying %s, with %j', (from, name, step, messages) => {
    const next = uploadFlow(states[from], save(name));
    expect(next.phase.step).toBe(step);
    expect('errors' in next.phase ? next.phase.errors.map((error) => error.message) : []).toEqual(messages);
    // A new attempt, so the error summary is focused again.
    expect(next.attempt).toBe(states[from].attempt + 1);
  });

  test('each kind of warning is confirmed on its own, with its count, before Save is allowed', () => {
    const twoKinds: CheckOutcome = {
      ...withWarnings,
      report: buildReport('q2.csv', [
        { severity: 'warning', rule: 'large_change', row: 3, message: 'a large change' },
        { severity: 'warning', rule: 'large_change', row: 5, message: 'another large change' },
        { severity: 'warning', rule: 'future_period', row: 4, message: 'a period after today' },
      ]),
    };
    const ack = (rule: 'large_change' | 'future_period', ticked: boolean): UploadEvent => ({
      type: 'acknowledge',
      rule,
      checked: ticked,
    });
    const one = run(check(), checked(twoKinds), ack('large_change', true));
    expect(one.phase).toMatchObject({ step: 'warnings', acknowledged: ['large_change'] });
    expect(uploadFlow(one, save('Q2')).phase).toMatchObject({
      errors: [{ field: 'acknowledge', message: acknowledgeWarnings('future_period', 1) }],
    });
    const both = uploadFlow(one, ack('future_period', true));
    expect(both.phase.step).toBe('preview');
    expect(uploadFlow(both, ack('large_change', false)).phase).toMatchObject({
      step: 'warnings',
      acknowledged: ['future_period'],
    });
    expect(acknowledgeWarnings('large_change', 2)).toBe(
      'Confirm you have checked the 2 warnings about large changes since the last figure before saving',
    );
  });

  test('Save stores the name trimmed', () => {
    expect(uploadFlow(states.preview, save('  Q2 figures ')).phase).toMatchObject({
      step: 'saving',
      name: 'Q2 figures',
    });
  });

  test('a failed save goes back to the preview, acknowledged, with why', () => {
    const saving = run(
      check(),
      checked(withWarnings),
      { type: 'acknowledge', rule: 'empty_file', checked: true },
      save('Q2'),
    );
    const next = uploadFlow(saving, { type: 'save-failed', attempt: 2, reason: 'The browser is full.' });
    expect(next.phase).toMatchObject({ step: 'preview', saveFailure: 'The browser is full.', errors: [] });
  });

  test('starting again forgets the file, the LA chosen and every message', () => {
    const chosen = run({ type: 'choose-area', areaCode: HARTLEPOOL }, check(), checked(withErrors));
    expect(chosen.areaCode).toBe(HARTLEPOOL);
    const next = uploadFlow({ ...chosen, downloadFailure: 'No space.' }, { type: 'start-again', reason: 'cancelled' });
    expect(next).toMatchObject({ phase: { step: 'choosing' }, areaCode: HOME, formErrors: [], downloadFailure: null });
    expect(next.formKey).toBeGreaterThan(chosen.formKey);
  });
});

describe('uploadFlow: comparator columns without a period', () => {
  const asking = (onlyThis: boolean): CheckOutcome => ({
    ...withErrors,
    comparatorPeriod: { columns: ['England', 'North East'], suggested: '2019/20', onlyThis },
  });

  test('a file that only lacks its comparators’ period stays chosen, and the form asks for it, prefilled from the file', () => {
    const before = run(check());
    const next = uploadFlow(before, checked(asking(true)));
    expect(next).toMatchObject({ phase: { step: 'problems' }, comparatorPeriod: '2019/20', formKey: before.formKey });
    expect(next.comparatorAsk?.columns).toEqual(['England', 'North East']);
  });

  test('a file with other errors too is chosen again once fixed; the period typed is kept', () => {
    const typed = run({ type: 'choose-comparator-period', text: '2018/19' }, check());
    const next = uploadFlow(typed, checked(asking(false)));
    expect(next.comparatorPeriod).toBe('2018/19');
    expect(next.formKey).toBe(typed.formKey + 1);
  });

  test.each(['', 'last year', '2019/2'])('a period of %j is refused on the form, without asking the worker', (text) => {
    const asked = run(check(), checked(asking(true)), { type: 'choose-comparator-period', text });
    const next = uploadFlow(asked, check());
    expect(next.phase.step).toBe('problems');
    expect(next.formErrors).toEqual([{ field: 'comparatorPeriod', message: GIVE_COMPARATOR_PERIOD }]);
  });

  test('a period such as 2019/20 lets the file be checked again; starting again forgets it', () => {
    const asked = run(check(), checked(asking(true)));
    expect(uploadFlow(asked, check()).phase.step).toBe('checking');
    const again = uploadFlow(asked, { type: 'start-again', reason: 'another' });
    expect(again).toMatchObject({ comparatorAsk: null, comparatorPeriod: '' });
  });
});

describe('uploadFlow: events that make no sense now are ignored', () => {
  test.each<[State, string, UploadEvent]>([
    ['choosing', 'checked(clean)', checked(clean)],
    ['choosing', 'save(Q2)', save('Q2')],
    ['choosing', 'acknowledge', { type: 'acknowledge', rule: 'empty_file', checked: true }],
    ['choosing', 'progress', { type: 'progress', attempt: 0, stage: 'Reading', fraction: 0 }],
    ['choosing', 'download-failed', { type: 'download-failed', message: 'No space.' }],
    // An answer to a check that was cancelled, or overtaken by another.
    ['cancelled', 'the answer to the cancelled check', checked(clean)],
    ['cancelled', 'check-failed', { type: 'check-failed', attempt: 1, message: 'Stopped.' }],
    ['checking', 'the answer to an older check', checked(clean, 0)],
    ['checking', 'progress', { type: 'progress', attempt: 0, stage: 'Reading', fraction: 0.5 }],
    ['checking', 'save(Q2)', save('Q2')],
    ['failed', 'checked(clean)', checked(clean)],
    ['problems', 'save(Q2)', save('Q2')],
    ['problems', 'acknowledge', { type: 'acknowledge', rule: 'empty_file', checked: true }],
    ['preview', 'check()', check()],
    ['preview', 'choose-area', { type: 'choose-area', areaCode: HARTLEPOOL }],
    ['preview', 'acknowledge', { type: 'acknowledge', rule: 'empty_file', checked: false }],
    ['preview', 'saved()', saved()],
    ['warnings', 'check()', check()],
    ['saving', 'save(Q2)', save('Q2')],
    ['saving', 'check()', check()],
    ['saving', 'start-again', { type: 'start-again', reason: 'cancelled' }],
    ['saving', 'the answer to an older save', saved(1)],
    ['saving', 'an older save failing', { type: 'save-failed', attempt: 1, reason: 'Stale.' }],
    ['saved', 'saved()', saved()],
    ['saved', 'save(Q2)', save('Q2')],
    ['saved', 'progress', { type: 'progress', attempt: 2, stage: 'Saving', fraction: 1 }],
    ['saved', 'download-failed', { type: 'download-failed', message: 'No space.' }],
  ])('%s ignores %s', (from, _what, event) => {
    expect(uploadFlow(states[from], event)).toBe(states[from]);
  });
});

describe('what each phase shows', () => {
  test.each<[State, boolean, boolean]>([
    ['choosing', true, false],
    ['checking', true, false],
    ['failed', true, false],
    ['problems', true, true],
    ['warnings', false, false],
    ['preview', false, false],
    ['saving', false, false],
    ['saved', false, false],
  ])('%s: the file form %s, an error title %s', (state, form, error) => {
    expect(showsForm(states[state].phase)).toBe(form);
    expect(hasErrors(states[state])).toBe(error);
  });

  test('a refused Check or Save puts "Error:" in the title', () => {
    expect(hasErrors(uploadFlow(states.choosing, check(null)))).toBe(true);
    expect(hasErrors(uploadFlow(states.warnings, save('Q2')))).toBe(true);
  });
});
