import { useEffect, useId, useRef } from 'react';
import type { CurrentData } from '../../shared/use-dataset';
import { WarningList } from './ProblemReport';
import { SaveErrors, SaveForm, type SaveField } from '../../shared/form/SaveForm';
import { ChangeCounts } from '../../shared/preview/ChangeCounts';
import { PreviewTable } from '../../shared/preview/PreviewTable';
import { HomesPreviewPart } from './HomesPreviewPart';
import { unacknowledged, type Phase } from './upload-flow';
import type { RuleId } from '../../domain/readers/rule-id';
import { countOf } from '../../domain/text/plural';
import { describeOpenDataRows } from '../../domain/text/open-data-rows';
import { breakdownTerms, describeChanges, describeUpload } from './upload-view';
import { grouped } from '../../domain/text/figures';

interface PreviewPanelProps {
  phase: Extract<Phase, { step: 'warnings' | 'preview' | 'saving' }>;
  /** Changes with every refused Save, so the error summary is focused again. */
  attempt: number;
  storage: CurrentData['storage'];
  onAcknowledge: (rule: RuleId, checked: boolean) => void;
  onSave: (name: string) => void;
  onCancel: () => void;
  onDownload: () => void;
}

/**
 * A file with no errors: what saving it would change (new, changed and unchanged figures, and DfE
 * figures left out; or, for a table of homes, the homes), its warnings, and the form to save it as
 * a new version.
 */
export function PreviewPanel({
  phase,
  attempt,
  storage,
  onAcknowledge,
  onSave,
  onCancel,
  onDownload,
}: PreviewPanelProps) {
  const { report, preview } = phase.review;
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const acknowledgeId = useId();
  useEffect(() => heading.current?.focus(), []);
  const errors = phase.step === 'saving' ? [] : phase.errors;
  const saveFailure = phase.step === 'preview' ? phase.saveFailure : null;
  const hasWarnings = report.warnings.total > 0;
  // Each kind of warning has its own box; the error summary links to the first one not yet ticked.
  const boxId = (rule: RuleId) => `${acknowledgeId}-${rule}`;
  const pending = unacknowledged(phase);
  const fieldIds: Record<SaveField, string> = {
    acknowledge: pending ? boxId(pending.rule) : acknowledgeId,
    name: useId(),
  };
  const acknowledgement = {
    boxId,
    isAcknowledged: (rule: RuleId) => phase.step !== 'warnings' || phase.acknowledged.includes(rule),
    error: errors.find((error) => error.field === 'acknowledge')?.message,
    pendingRule: pending?.rule ?? null,
    onAcknowledge,
  };

  return (
    <section className="upload-preview" aria-labelledby={headingId}>
      <SaveErrors errors={errors} fieldIds={fieldIds} attempt={attempt} saveFailure={saveFailure} />
      <h2 id={headingId} tabIndex={-1} ref={heading}>
        Check the changes before saving
      </h2>
      {preview.homes ? (
        <>
          <HomesPreviewPart preview={preview.homes} areaName={preview.localAuthority?.name ?? 'the council'}>
            {describeUpload(preview)}, has no errors.
          </HomesPreviewPart>
          {hasWarnings ? (
            <WarningList report={report} onDownload={onDownload} acknowledgement={acknowledgement} />
          ) : null}
        </>
      ) : (
        <>
          <p>
            {describeUpload(preview)}, has no errors. {describeChanges(preview.counts, preview.kept.total)}
          </p>
          <ChangeCounts counts={preview.counts} more={breakdownTerms(preview.breakdownChanges)} />

          {preview.openDataRows ? (
            <>
              <h3>Rows of the file</h3>
              <ul className="open-data-rows">
                {describeOpenDataRows(preview.openDataRows).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}

          {hasWarnings ? (
            <WarningList report={report} onDownload={onDownload} acknowledgement={acknowledgement} />
          ) : null}

          <h3>New figures ({grouped(preview.counts.added)})</h3>
          <PreviewTable
            title="New figures"
            list={preview.added}
            kind="added"
            empty="There are no new figures in the file."
          />
          <h3>Changed figures ({grouped(preview.counts.changed)})</h3>
          <PreviewTable
            title="Changed figures: the figure now and the figure in the file"
            list={preview.changed}
            kind="changed"
            empty="None of the figures held now would change."
          />
          <h3>Unchanged figures ({grouped(preview.counts.unchanged)})</h3>
          {preview.counts.unchanged > 0 ? (
            <details className="unchanged-figures">
              <summary>
                Show the {countOf(preview.counts.unchanged, 'figure')} the file gives exactly as held now
              </summary>
              <PreviewTable title="Unchanged figures" list={preview.unchanged} kind="unchanged" empty="" />
            </details>
          ) : (
            <p>The file repeats none of the figures held now.</p>
          )}

          {preview.kept.total > 0 ? (
            <>
              <h3>Figures in the file not used ({grouped(preview.kept.total)})</h3>
              <p>
                A figure for the same measure, area and period is held that takes precedence, so these are left out: the
                council’s own figure over a published one, and a final figure over a provisional one. A provisional
                figure left out is kept beside the final one, so the measure’s table still shows it.
              </p>
              <PreviewTable
                title="Figures in the file not used: the figure held is kept"
                list={preview.kept}
                kind="kept"
                empty=""
              />
            </>
          ) : null}
        </>
      )}

      <SaveForm
        ids={fieldIds}
        storage={storage}
        // The warnings are confirmed kind by kind beside them (WarningList), not by one box here.
        hasWarnings={false}
        acknowledged={phase.step !== 'warnings'}
        errors={errors}
        saving={phase.step === 'saving' ? phase.progress : null}
        onAcknowledge={() => undefined}
        onSave={onSave}
        onCancel={onCancel}
      />
    </section>
  );
}
