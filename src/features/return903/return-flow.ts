/**
 * The 903 return page's flow as a pure reducer: which phase the page is in and how each event moves
 * it on, tested in node (return-flow.test.ts); use-return-flow.ts runs the worker and feeds its
 * answers back as events. An event that makes no sense in the current phase (an answer to a
 * computation since overtaken or cancelled, Save before the figures) leaves the state as it is.
 */
import { MAX_UPLOAD_BYTES, uploadSizeProblems } from '../../adapters/decode';
import type { VersionMeta } from '../../adapters/version-store';
import { parseDayDate } from '../../domain/periods/day-date';
import type { SaveFieldError } from '../../shared/form/SaveForm';
import { checkSaveFields } from '../../shared/form/save-fields';
import type { Progress } from '../../shared/ProgressPanel';
import type { ComputeOutcome, ReturnResult } from './return-protocol';

export type FormField = 'files' | 'asAt';

export interface FormError {
  field: FormField;
  message: string;
}

/** A return worked out without errors, on screen to be checked and saved. */
export interface Review {
  computeId: number;
  outcome: ComputeOutcome;
  result: ReturnResult;
}

export type Phase =
  | { step: 'choosing' }
  /** The worker is reading the files and working out the figures; the form stays, so new files can overtake them. */
  | { step: 'computing'; asAt: string; progress: Progress }
  /** The work itself could not be done (the worker stopped, the saved figures could not be read). */
  | { step: 'failed'; message: string }
  /** A file could not be read as a 903 table: the problems above the form, nothing worked out. */
  | { step: 'problems'; outcome: ComputeOutcome }
  /** The data-quality report, the figures and breakdowns, what saving would change, and the save form. */
  | {
      step: 'review';
      review: Review;
      acknowledged: boolean;
      errors: readonly SaveFieldError[];
      saveFailure: string | null;
    }
  | { step: 'saving'; review: Review; name: string; progress: Progress }
  | { step: 'saved'; review: Review; version: VersionMeta };

export interface ReturnFlow {
  phase: Phase;
  /** The council the return is for. */
  areaCode: string;
  homeArea: string;
  formErrors: readonly FormError[];
  /** Counts every computation and save asked for (and every refused one, so the error summary is focused again). */
  attempt: number;
  /** Changes when the file input must forget its files. */
  formKey: number;
  announcement: string;
  /** Small-number suppression for what is downloaded for publication: on until the officer turns it off. */
  suppress: boolean;
  downloadFailure: string | null;
}

export type ReturnEvent =
  | { type: 'choose-area'; areaCode: string }
  | { type: 'compute'; files: readonly { name: string; size: number }[]; asAt: string }
  | { type: 'progress'; attempt: number; stage: string; fraction: number }
  | { type: 'computed'; attempt: number; computeId: number; outcome: ComputeOutcome }
  | { type: 'compute-failed'; attempt: number; message: string }
  | { type: 'acknowledge'; checked: boolean }
  | { type: 'save'; name: string }
  | { type: 'saved'; attempt: number; version: VersionMeta }
  | { type: 'save-failed'; attempt: number; reason: string }
  | { type: 'suppress'; checked: boolean }
  | { type: 'download-failed'; message: string }
  /** Cancel while the figures are worked out: the worker is stopped, the form keeps the files and the date. */
  | { type: 'cancel' }
  | { type: 'start-again' };

export const CHOOSE_FILES = 'Choose the files of the 903 return: one CSV for each table';
export const ENTER_AS_AT = 'Enter the date of the figures as day, month and year, for example 31/03/2022';
export const CANCELLED = 'Cancelled: nothing was worked out or saved, and the records read so far are let go.';
export const LEAVE_QUESTION =
  'Leave without saving? The figures worked out from the return and the version name you typed will be lost, and you will need to choose the files and work them out again.';
export const ACKNOWLEDGE_REPORT = 'Confirm you have read the data-quality report and the warnings before saving';

export function initialReturnFlow(homeArea: string): ReturnFlow {
  return {
    phase: { step: 'choosing' },
    areaCode: homeArea,
    homeArea,
    formErrors: [],
    attempt: 0,
    formKey: 0,
    announcement: '',
    suppress: true,
    downloadFailure: null,
  };
}

export function showsForm(phase: Phase): boolean {
  return (
    phase.step === 'choosing' || phase.step === 'computing' || phase.step === 'failed' || phase.step === 'problems'
  );
}

/** A return with records breaking a data-quality rule, or reading warnings, needs them confirmed as read before Save. */
export function needsAcknowledgement(outcome: ComputeOutcome, result: ReturnResult): boolean {
  return outcome.warnings.total > 0 || result.quality.some((rule) => rule.records > 0);
}

export function hasErrors({ phase, formErrors }: ReturnFlow): boolean {
  if (phase.step === 'problems' || formErrors.length > 0) return true;
  return phase.step === 'review' && phase.errors.length > 0;
}

