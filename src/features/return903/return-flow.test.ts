import { describe, expect, it } from 'vitest';
import type { VersionMeta } from '../../adapters/version-store';
import {
  ACKNOWLEDGE_REPORT,
  CANCELLED,
  CHOOSE_FILES,
  ENTER_AS_AT,
  initialReturnFlow,
  returnFlow,
  type ReturnEvent,
  type ReturnFlow,
} from './return-flow';
import type { ComputeOutcome, ReturnResult } from './return-protocol';

const HOME = 'E06000047';
const files = [
  { name: 'header.csv', size: 2_000 },
  { name: 'episodes.csv', size: 9_000 },
];

function result(brokenRecords = 0): ReturnResult {
  return {
    asAt: { text: '31/03/2022', period: '2021/22', iso: '2022-03-31' },
    span: { from: '01/04/2020', to: '31/03/2022' },
    children: 9,
    unavailable: [],
    quality: [{ number: 6, title: 'Overlapping episodes', codes: '', records: brokenRecords, first: [] }],
    figures: { total: 0, rows: [] },
    breakdowns: [],
    preview: {
      fileName: 'SSDA903 return: header.csv, episodes.csv',
      layout: 'observations',
      localAuthority: null,
      counts: { added: 1, changed: 0, unchanged: 0, total: 1 },
      added: { total: 1, rows: [] },
      changed: { total: 0, rows: [] },
      unchanged: { total: 0, rows: [] },
      kept: { total: 0, rows: [] },
      openDataRows: null,
      breakdownChanges: null,
      newestPeriod: '2021/22',
      homes: null,
    },
    breakdownChanges: { added: 0, changed: 0, unchanged: 0 },
    dates: { quarters: 8, months: 24 },
  };
}

const none = { total: 0, shown: [] };
const good = (brokenRecords = 0): ComputeOutcome => ({
  files: [],
  errors: none,
  warnings: none,
  result: result(brokenRecords),
});
const version: VersionMeta = {
  id: 3,
  name: 'Brook 2021/22',
  createdAt: '2022-04-20T10:00:00.000Z',
  fileName: 'SSDA903 return: header.csv, episodes.csv',
  kind: 'upload',
  counts: { added: 1, changed: 0, unchanged: 0, total: 1 },
};

function run(...events: ReturnEvent[]): ReturnFlow {
  return events.reduce(returnFlow, initialReturnFlow(HOME));
}

const startCompute: ReturnEvent = { type: 'compute', files, asAt: '31/03/2022' };

