import { useEffect, useId, useRef } from 'react';
import type { CurrentData } from '../../shared/use-dataset';
import { WarningList } from './ProblemReport';
import { SaveErrors, SaveForm, type SaveField } from '../../shared/form/SaveForm';
import { ChangeCounts } from '../../shared/preview/ChangeCounts';
import { PreviewTable } from '../../shared/preview/PreviewTable';
import { HomesPreviewPart } from './HomesPreviewPart';
import type { Phase } from './upload-flow';
import { countOf } from '../../domain/text/plural';
import { describeOpenDataRows } from '../../domain/text/open-data-rows';
import { breakdownTerms, describeChanges, describeUpload } from './upload-view';
import { grouped } from '../../domain/text/figures';

interface PreviewPanelProps {
  phase: Extract<Phase, { step: 'warnings' | 'preview' | 'saving' }>;
  /** Changes with every refused Save, so the error summary is focused again. */
  attempt: number;
  storage: CurrentData['storage'];
  onAcknowledge: (checked: boolean) => void;
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
  const fieldIds: Record<SaveField, string> = { acknowledge: useId(), name: useId() };
  useEffect(() => heading.current?.focus(), []);
  const errors = phase.step === 'saving' ? [] : phase.errors;
  const saveFailure = phase.step === 'preview' ? phase.saveFailure : null;
  const hasWarnings = report.warnings.total > 0;

  return (
    <section className="upload-preview" aria-labelledby={headingId}>
      <SaveErrors errors={errors} fieldIds={fieldIds} attempt={attempt} saveFailure={saveFailure} />
      <h2 id={headingId} tabIndex={-1} ref={heading}>
        Check the changes before saving
      </h2>
      {preview.homes ? (
        <>
          <HomesPreviewPart preview={preview.homes} areaName={preview.localAuthority?.name ?? 'the council'}>
            {describeUpload(preview)} has no errors.
          </HomesPreviewPart>
          {hasWarnings ? <WarningList report={report} onDownload={onDownload} /> : null}
        </>
      ) : (
        <>
          <p>
            {describeUpload(preview)} has no errors. {describeChanges(preview.counts, preview.kept.total)}
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

          {hasWarnings ? <WarningList report={report} onDownload={onDownload} /> : null}

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
              <h3>DfE figures not used ({grouped(preview.kept.total)})</h3>
              <p>
                The council’s own figure for the same measure, area and period is held, and it takes precedence over a
                published one, so these are left out.
              </p>
              <PreviewTable
                title="DfE figures not used: the council’s own figure is kept"
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
        hasWarnings={hasWarnings}
        acknowledged={phase.step !== 'warnings'}
        errors={errors}
        saving={phase.step === 'saving' ? phase.progress : null}
        onAcknowledge={onAcknowledge}
        onSave={onSave}
        onCancel={onCancel}
      />
    </section>
  );
}