function compute(flow: ReturnFlow, files: readonly { name: string; size: number }[], asAtText: string): ReturnFlow {
  const errors: FormError[] = [];
  if (files.length === 0) errors.push({ field: 'files', message: CHOOSE_FILES });
  for (const file of files.filter((candidate) => candidate.size > MAX_UPLOAD_BYTES))
    errors.push({ field: 'files', message: uploadSizeProblems(file.size, file.name)[0]?.message ?? CHOOSE_FILES });
  const asAt = parseDayDate(asAtText, 'typed');
  if (asAt === null) errors.push({ field: 'asAt', message: ENTER_AS_AT });
  const attempt = flow.attempt + 1;
  // A new array each time, so the error summary is focused again on every refused attempt.
  if (errors.length > 0 || asAt === null) return { ...flow, attempt, formErrors: errors };
  return {
    ...flow,
    attempt,
    formErrors: [],
    downloadFailure: null,
    phase: { step: 'computing', asAt, progress: { stage: 'Reading the files', fraction: 0 } },
    announcement: `Working out the figures from ${files.length === 1 ? '1 file' : `${files.length} files`}…`,
  };
}

function computed(flow: ReturnFlow, computeId: number, outcome: ComputeOutcome): ReturnFlow {
  if (!outcome.result) {
    return { ...flow, phase: { step: 'problems', outcome }, formKey: flow.formKey + 1, announcement: '' };
  }
  const review = { computeId, outcome, result: outcome.result };
  return {
    ...flow,
    phase: {
      step: 'review',
      review,
      acknowledged: !needsAcknowledgement(outcome, outcome.result),
      errors: [],
      saveFailure: null,
    },
    announcement: `The figures at ${outcome.result.asAt.text} are worked out. Check them before saving.`,
  };
}

function save(flow: ReturnFlow, name: string): ReturnFlow {
  const { phase } = flow;
  if (phase.step !== 'review') return flow;
  const checked = checkSaveFields(phase.acknowledged ? null : ACKNOWLEDGE_REPORT, name);
  const attempt = flow.attempt + 1;
  if (!checked.ok) return { ...flow, attempt, phase: { ...phase, errors: checked.errors } };
  return {
    ...flow,
    attempt,
    phase: { step: 'saving', review: phase.review, name: checked.name, progress: { stage: 'Saving', fraction: 0 } },
    announcement: 'Saving…',
  };
}

export function returnFlow(flow: ReturnFlow, event: ReturnEvent): ReturnFlow {
  const { phase } = flow;
  const current = 'attempt' in event && event.attempt === flow.attempt;
  switch (event.type) {
    case 'choose-area':
      return showsForm(phase) ? { ...flow, areaCode: event.areaCode } : flow;
    case 'compute':
      return showsForm(phase) ? compute(flow, event.files, event.asAt) : flow;
    case 'progress':
      if (!current || (phase.step !== 'computing' && phase.step !== 'saving')) return flow;
      return { ...flow, phase: { ...phase, progress: { stage: event.stage, fraction: event.fraction } } };
    case 'computed':
      return current && phase.step === 'computing' ? computed(flow, event.computeId, event.outcome) : flow;
    case 'compute-failed':
      return current && phase.step === 'computing'
        ? { ...flow, phase: { step: 'failed', message: event.message }, announcement: '' }
        : flow;
    case 'acknowledge':
      return phase.step === 'review' ? { ...flow, phase: { ...phase, acknowledged: event.checked } } : flow;
    case 'save':
      return save(flow, event.name);
    case 'saved':
      if (!current || phase.step !== 'saving') return flow;
      return {
        ...flow,
        phase: { step: 'saved', review: phase.review, version: event.version },
        announcement: `Saved as version ${event.version.id}.`,
      };
    case 'save-failed':
      if (!current || phase.step !== 'saving') return flow;
      return {
        ...flow,
        phase: { step: 'review', review: phase.review, acknowledged: true, errors: [], saveFailure: event.reason },
      };
    case 'suppress':
      return { ...flow, suppress: event.checked };
    case 'download-failed':
      return { ...flow, downloadFailure: event.message };
    case 'cancel':
      // attempt moves on, so an answer or progress the stopped worker already sent is ignored.
      return phase.step === 'computing'
        ? { ...flow, phase: { step: 'choosing' }, attempt: flow.attempt + 1, announcement: CANCELLED }
        : flow;
    case 'start-again':
      // A save under way is let finish: stopping it could lose it.
      if (phase.step === 'saving') return flow;
      return {
        ...initialReturnFlow(flow.homeArea),
        areaCode: flow.areaCode,
        suppress: flow.suppress,
        attempt: flow.attempt + 1,
        formKey: flow.formKey + 1,
        announcement: 'Nothing is held any more. Choose the files of a return to work out its figures.',
      };
  }
}
