import { useEffect, useId } from 'react';
import { localAuthorityGroups } from '../../domain/areas/area-directory';
import { ErrorSummary } from '../../shared/ErrorSummary';
import type { CurrentData } from '../../shared/use-dataset';
import { useLeaveGuard } from '../../shared/use-leave-guard';
import { createImportWorker, type ImportWorker } from './import-client';
import { PreviewPanel } from './PreviewPanel';
import { ProblemReport } from './ProblemReport';
import { SavedPanel } from './SavedPanel';
import { TemplateDownloads } from './TemplateDownloads';
import { hasErrors, LEAVE_QUESTION, showsForm } from './upload-flow';
import { UploadForm } from './UploadForm';
import { useUploadFlow } from './use-upload-flow';

const PAGE_TITLE = 'Upload figures: performance scorecard';

/**
 * The upload page: choose a file and the LA it is for, check it in a Web Worker (progress shown),
 * then either the validation report (errors: nothing saved) or the preview of new, changed and
 * unchanged figures with any warnings to acknowledge, and Save as a new version. The phases and
 * their order are upload-flow.ts; the work behind them is use-upload-flow.ts.
 *
 * `createWorker` is for component tests, which pass an in-process stand-in running the same pipeline.
 */
export default function UploadPage({
  current,
  createWorker = createImportWorker,
}: {
  current: CurrentData;
  createWorker?: () => ImportWorker;
}) {
  const upload = useUploadFlow(current, createWorker);
  const { flow } = upload;
  const { phase } = flow;
  const fileId = useId();
  const comparatorPeriodId = useId();
  const groups = localAuthorityGroups(current.published.areas);

  const inError = hasErrors(flow);
  // A checked file waiting to be saved is not thrown away without a word.
  useLeaveGuard(phase.step === 'warnings' || phase.step === 'preview' || phase.step === 'saving', LEAVE_QUESTION);
  useEffect(() => {
    document.title = inError ? `Error: ${PAGE_TITLE}` : PAGE_TITLE;
  }, [inError]);

  const startAgain = (reason: 'cancelled' | 'another') => {
    upload.startAgain(reason);
    // After the form is back, focus its first field, where the officer starts again.
    setTimeout(() => document.getElementById(fileId)?.focus(), 0);
  };

  return (
    <>
      <h1>Upload figures</h1>
      <p role="status" className="visually-hidden">
        {flow.announcement}
      </p>
      {phase.step === 'problems' ? (
        <ProblemReport
          report={phase.report}
          onDownload={upload.downloadProblems(phase.checkId, phase.report.fileName)}
        />
      ) : null}
      {phase.step === 'failed' ? (
        <ErrorSummary
          title="The file could not be checked"
          problems={[{ severity: 'error', rule: 'check_failed', message: phase.message }]}
        />
      ) : null}
      {flow.downloadFailure ? (
        <ErrorSummary
          title="The list of problems could not be downloaded"
          problems={[{ severity: 'error', rule: 'download_failed', message: flow.downloadFailure }]}
        />
      ) : null}
      {flow.formErrors.length > 0 ? (
        <ErrorSummary
          key={flow.attempt}
          title="There is a problem"
          problems={flow.formErrors.map((error) => ({
            message: error.message,
            fieldId: error.field === 'file' ? fileId : comparatorPeriodId,
          }))}
        />
      ) : null}

      {showsForm(phase) ? (
        <UploadForm
          key={flow.formKey}
          phase={phase}
          fileId={fileId}
          fileError={flow.formErrors.find((error) => error.field === 'file')?.message}
          comparatorAsk={flow.comparatorAsk}
          comparatorPeriod={flow.comparatorPeriod}
          comparatorPeriodId={comparatorPeriodId}
          comparatorPeriodError={flow.formErrors.find((error) => error.field === 'comparatorPeriod')?.message}
          onComparatorPeriod={upload.chooseComparatorPeriod}
          groups={groups}
          areaCode={flow.areaCode}
          onChooseArea={upload.chooseArea}
          onCheck={(file) => void upload.check(file)}
        />
      ) : null}

      {phase.step === 'warnings' || phase.step === 'preview' || phase.step === 'saving' ? (
        <PreviewPanel
          key={phase.review.checkId}
          phase={phase}
          attempt={flow.attempt}
          storage={current.storage}
          onAcknowledge={upload.acknowledge}
          onSave={upload.save}
          onCancel={() => startAgain('cancelled')}
          onDownload={() => upload.downloadProblems(phase.review.checkId, phase.review.report.fileName)?.()}
        />
      ) : null}
      {phase.step === 'saved' ? (
        <SavedPanel version={phase.version} preview={phase.preview} onAnother={() => startAgain('another')} />
      ) : null}
      {showsForm(phase) ? <TemplateDownloads dataset={current.dataset} /> : null}
    </>
  );
}