describe('the 903 return page flow', () => {
  it.each([
    { name: 'no files', event: { type: 'compute', files: [], asAt: '31/03/2022' }, messages: [CHOOSE_FILES] },
    { name: 'no date', event: { type: 'compute', files, asAt: '' }, messages: [ENTER_AS_AT] },
    {
      name: 'a date that is not a day',
      event: { type: 'compute', files, asAt: '31/02/2022' },
      messages: [ENTER_AS_AT],
    },
    {
      name: 'a file over the size limit',
      event: { type: 'compute', files: [{ name: 'episodes.csv', size: 70 * 1024 * 1024 }], asAt: '31/03/2022' },
      messages: [expect.stringMatching(/^episodes\.csv is 70 MB; the largest file this page reads is 60 MB/)],
    },
  ] as const)('refuses to start with $name, saying what to do', ({ event, messages }) => {
    const flow = run(event);
    expect(flow.phase.step).toBe('choosing');
    expect(flow.formErrors.map((error) => error.message)).toEqual(messages);
  });

  it('reads the as-at date as officers type it, and shows the progress of the current computation only', () => {
    const computing = run({ type: 'compute', files, asAt: '31.03.2022' });
    expect(computing.phase).toMatchObject({ step: 'computing', asAt: '2022-03-31' });
    const moved = returnFlow(computing, {
      type: 'progress',
      attempt: computing.attempt,
      stage: 'Reading',
      fraction: 0.3,
    });
    expect(moved.phase).toMatchObject({ progress: { stage: 'Reading', fraction: 0.3 } });
    expect(returnFlow(moved, { type: 'progress', attempt: 0, stage: 'Old', fraction: 0.9 })).toBe(moved);
  });

  it('shows the figures of a clean return, ready to save without confirming anything', () => {
    const flow = run(startCompute, { type: 'computed', attempt: 1, computeId: 1, outcome: good() });
    expect(flow.phase).toMatchObject({ step: 'review', acknowledged: true });
    const saving = returnFlow(flow, { type: 'save', name: ' Brook 2021/22 ' });
    expect(saving.phase).toMatchObject({ step: 'saving', name: 'Brook 2021/22' });
    const saved = returnFlow(saving, { type: 'saved', attempt: saving.attempt, version });
    expect(saved.phase.step).toBe('saved');
    expect(saved.announcement).toBe('Saved as version 3.');
  });

  it('asks for the data-quality report to be confirmed as read when records break a rule, and for a name', () => {
    const flow = run(startCompute, { type: 'computed', attempt: 1, computeId: 1, outcome: good(4) });
    const refused = returnFlow(flow, { type: 'save', name: '' });
    expect(refused.phase.step).toBe('review');
    expect(refused.phase.step === 'review' && refused.phase.errors.map((error) => error.field)).toEqual([
      'acknowledge',
      'name',
    ]);
    expect(refused.phase.step === 'review' && refused.phase.errors[0]?.message).toBe(ACKNOWLEDGE_REPORT);
    const ticked = returnFlow(refused, { type: 'acknowledge', checked: true });
    expect(returnFlow(ticked, { type: 'save', name: 'Brook' }).phase.step).toBe('saving');
  });

  it('shows the problems of files that are not 903 tables, and the form again', () => {
    const outcome: ComputeOutcome = {
      files: [{ fileName: 'notes.csv', readAs: null }],
      errors: { total: 1, shown: [{ severity: 'error', rule: 'unknown_903_table', message: 'notes.csv is not…' }] },
      warnings: none,
      result: null,
    };
    const flow = run(startCompute, { type: 'computed', attempt: 1, computeId: 1, outcome });
    expect(flow.phase.step).toBe('problems');
    expect(flow.formKey).toBe(1);
  });

  it('ignores an answer to a computation that was overtaken or cancelled', () => {
    const again = run(startCompute, startCompute);
    expect(returnFlow(again, { type: 'computed', attempt: 1, computeId: 1, outcome: good() })).toBe(again);
    const cancelled = run(startCompute, { type: 'start-again' });
    expect(returnFlow(cancelled, { type: 'computed', attempt: 1, computeId: 1, outcome: good() }).phase.step).toBe(
      'choosing',
    );
  });

  it('cancels a computation under way: back to the form as it was, the answer that follows ignored', () => {
    const computing = run(startCompute);
    const cancelled = returnFlow(computing, { type: 'cancel' });
    expect(cancelled).toMatchObject({
      phase: { step: 'choosing' },
      formKey: computing.formKey,
      announcement: CANCELLED,
    });
    const late = { type: 'computed', attempt: computing.attempt, computeId: 1, outcome: good() } as const;
    expect(returnFlow(cancelled, late)).toBe(cancelled);
    expect(returnFlow(cancelled, { type: 'cancel' })).toBe(cancelled);
  });

  it('goes back to the figures with the reason when a save fails, and lets a save under way finish', () => {
    const saving = run(
      startCompute,
      { type: 'computed', attempt: 1, computeId: 1, outcome: good() },
      { type: 'save', name: 'Brook' },
    );
    expect(returnFlow(saving, { type: 'start-again' })).toBe(saving);
    const failed = returnFlow(saving, { type: 'save-failed', attempt: saving.attempt, reason: 'Storage is full.' });
    expect(failed.phase).toMatchObject({ step: 'review', saveFailure: 'Storage is full.' });
  });

  it('keeps the council and the suppression choice when starting again', () => {
    const flow = run(
      { type: 'choose-area', areaCode: 'E06000001' },
      { type: 'suppress', checked: false },
      startCompute,
      { type: 'start-again' },
    );
    expect(flow).toMatchObject({ areaCode: 'E06000001', suppress: false, phase: { step: 'choosing' } });
  });
});
