/**
 * The upload page's flow as a pure reducer: which phase the page is in, and how each event moves it
 * on. No React, DOM or worker here, so every transition is tested in node (upload-flow.test.ts);
 * use-upload-flow.ts runs the worker and feeds its answers back in as events.
 *
 * An event that makes no sense in the current phase (an answer to a check that was cancelled or
 * overtaken, Cancel while saving, Save before the preview) leaves the state as it is.
 */
import { MAX_UPLOAD_BYTES, uploadSizeProblems } from '../../adapters/decode';
import type { VersionMeta } from '../../adapters/version-store';
import { parsePeriod } from '../../domain/periods/period';
import type { SaveField } from '../../shared/form/SaveForm';
import { checkSaveFields } from '../../shared/form/save-fields';
import type { UploadPreview } from '../../shared/preview/preview-model';
import type { Progress } from '../../shared/ProgressPanel';
import type { CheckOutcome, ComparatorPeriodAsk } from './import-protocol';
import { buildReport, type UploadReport, type WarningRule } from './upload-report';
import type { RuleId } from '../../domain/readers/rule-id';
import { warningsAbout } from '../../domain/text/warning-kinds';

/** The page's own fields that can be in error; the components give them their DOM ids. */
export type UploadField = FormField | SaveField;
/** The fields of the form to choose a file. */
export type FormField = 'file' | 'comparatorPeriod';

export interface UploadFieldError<Field extends UploadField = UploadField> {
  field: Field;
  message: string;
}

/** A file that checked without errors, waiting to be saved. */
export interface Review {
  checkId: number;
  report: UploadReport;
  preview: UploadPreview;
}

export type Phase =
  /** The form to choose a file and the LA it is for. */
  | { step: 'choosing' }
  /** The worker is reading and checking the file; the form stays, so another file can overtake it. */
  | { step: 'checking'; fileName: string; progress: Progress }
  /** The check itself could not run (the file could not be read, the worker stopped): the form again, with why. */
  | { step: 'failed'; message: string }
  /** The file has errors: the report above the form, and nothing can be saved. checkId is null when refused by size alone. */
  | { step: 'problems'; checkId: number | null; report: UploadReport }
  /**
   * No errors, but warnings the officer must confirm having checked, rule by rule, before Save is
   * allowed; `acknowledged` holds the rules confirmed so far.
   */
  | {
      step: 'warnings';
      review: Review;
      acknowledged: readonly RuleId[];
      errors: readonly UploadFieldError<SaveField>[];
    }
  /** No errors, and any warnings confirmed: the preview waits for Save or Cancel. */
  | { step: 'preview'; review: Review; errors: readonly UploadFieldError<SaveField>[]; saveFailure: string | null }
  /** `name` is the version's name as it is stored (trimmed). */
  | { step: 'saving'; review: Review; name: string; progress: Progress }
  | { step: 'saved'; version: VersionMeta; preview: UploadPreview };

export interface UploadFlow {
  phase: Phase;
  /** The LA chosen for a scorecard-layout file. */
  areaCode: string;
  /** Why the file form could not be sent (no file chosen, a comparator period that is not one); shown with whatever phase the page is in. */
  formErrors: readonly UploadFieldError<FormField>[];
  /**
   * Set once a scorecard-layout file was found with comparator columns that give no period: the form
   * then asks for that period (kept until the page starts again) and sends it with every check.
   */
  comparatorAsk: ComparatorPeriodAsk | null;
  /** The period typed for those columns ('2019/20'), prefilled with the one the file suggests. */
  comparatorPeriod: string;
  /** The data folder's home area: the LA chosen when the page starts again. */
  homeArea: string;
  /**
   * Counts every check and save asked for (and every refused Save, so the error summary is focused
   * again). The worker's answers carry the number they were asked under: an older one is ignored.
   */
  attempt: number;
  /** Changes when the file input must forget its file: a browser will not re-read a changed file through the old selection. */
  formKey: number;
  /** What the page's live region says. */
  announcement: string;
  /** The full list of problems could not be made or saved. */
  downloadFailure: string | null;
}

