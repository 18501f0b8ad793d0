import { useEffect, useId, useRef, useState } from 'react';
import { countOf } from '../../domain/text/plural';
import { CheckboxField } from '../../shared/form/Field';
import { SaveErrors, SaveForm, type SaveField } from '../../shared/form/SaveForm';
import { PreviewTable } from '../../shared/preview/PreviewTable';
import type { CurrentData } from '../../shared/use-dataset';
import { BreakdownTables } from './BreakdownTables';
import { QualityReport } from './QualityReport';
import { needsAcknowledgement, type Phase } from './return-flow';
import type { ReturnDownload } from './return-protocol';
import { describeReturn } from './return-view';
import { ChangesPreview, FilesRead, Unavailable } from './ReviewParts';

interface ReviewPanelProps {
  phase: Extract<Phase, { step: 'review' | 'saving' }>;
  /** Changes with every refused Save, so the error summary is focused again. */
  attempt: number;
  storage: CurrentData['storage'];
  suppress: boolean;
  onSuppress: (checked: boolean) => void;
  onDownload: (file: ReturnDownload) => void;
  onAcknowledge: (checked: boolean) => void;
  onSave: (name: string) => void;
  onCancel: () => void;
}

/**
 * How many of `count` parts of a long page are on it: one more each task after the first render, so
 * no single render and layout of the whole report (several hundred table rows) blocks the main
 * thread for long; the heading, focused at once, comes first.
 */
function useStages(count: number): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= count) return;
    const timer = setTimeout(() => setShown((stage) => stage + 1), 0);
    return () => clearTimeout(timer);
  }, [shown, count]);
  return shown;
}

/**
 * A return worked out: what was read, what could not be worked out, the data-quality report, the
 * figures and breakdowns at the date, what saving would change, the downloads for publication and
 * the form to save the figures as a new version.
 */
export function ReviewPanel(props: ReviewPanelProps) {
  const { phase, attempt, storage, suppress } = props;
  const { outcome, result } = phase.review;
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const fieldIds: Record<SaveField, string> = { acknowledge: useId(), name: useId() };
  useEffect(() => heading.current?.focus(), []);
  const errors = phase.step === 'review' ? phase.errors : [];
  const saveFailure = phase.step === 'review' ? phase.saveFailure : null;
  const stage = useStages(5);

  return (
    <section className="return-review" aria-labelledby={headingId}>
      <SaveErrors errors={errors} fieldIds={fieldIds} attempt={attempt} saveFailure={saveFailure} />
      <h2 id={headingId} tabIndex={-1} ref={heading}>
        Check the figures before saving
      </h2>
      <p>{describeReturn(outcome.files.length, result)}</p>
      <FilesRead files={outcome.files} warnings={outcome.warnings} />
      <Unavailable entries={result.unavailable} />
      <QualityReport rules={result.quality} onDownload={() => props.onDownload('quality')} />
      {stage > 1 ? (
        <>
          <h3>Figures at {result.asAt.text}</h3>
          <PreviewTable
            title={`Figures at ${result.asAt.text}`}
            list={result.figures}
            kind="added"
            empty="The files give no figure at this date."
          />
        </>
      ) : null}
      {stage > 2 ? (
        <>
          <h3>Breakdowns at {result.asAt.text}</h3>
          <BreakdownTables tables={result.breakdowns} />
        </>
      ) : null}
      {stage > 3 ? <ChangesPreview result={result} /> : null}
      {stage > 4 ? (
        <>
          <section className="return-publication" aria-labelledby={`${headingId}-publication`}>
            <h3 id={`${headingId}-publication`}>Download the figures for publication</h3>
            <p>
              Every figure and breakdown worked out, as CSV files. Only figures leave this page: nothing about a single
              child is in them.
            </p>
            <CheckboxField
              label="Suppress small numbers: figures about 1 to 5 children are shown as suppressed, as DfE publishes them"
              checked={suppress}
              onChange={props.onSuppress}
            />
            <div className="button-group">
              <button type="button" className="button-secondary" onClick={() => props.onDownload('figures')}>
                Download the figures (CSV)
              </button>
              <button type="button" className="button-secondary" onClick={() => props.onDownload('breakdowns')}>
                Download the breakdowns (CSV)
              </button>
            </div>
          </section>

          <h3>Save the figures</h3>
          <p>
            Saving keeps{' '}
            {countOf(
              result.preview.counts.added + result.preview.counts.changed + result.preview.counts.unchanged,
              'figure',
            )}{' '}
            and the breakdowns in this browser as a new version, which the scorecard then shows. The children&rsquo;s
            records are not saved.
          </p>
          <SaveForm
            ids={fieldIds}
            storage={storage}
            hasWarnings={needsAcknowledgement(outcome, result)}
            acknowledgeLabel="I have read the data-quality report and any warnings above, and the figures are right"
            acknowledged={phase.step === 'saving' || phase.acknowledged}
            errors={errors}
            saving={phase.step === 'saving' ? phase.progress : null}
            onAcknowledge={props.onAcknowledge}
            onSave={props.onSave}
            onCancel={props.onCancel}
          />
        </>
      ) : null}
    </section>
  );
}
