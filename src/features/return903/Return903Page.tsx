import { useEffect, useId, useMemo } from 'react';
import { localAuthorityGroups } from '../../domain/areas/area-directory';
import { ErrorSummary } from '../../shared/ErrorSummary';
import type { CurrentData } from '../../shared/use-dataset';
import { useLeaveGuard } from '../../shared/use-leave-guard';
import { createReturnWorker, type ReturnWorker } from './return-client';
import { hasErrors, LEAVE_QUESTION, showsForm, type FormField } from './return-flow';
import { ReturnForm } from './ReturnForm';
import { ReviewPanel } from './ReviewPanel';
import { FilesRead } from './ReviewParts';
import { SavedReturn } from './SavedReturn';
import { useReturnFlow } from './use-return-flow';

const PAGE_TITLE = 'Figures from the 903 return: performance scorecard';

/** Said on the page whatever it shows: what happens to the children's records. */
function PrivacyNotice() {
  return (
    <p className="notice return-privacy">
      <strong>The children&rsquo;s records stay on this computer.</strong> The files are read in this browser tab, in
      memory, only to work out the figures. Only the figures and breakdowns are saved (in this browser) or downloaded;
      the records themselves are never saved, downloaded, sent anywhere or written to a log, and the page lets go of
      them once the figures are worked out.
    </p>
  );
}

/**
 * The council's own SSDA903 return to the scorecard: choose the files (one CSV per table, chosen
 * together or dropped), the council and the date; the worker reads them and works out every measure
 * and breakdown (progress shown); then the data-quality report, the figures, what saving would
 * change, and Save as a new version. The phases are return-flow.ts; the work is use-return-flow.ts.
 *
 * `createWorker` is for component tests, which pass an in-process stand-in running the same pipeline.
 */
export default function Return903Page({
  current,
  createWorker = createReturnWorker,
}: {
  current: CurrentData;
  createWorker?: () => ReturnWorker;
}) {
  const work = useReturnFlow(current, createWorker);
  const { flow } = work;
  const { phase } = flow;
  const ids: Record<FormField, string> = { files: useId(), asAt: useId() };
  const groups = useMemo(() => localAuthorityGroups(current.published.areas), [current.published.areas]);
  const inError = hasErrors(flow);
  // Figures worked out and waiting to be saved are not thrown away without a word, as on Upload figures.
  useLeaveGuard(phase.step === 'review' || phase.step === 'saving', LEAVE_QUESTION);
  useEffect(() => {
    document.title = inError ? `Error: ${PAGE_TITLE}` : PAGE_TITLE;
  }, [inError]);

  const startAgain = () => {
    work.startAgain();
    setTimeout(() => document.getElementById(ids.files)?.focus(), 0);
  };
  const area = current.published.areas.find(flow.areaCode);

  return (
    <>
      <h1>Figures from the 903 return</h1>
      <p role="status" className="visually-hidden">
        {flow.announcement}
      </p>
      <p className="lead">
        Work out the scorecard&rsquo;s figures and breakdowns from the council&rsquo;s own SSDA903 return, as exported
        for DfE, and save them as a new version.
      </p>
      <PrivacyNotice />
      {phase.step === 'problems' ? (
        <>
          <ErrorSummary title="The files could not be read as a 903 return" problems={phase.outcome.errors.shown} />
          <p className="upload-nothing-saved">
            <strong>Nothing was worked out or saved.</strong> Correct the files and choose them again.
          </p>
          <FilesRead files={phase.outcome.files} warnings={phase.outcome.warnings} />
        </>
      ) : null}
      {phase.step === 'failed' ? (
        <ErrorSummary
          title="The figures could not be worked out"
          problems={[{ severity: 'error', rule: 'compute_failed', message: phase.message }]}
        />
      ) : null}
      {flow.downloadFailure ? (
        <ErrorSummary
          title="The file could not be downloaded"
          problems={[{ severity: 'error', rule: 'download_failed', message: flow.downloadFailure }]}
        />
      ) : null}
      {flow.formErrors.length > 0 ? (
        <ErrorSummary
          key={flow.attempt}
          title="There is a problem"
          problems={flow.formErrors.map((error) => ({ message: error.message, fieldId: ids[error.field] }))}
        />
      ) : null}

      {showsForm(phase) ? (
        <ReturnForm
          key={flow.formKey}
          phase={phase}
          ids={ids}
          errors={flow.formErrors}
          groups={groups}
          areaCode={flow.areaCode}
          onChooseArea={work.chooseArea}
          onCompute={(files, asAt) => void work.compute(files, asAt)}
          onCancel={work.cancel}
        />
      ) : null}
      {phase.step === 'review' || phase.step === 'saving' ? (
        <ReviewPanel
          key={phase.review.computeId}
          phase={phase}
          attempt={flow.attempt}
          storage={current.storage}
          suppress={flow.suppress}
          onSuppress={work.suppress}
          onDownload={(file) => work.download(phase.review.computeId, file)}
          onAcknowledge={work.acknowledge}
          onSave={work.save}
          onCancel={startAgain}
        />
      ) : null}
      {phase.step === 'saved' ? (
        <SavedReturn
          version={phase.version}
          review={phase.review}
          area={{ code: flow.areaCode, name: area?.name ?? flow.areaCode }}
          onAnother={startAgain}
        />
      ) : null}
    </>
  );
}