export type UploadEvent =
  | { type: 'choose-area'; areaCode: string }
  | { type: 'choose-comparator-period'; text: string }
  /** Check the file chosen (its name and size; null when none is). */
  | { type: 'check'; file: { name: string; size: number } | null }
  | { type: 'progress'; attempt: number; stage: string; fraction: number }
  | { type: 'checked'; attempt: number; checkId: number; outcome: CheckOutcome }
  | { type: 'check-failed'; attempt: number; message: string }
  | { type: 'acknowledge'; rule: RuleId; checked: boolean }
  | { type: 'save'; name: string }
  | { type: 'saved'; attempt: number; version: VersionMeta }
  | { type: 'save-failed'; attempt: number; reason: string }
  | { type: 'download-failed'; message: string }
  /** Cancel from the report or the preview, or "Upload another file" once saved. */
  | { type: 'start-again'; reason: 'cancelled' | 'another' };

/** What a refused Save says of a kind of warning not yet confirmed. */
export function acknowledgeWarnings(rule: RuleId, count: number): string {
  return `Confirm you have checked the ${warningsAbout(rule, count)} before saving`;
}

/** The first kind of warning not yet confirmed, or null when every kind is. */
export function unacknowledged(phase: Phase): WarningRule | null {
  if (phase.step !== 'warnings') return null;
  return phase.review.report.warningRules.find((group) => !phase.acknowledged.includes(group.rule)) ?? null;
}
export const CHOOSE_A_FILE = 'Choose the file to check';
export const LEAVE_QUESTION =
  'Leave without saving? The checked file’s preview and the version name you typed will be lost, and you will need to check the file again.';
export const GIVE_COMPARATOR_PERIOD =
  'Give the period of the comparator figures as a financial year, such as 2019/20, or a quarter, such as Q2 2021/22';

const START_AGAIN: Record<Extract<UploadEvent, { type: 'start-again' }>['reason'], string> = {
  cancelled: 'Cancelled: nothing has been saved. Choose a file to check.',
  another: 'Choose the next file to check.',
};

export function initialUploadFlow(homeArea: string): UploadFlow {
  return {
    phase: { step: 'choosing' },
    areaCode: homeArea,
    formErrors: [],
    comparatorAsk: null,
    comparatorPeriod: '',
    homeArea,
    attempt: 0,
    formKey: 0,
    announcement: '',
    downloadFailure: null,
  };
}

/** Whether the form to choose a file is on the page. */
export function showsForm(phase: Phase): boolean {
  return phase.step === 'choosing' || phase.step === 'checking' || phase.step === 'failed' || phase.step === 'problems';
}

/** The file checked without errors and is on screen to be saved. */
export function reviewOf(phase: Phase): Review | null {
  return phase.step === 'warnings' || phase.step === 'preview' || phase.step === 'saving' ? phase.review : null;
}

/** The page has an error to put right: its title then begins "Error:", as GOV.UK pages do. */
export function hasErrors({ phase, formErrors }: UploadFlow): boolean {
  if (phase.step === 'problems' || formErrors.length > 0) return true;
  return 'errors' in phase && phase.errors.length > 0;
}

function checkFile(flow: UploadFlow, file: { name: string; size: number } | null): UploadFlow {
  // A new array each time, so the error summary is focused again on every refused Check.
  const errors: UploadFieldError<FormField>[] = [];
  if (!file) errors.push({ field: 'file', message: CHOOSE_A_FILE });
  if (flow.comparatorAsk && !parsePeriod(flow.comparatorPeriod.trim()).ok)
    errors.push({ field: 'comparatorPeriod', message: GIVE_COMPARATOR_PERIOD });
  if (!file || errors.length > 0) return { ...flow, attempt: flow.attempt + 1, formErrors: errors };
  const cleared = { ...flow, attempt: flow.attempt + 1, formErrors: [], downloadFailure: null };
  // Refused by its size before a byte is read: reading 100 MB only to refuse it would waste memory and time.
  if (file.size > MAX_UPLOAD_BYTES) {
    return refused(cleared, null, buildReport(file.name, uploadSizeProblems(file.size, file.name)));
  }
  return {
    ...cleared,
    phase: { step: 'checking', fileName: file.name, progress: { stage: 'Reading the file', fraction: 0 } },
    announcement: `Checking ${file.name}…`,
  };
}

function refused(flow: UploadFlow, checkId: number | null, report: UploadReport, keepFile = false): UploadFlow {
  // The officer chooses the file again once it is fixed, so the form forgets the old one; a file
  // that only lacks its comparators' period is not changed, so it stays chosen.
  const formKey = keepFile ? flow.formKey : flow.formKey + 1;
  return { ...flow, phase: { step: 'problems', checkId, report }, formKey, announcement: '' };
}

