import { useId } from 'react';
import { ErrorSummary } from '../../shared/ErrorSummary';
import type { ProblemList, UploadReport } from './upload-report';
import { countOf } from '../../domain/text/plural';

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

/** The warnings of a file: they do not stop a save, but each is worth checking against the source. */
export function WarningList({ report, onDownload }: { report: UploadReport; onDownload: (() => void) | null }) {
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
export function ProblemReport({ report, onDownload }: { report: UploadReport; onDownload: (() => void) | null }) {
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
