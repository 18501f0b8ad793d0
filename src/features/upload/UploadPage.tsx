import { useQueryClient } from '@tanstack/react-query';
import { startTransition, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'wouter';
import { MAX_UPLOAD_BYTES, uploadSizeProblems } from '../../adapters/decode';
import { localAuthorityGroups } from '../../domain/areas/area-directory';
import { saveFile } from '../../adapters/download';
import { checkVersionName, MAX_VERSION_NAME_LENGTH, type VersionMeta } from '../../adapters/version-store';
import { ErrorSummary } from '../../shared/ErrorSummary';
import { useSelectionStore } from '../../shared/selection-store';
import { CURRENT_DATA_QUERY_KEY, type CurrentData } from '../../shared/use-dataset';
import { CancelledError, createImportWorker, ImportClient, type ImportWorker } from './import-client';
import type { BaseFigures, CheckOutcome } from './import-protocol';
import type { FigureText, PreviewList, UploadPreview } from './preview-model';
import { buildReport, problemsFileName, type ProblemList, type UploadReport } from './upload-report';
import { areaCode } from '../../domain/areas/area-code';
import { todayIso } from '../../domain/text/dates';
import { countOf } from '../../domain/text/plural';
import { describeChanges, describeOpenDataRows, describeUpload, shownOf } from './upload-view';

const PAGE_TITLE = 'Upload figures: performance scorecard';

type Phase =
  | { step: 'choose' }
  | { step: 'checking'; fileName: string }
  /** The file has errors: the report is shown above the form, and nothing can be saved. */
  | { step: 'refused'; checkId: number | null; report: UploadReport }
  /** No errors: the preview, with any warnings, waits for Save or Cancel. */
  | { step: 'preview'; checkId: number; report: UploadReport; preview: UploadPreview; saving: boolean }
  | { step: 'saved'; version: VersionMeta; preview: UploadPreview };

interface ProgressState {
  stage: string;
  fraction: number;
}

interface FieldError {
  fieldId: string;
  message: string;
}

/** The catalogue, areas and held figures the worker checks a file against: what the page shows. */
function baseFigures(current: CurrentData): BaseFigures {
  if (current.version && current.storage.ok) return { kind: 'version', versionId: current.version.id };
  return { kind: 'published', observations: current.dataset.observations };
}

function ErrorText({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">Error:</span> {children}
    </p>
  );
}

/** The GOV.UK error summary for the page's own fields: each message links to its field and focuses it. */
function FieldErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => box.current?.focus(), [errors]);
  return (
    <div className="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1} ref={box}>
      <h2 id={titleId}>There is a problem</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                // The address's hash is the router's: move focus without navigating.
                event.preventDefault();
                document.getElementById(error.fieldId)?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ProgressPanel({ label, progress }: { label: string; progress: ProgressState | null }) {
  const labelId = useId();
  const percent = Math.round((progress?.fraction ?? 0) * 100);
  return (
    <div className="upload-progress">
      <p id={labelId} className="upload-progress-label">
        {label}: {progress?.stage ?? 'Starting'} ({percent}%)
      </p>
      <progress aria-labelledby={labelId} max={100} value={percent}>
        {percent}%
      </progress>
    </div>
  );
}

function ProblemItems({ list }: { list: ProblemList }) {
  return (
    <ul className="problem-list">
      {list.shown.map((problem, index) => (
        // Problems have no natural key: two can share row, column and rule.
        <li key={index}>{problem.message}</li>
      ))}
    </ul>
  );
}

/** "…and 50 more errors not listed here." `what` is singular: "error". */
function MoreProblems({ list, what }: { list: ProblemList; what: 'error' | 'warning' }) {
  const more = list.total - list.shown.length;
  if (more <= 0) return null;
  return (
    <p>
      …and {countOf(more, `more ${what}`, `more ${what}s`)} not listed here: download the full list to see them all.
    </p>
  );
}

function DownloadProblems({ total, onDownload }: { total: number; onDownload: () => void }) {
  return (
    <p>
      <button type="button" className="button-secondary" onClick={onDownload}>
        {total === 1 ? 'Download the problem (CSV)' : `Download all ${countOf(total, 'problem')} (CSV)`}
      </button>
    </p>
  );
}

function WarningList({ report, onDownload }: { report: UploadReport; onDownload: (() => void) | null }) {
  const titleId = useId();
  return (
    <section className="warning-list" aria-labelledby={titleId}>
      <h3 id={titleId}>Check these before saving</h3>
      <p>
        {countOf(report.warnings.total, 'warning')}. These do not stop the file being saved, but a figure here may be a
        typing slip: check each one against your source.
      </p>
      <ProblemItems list={report.warnings} />
      <MoreProblems list={report.warnings} what="warning" />
      {onDownload && report.warnings.total > report.warnings.shown.length ? (
        <DownloadProblems total={report.warnings.total} onDownload={onDownload} />
      ) : null}
    </section>
  );
}

/** The report of a file with errors: the error summary (focused), what to do, every problem to download, and any warnings. */
function RefusedReport({ report, onDownload }: { report: UploadReport; onDownload: (() => void) | null }) {
  return (
    <section className="upload-report" aria-label={`Problems in ${report.fileName}`}>
      <ErrorSummary title="There is a problem with the file" problems={report.errors.shown} />
      <MoreProblems list={report.errors} what="error" />
      <p className="upload-nothing-saved">
        <strong>Nothing has been saved. Fix the file and choose it again.</strong> {report.fileName} has{' '}
        {countOf(report.errors.total, 'error')}
        {report.warnings.total > 0 ? ` and ${countOf(report.warnings.total, 'warning')}` : ''}.
      </p>
      {onDownload ? (
        <DownloadProblems total={report.errors.total + report.warnings.total} onDownload={onDownload} />
      ) : null}
      {report.warnings.total > 0 ? <WarningList report={report} onDownload={null} /> : null}
    </section>
  );
}

function Figure({ text }: { text: FigureText }) {
  return (
    <>
      <span className="figure">{text.figure}</span>
      {text.status ? <span className="flag">{text.status}</span> : null}
      {text.note ? <span className="cell-note">{text.note}</span> : null}
    </>
  );
}

const BEFORE_AFTER_HEADINGS = {
  changed: ['Figure now', 'Figure in the file'],
  kept: ['Council’s own figure (kept)', 'DfE figure (not used)'],
} as const;

function PreviewTable({
  title,
  list,
  kind,
  empty,
}: {
  title: string;
  list: PreviewList;
  kind: 'added' | 'changed' | 'unchanged' | 'kept';
  empty: string;
}) {
  const captionId = useId();
  if (list.total === 0) return <p>{empty}</p>;
  const shown = shownOf(list.rows.length, list.total);
  return (
    <>
      {shown ? <p className="caption-note">{shown}</p> : null}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="preview-table">
          {/* The heading above names the table on screen; the caption names it for screen readers' table lists. */}
          <caption id={captionId} className="visually-hidden">
            {title}
            {shown ? ` ${shown}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Area</th>
              <th scope="col">Period</th>
              {kind === 'changed' || kind === 'kept' ? (
                <>
                  <th scope="col">{BEFORE_AFTER_HEADINGS[kind][0]}</th>
                  <th scope="col">{BEFORE_AFTER_HEADINGS[kind][1]}</th>
                </>
              ) : (
                <th scope="col">Figure</th>
              )}
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.key}>
                <td>{row.measure}</td>
                <td>{row.area}</td>
                <td className="nowrap">{row.period}</td>
                {(kind === 'changed' || kind === 'kept') && row.before ? (
                  <td>
                    <Figure text={row.before} />
                  </td>
                ) : null}
                <td>
                  <Figure text={row.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface PreviewPanelProps {
  phase: Extract<Phase, { step: 'preview' }>;
  current: CurrentData;
  progress: ProgressState | null;
  saveFailure: string | null;
  onSave: (name: string) => void;
  onCancel: () => void;
  onDownload: () => void;
}

function PreviewPanel({ phase, current, progress, saveFailure, onSave, onCancel, onDownload }: PreviewPanelProps) {
  const { report, preview, saving } = phase;
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = {
    heading: useId(),
    acknowledge: useId(),
    acknowledgeError: useId(),
    name: useId(),
    nameHint: useId(),
    nameError: useId(),
  };
  const [acknowledged, setAcknowledged] = useState(false);
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  useEffect(() => heading.current?.focus(), []);
  const hasWarnings = report.warnings.total > 0;
  const errorFor = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const found: FieldError[] = [];
    if (hasWarnings && !acknowledged)
      found.push({ fieldId: ids.acknowledge, message: 'Confirm you have checked the warnings before saving' });
    const checked = checkVersionName(name);
    if (!checked.ok) found.push({ fieldId: ids.name, message: checked.reason });
    setErrors(found);
    if (found.length === 0 && checked.ok) onSave(checked.name);
  };

  const acknowledgeError = errorFor(ids.acknowledge);
  const nameError = errorFor(ids.name);
  return (
    <section className="upload-preview" aria-labelledby={ids.heading}>
      {errors.length > 0 ? <FieldErrorSummary errors={errors} /> : null}
      {saveFailure ? (
        <ErrorSummary
          title="The version was not saved"
          problems={[{ severity: 'error', rule: 'save_failed', message: saveFailure }]}
        />
      ) : null}
      <h2 id={ids.heading} tabIndex={-1} ref={heading}>
        Check the changes before saving
      </h2>
      <p>
        {describeUpload(preview)} has no errors. {describeChanges(preview.counts, preview.kept.total)}
      </p>
      <dl className="change-counts">
        <div>
          <dt>New figures</dt>
          <dd>{preview.counts.added.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Changed figures</dt>
          <dd>{preview.counts.changed.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Unchanged figures</dt>
          <dd>{preview.counts.unchanged.toLocaleString('en-GB')}</dd>
        </div>
      </dl>

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

      <h3>New figures ({preview.counts.added.toLocaleString('en-GB')})</h3>
      <PreviewTable
        title="New figures"
        list={preview.added}
        kind="added"
        empty="There are no new figures in the file."
      />
      <h3>Changed figures ({preview.counts.changed.toLocaleString('en-GB')})</h3>
      <PreviewTable
        title="Changed figures: the figure now and the figure in the file"
        list={preview.changed}
        kind="changed"
        empty="None of the figures held now would change."
      />
      <h3>Unchanged figures ({preview.counts.unchanged.toLocaleString('en-GB')})</h3>
      {preview.counts.unchanged > 0 ? (
        <details className="unchanged-figures">
          <summary>Show the {countOf(preview.counts.unchanged, 'figure')} the file gives exactly as held now</summary>
          <PreviewTable title="Unchanged figures" list={preview.unchanged} kind="unchanged" empty="" />
        </details>
      ) : (
        <p>The file repeats none of the figures held now.</p>
      )}

      {preview.kept.total > 0 ? (
        <>
          <h3>DfE figures not used ({preview.kept.total.toLocaleString('en-GB')})</h3>
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

      <form className="upload-save" noValidate onSubmit={submit} aria-label="Save this upload">
        {hasWarnings ? (
          <div className={acknowledgeError ? 'form-group form-group-error' : 'form-group'}>
            {acknowledgeError ? <ErrorText id={ids.acknowledgeError}>{acknowledgeError}</ErrorText> : null}
            <div className="choice">
              <input
                type="checkbox"
                id={ids.acknowledge}
                required
                checked={acknowledged}
                aria-describedby={acknowledgeError ? ids.acknowledgeError : undefined}
                onChange={(event) => setAcknowledged(event.target.checked)}
              />
              <label htmlFor={ids.acknowledge}>I have checked the warnings above and the figures are right</label>
            </div>
          </div>
        ) : null}
        {current.storage.ok ? (
          <>
            <div className={nameError ? 'form-group form-group-error' : 'form-group'}>
              <label htmlFor={ids.name} className="form-label">
                Name this version
              </label>
              <p id={ids.nameHint} className="field-hint">
                So you can find it in the saved versions, for example &ldquo;2021/22 Q2 figures&rdquo;. Up to{' '}
                {MAX_VERSION_NAME_LENGTH} characters.
              </p>
              {nameError ? <ErrorText id={ids.nameError}>{nameError}</ErrorText> : null}
              <input
                type="text"
                id={ids.name}
                className="text-input"
                required
                autoComplete="off"
                spellCheck
                value={name}
                aria-describedby={nameError ? `${ids.nameHint} ${ids.nameError}` : ids.nameHint}
                aria-invalid={nameError ? true : undefined}
                onChange={(event) => setName(event.target.value)}
              />
            </div>
            {saving ? (
              // The buttons give way to the progress while saving: a second Save or a Cancel now would only confuse.
              <ProgressPanel label="Saving" progress={progress} />
            ) : (
              <div className="button-group">
                <button type="submit" className="button">
                  Save as a new version
                </button>
                <button type="button" className="button-secondary" onClick={onCancel}>
                  Cancel
                </button>
              </div>
            )}
          </>
        ) : (
          <>
            <p className="notice">
              <strong>This upload cannot be saved.</strong> {current.storage.reason}
            </p>
            <div className="button-group">
              <button type="button" className="button-secondary" onClick={onCancel}>
                Cancel
              </button>
            </div>
          </>
        )}
      </form>
    </section>
  );
}

function SavedPanel({
  version,
  preview,
  onAnother,
}: {
  version: VersionMeta;
  preview: UploadPreview;
  onAnother: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const select = useSelectionStore((state) => state.select);
  useEffect(() => heading.current?.focus(), []);
  const { counts } = version;
  const area = preview.localAuthority;
  return (
    <section className="upload-saved" aria-labelledby="upload-saved-title">
      <div className="panel-success">
        <h2 id="upload-saved-title" tabIndex={-1} ref={heading}>
          Figures saved
        </h2>
        <p>
          Saved as version {version.id}, &ldquo;{version.name}&rdquo;, from {version.fileName}:{' '}
          {countOf(counts.added, 'new figure', 'new figures', 'no new figures')},{' '}
          {countOf(counts.changed, 'changed figure', 'changed figures', 'no changed figures')} and{' '}
          {countOf(counts.unchanged, 'unchanged figure', 'unchanged figures', 'no unchanged figures')}. It holds{' '}
          {countOf(counts.total, 'figure')} and the scorecard now shows it.
        </p>
      </div>
      <ul className="upload-next">
        <li>
          <Link href="/" onClick={() => select({ area: area ? areaCode(area.code) : null, period: null })}>
            {area ? `See ${area.name}’s scorecard` : 'See the scorecard'}
          </Link>
        </li>
        <li>
          <Link href="/history">See all saved versions</Link>
        </li>
      </ul>
      <button type="button" className="button-secondary" onClick={onAnother}>
        Upload another file
      </button>
    </section>
  );
}

/**
 * The upload page: choose a file and the LA it is for, check it in a Web Worker (progress shown),
 * then either the validation report (errors: nothing saved) or the preview of new, changed and
 * unchanged figures with any warnings to acknowledge, and Save as a new version.
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
  const queryClient = useQueryClient();
  const homeArea = current.dataset.manifest.homeArea;
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [areaCode, setAreaCode] = useState(homeArea);
  const [formErrors, setFormErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saveFailure, setSaveFailure] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const client = useRef<ImportClient | null>(null);
  const ids = { file: useId(), fileHint: useId(), fileError: useId(), area: useId(), areaHint: useId() };
  const groups = localAuthorityGroups(current.published.areas);

  const worker = () => (client.current ??= new ImportClient(createWorker));
  useEffect(
    () => () => {
      client.current?.dispose();
      client.current = null;
    },
    [],
  );

  const refused = phase.step === 'refused';
  useEffect(() => {
    document.title = refused || formErrors.length > 0 ? `Error: ${PAGE_TITLE}` : PAGE_TITLE;
  }, [refused, formErrors.length]);

  const onProgress = (stage: string, fraction: number) => {
    setProgress({ stage, fraction });
    setAnnouncement(`${stage}…`);
  };

  /** Back to an empty form: the file input is remounted so it forgets its file. */
  const startAgain = (message: string) => {
    client.current?.cancelChecks();
    setPhase({ step: 'choose' });
    setProgress(null);
    setFile(null);
    setAreaCode(homeArea);
    setFormErrors([]);
    setFailure(null);
    setSaveFailure(null);
    setFormKey((key) => key + 1);
    setAnnouncement(message);
    // After the form is back, focus its first field, where the officer starts again.
    setTimeout(() => document.getElementById(ids.file)?.focus(), 0);
  };

  const showOutcome = (checkId: number | null, outcome: CheckOutcome) => {
    const { preview } = outcome;
    if (preview && checkId !== null) {
      // A few hundred table rows: rendered as a transition, which React splits into short slices, so
      // showing the preview of a large file is not itself a long task on the main thread.
      startTransition(() => {
        setProgress(null);
        setPhase({ step: 'preview', checkId, report: outcome.report, preview, saving: false });
        setAnnouncement(`${outcome.report.fileName} has no errors. Check the changes before saving.`);
      });
    } else {
      setProgress(null);
      setPhase({ step: 'refused', checkId, report: outcome.report });
      setAnnouncement('');
      // The officer must choose the file again once fixed: a browser will not re-read a changed file through the old selection.
      setFile(null);
      setFormKey((key) => key + 1);
    }
  };

  const check = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFormErrors([{ fieldId: ids.file, message: 'Choose the file to check' }]);
      return;
    }
    setFormErrors([]);
    setFailure(null);
    setSaveFailure(null);
    const fileName = file.name;
    // Refused by its size before a byte is read: reading 100 MB only to refuse it would waste memory and time.
    if (file.size > MAX_UPLOAD_BYTES) {
      showOutcome(null, { report: buildReport(fileName, uploadSizeProblems(file.size, fileName)), preview: null });
      return;
    }
    setPhase({ step: 'checking', fileName });
    setProgress({ stage: 'Reading the file', fraction: 0 });
    setAnnouncement(`Checking ${fileName}…`);
    try {
      // Read asynchronously by the browser, then transferred to the worker, not copied.
      const bytes = await file.arrayBuffer();
      const { checkId, outcome } = await worker().check(
        {
          fileName,
          bytes,
          areaCode,
          today: todayIso(),
          measures: current.published.catalogue.measures,
          areas: current.published.areas.areas,
          dfeMeasureMap: current.published.dfeMeasureMap,
          base: baseFigures(current),
        },
        onProgress,
      );
      showOutcome(checkId, outcome);
    } catch (error) {
      if (error instanceof CancelledError) return;
      setProgress(null);
      setPhase({ step: 'choose' });
      setFailure(
        error instanceof DOMException
          ? `${fileName} could not be read: it may have been moved or changed since it was chosen. Choose it again.`
          : error instanceof Error
            ? error.message
            : String(error),
      );
    }
  };

  const downloadProblems = (checkId: number | null, fileName: string) =>
    checkId === null
      ? null
      : () => {
          worker()
            .problemsCsv(checkId)
            .then((csv) => saveFile(problemsFileName(fileName), csv, 'text/csv;charset=utf-8'))
            .catch((error: unknown) => {
              if (!(error instanceof CancelledError))
                setFailure(error instanceof Error ? error.message : String(error));
            });
        };

  const save = (name: string) => {
    if (phase.step !== 'preview' || phase.saving) return;
    const { checkId, preview } = phase;
    setSaveFailure(null);
    setPhase({ ...phase, saving: true });
    setProgress({ stage: 'Saving', fraction: 0 });
    setAnnouncement('Saving…');
    worker()
      .save(checkId, name, onProgress)
      .then((result) => {
        setProgress(null);
        if (!result.ok) {
          setPhase({ ...phase, saving: false });
          setSaveFailure(result.reason);
          return;
        }
        setPhase({ step: 'saved', version: result.version, preview });
        setAnnouncement(`Saved as version ${result.version.id}.`);
        // Every screen now shows the new version. Not awaited: the version is saved whatever the reload does.
        void queryClient.invalidateQueries({ queryKey: CURRENT_DATA_QUERY_KEY });
      })
      .catch((error: unknown) => {
        setProgress(null);
        setPhase({ ...phase, saving: false });
        setSaveFailure(error instanceof Error ? error.message : String(error));
      });
  };

  const fileError = formErrors.find((error) => error.fieldId === ids.file)?.message;
  const showForm = phase.step === 'choose' || phase.step === 'checking' || phase.step === 'refused';

  return (
    <>
      <h1>Upload figures</h1>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {phase.step === 'refused' ? (
        <RefusedReport report={phase.report} onDownload={downloadProblems(phase.checkId, phase.report.fileName)} />
      ) : null}
      {failure ? (
        <ErrorSummary
          title="The file could not be checked"
          problems={[{ severity: 'error', rule: 'check_failed', message: failure }]}
        />
      ) : null}
      {formErrors.length > 0 ? <FieldErrorSummary errors={formErrors} /> : null}

      {showForm ? (
        <>
          {phase.step === 'refused' ? (
            <h2>Choose the file again</h2>
          ) : (
            <p className="lead">
              Check a quarter&rsquo;s figures before they reach the scorecard. Nothing is saved until you have seen what
              would change and chosen to save it; the file never leaves this computer.
            </p>
          )}
          <form key={formKey} className="upload-form" noValidate onSubmit={check} aria-label="Choose a file to check">
            <div className={fileError ? 'form-group form-group-error' : 'form-group'}>
              <label htmlFor={ids.file} className="form-label">
                Choose the file
              </label>
              <div id={ids.fileHint} className="field-hint">
                <p>One of these, with the header in the first row:</p>
                <ul>
                  <li>
                    an observations CSV: the columns measure, area, period and value (numerator, denominator, status and
                    note may follow);
                  </li>
                  <li>
                    a scorecard-layout CSV, as in the committee paper: a Measure column, a column per period (2020/21,
                    Q2 2021/22) and England, region and Stat Neighbour columns;
                  </li>
                  <li>
                    a DfE open-data CSV as published on Explore Education Statistics (for example
                    cla_number_and_rate_per_10k_children.csv): its figures for England, every region and every local
                    authority are read through the measure map, so any council can be compared;
                  </li>
                  <li>
                    an Excel workbook (.xlsx) holding an observations or scorecard-layout table on its first sheet.
                  </li>
                </ul>
                <p>
                  CSV files saved by Excel as &ldquo;CSV UTF-8&rdquo; or plain &ldquo;CSV&rdquo; (Windows-1252) are both
                  read. Up to {MAX_UPLOAD_BYTES / (1024 * 1024)} MB.
                </p>
              </div>
              {fileError ? <ErrorText id={ids.fileError}>{fileError}</ErrorText> : null}
              <input
                type="file"
                id={ids.file}
                className="file-input"
                accept=".csv,.xlsx,text/csv"
                aria-describedby={fileError ? `${ids.fileHint} ${ids.fileError}` : ids.fileHint}
                aria-invalid={fileError ? true : undefined}
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
            </div>
            <div className="form-group">
              <label htmlFor={ids.area} className="form-label">
                Local authority the file is for
              </label>
              <p id={ids.areaHint} className="field-hint">
                Used for scorecard-layout files, which do not say whose figures they are; an observations file names the
                area on every row. Type the first letters of a name to jump to it.
              </p>
              <select
                id={ids.area}
                className="select"
                value={areaCode}
                aria-describedby={ids.areaHint}
                onChange={(event) => setAreaCode(event.target.value)}
              >
                {groups.map((group) => (
                  <optgroup key={group.label} label={group.label}>
                    {group.areas.map((area) => (
                      <option key={area.code} value={area.code}>
                        {area.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </div>
            <button type="submit" className="button">
              Check the file
            </button>
          </form>
          {phase.step === 'checking' ? (
            <ProgressPanel label={`Checking ${phase.fileName}`} progress={progress} />
          ) : null}
        </>
      ) : null}

      {phase.step === 'preview' ? (
        <PreviewPanel
          key={phase.checkId}
          phase={phase}
          current={current}
          progress={progress}
          saveFailure={saveFailure}
          onSave={save}
          onCancel={() => startAgain('Cancelled: nothing has been saved. Choose a file to check.')}
          onDownload={() => downloadProblems(phase.checkId, phase.report.fileName)?.()}
        />
      ) : null}
      {phase.step === 'saved' ? (
        <SavedPanel
          version={phase.version}
          preview={phase.preview}
          onAnother={() => startAgain('Choose the next file to check.')}
        />
      ) : null}
    </>
  );
}