function requestSave(flow: UploadFlow, name: string): UploadFlow {
  const { phase } = flow;
  if (phase.step !== 'warnings' && phase.step !== 'preview') return flow;
  const pending = unacknowledged(phase);
  const checked = checkSaveFields(pending ? acknowledgeWarnings(pending.rule, pending.total) : null, name);
  const attempt = flow.attempt + 1;
  if (!checked.ok) return { ...flow, attempt, phase: { ...phase, errors: checked.errors } };
  return {
    ...flow,
    attempt,
    phase: { step: 'saving', review: phase.review, name: checked.name, progress: { stage: 'Saving', fraction: 0 } },
    announcement: 'Saving…',
  };
}

export function uploadFlow(flow: UploadFlow, event: UploadEvent): UploadFlow {
  const { phase } = flow;
  const current = 'attempt' in event && event.attempt === flow.attempt;
  switch (event.type) {
    case 'choose-area':
      return showsForm(phase) ? { ...flow, areaCode: event.areaCode } : flow;
    case 'choose-comparator-period':
      return showsForm(phase) ? { ...flow, comparatorPeriod: event.text } : flow;
    case 'check':
      return showsForm(phase) ? checkFile(flow, event.file) : flow;
    case 'progress':
      if (!current || (phase.step !== 'checking' && phase.step !== 'saving')) return flow;
      return {
        ...flow,
        phase: { ...phase, progress: { stage: event.stage, fraction: event.fraction } },
        announcement: `${event.stage}…`,
      };
    case 'checked': {
      if (!current || phase.step !== 'checking') return flow;
      const { report, preview, comparatorPeriod: ask } = event.outcome;
      const asked = ask
        ? { ...flow, comparatorAsk: ask, comparatorPeriod: flow.comparatorPeriod || ask.suggested }
        : flow;
      if (!preview) return refused(asked, event.checkId, report, ask?.onlyThis ?? false);
      const review = { checkId: event.checkId, report, preview };
      return {
        ...asked,
        phase:
          report.warnings.total > 0
            ? { step: 'warnings', review, acknowledged: [], errors: [] }
            : { step: 'preview', review, errors: [], saveFailure: null },
        announcement: `${report.fileName} has no errors. Check the changes before saving.`,
      };
    }
    case 'check-failed':
      return current && phase.step === 'checking'
        ? { ...flow, phase: { step: 'failed', message: event.message } }
        : flow;
    case 'acknowledge': {
      // Each kind of warning is confirmed on its own; once all are, the preview can be saved. Unticking
      // one brings it back to confirm; the messages shown stay until the next Save.
      if (phase.step !== 'warnings' && phase.step !== 'preview') return flow;
      const { review } = phase;
      if (!review.report.warningRules.some((group) => group.rule === event.rule)) return flow;
      const all = review.report.warningRules.map((group) => group.rule);
      const before = phase.step === 'warnings' ? phase.acknowledged : all;
      const acknowledged = event.checked
        ? all.filter((rule) => rule === event.rule || before.includes(rule))
        : before.filter((rule) => rule !== event.rule);
      const errors = phase.errors;
      if (acknowledged.length === all.length)
        return { ...flow, phase: { step: 'preview', review, errors, saveFailure: null } };
      return { ...flow, phase: { step: 'warnings', review, acknowledged, errors } };
    }
    case 'save':
      return requestSave(flow, event.name);
    case 'saved':
      if (!current || phase.step !== 'saving') return flow;
      return {
        ...flow,
        phase: { step: 'saved', version: event.version, preview: phase.review.preview },
        announcement: `Saved as version ${event.version.id}.`,
      };
    case 'save-failed':
      if (!current || phase.step !== 'saving') return flow;
      return { ...flow, phase: { step: 'preview', review: phase.review, errors: [], saveFailure: event.reason } };
    case 'download-failed':
      return phase.step === 'problems' || reviewOf(phase) ? { ...flow, downloadFailure: event.message } : flow;
    case 'start-again':
      // A save under way is let finish: stopping it could lose it.
      if (phase.step === 'saving') return flow;
      return {
        ...initialUploadFlow(flow.homeArea),
        attempt: flow.attempt + 1,
        formKey: flow.formKey + 1,
        announcement: START_AGAIN[event.reason],
      };
  }
}
