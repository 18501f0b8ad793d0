import { useId } from 'react';
import { ErrorSummary } from '../../shared/ErrorSummary';
import type { ProblemList, UploadReport, WarningRule } from './upload-report';
import { countOf } from '../../domain/text/plural';
import { warningsAbout } from '../../domain/text/warning-kinds';
import type { RuleId } from '../../domain/readers/rule-id';
import { CheckboxField } from '../../shared/form/Field';

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

/** The boxes to confirm each kind of warning was checked, when the file can be saved. */
export interface Acknowledgement {
  boxId: (rule: RuleId) => string;
  isAcknowledged: (rule: RuleId) => boolean;
  /** The refused Save's message, shown at the first kind not yet confirmed. */
  error: string | undefined;
  pendingRule: RuleId | null;
  onAcknowledge: (rule: RuleId, checked: boolean) => void;
}

/** One kind of warning: how many, every one to read (up to SHOWN_PER_RULE), and its own box to confirm it. */
function WarningKind({ group, acknowledgement }: { group: WarningRule; acknowledgement: Acknowledgement | null }) {
  const more = group.total - group.shown.length;
  const kind = warningsAbout(group.rule, group.total);
  return (
    <div className="warning-kind">
      <h4>{kind.charAt(0).toUpperCase() + kind.slice(1)}</h4>
      <details>
        <summary>{group.total === 1 ? 'Read the warning' : `Read all ${countOf(group.total, 'warning')}`}</summary>
        <ProblemItems list={group} />
        {more > 0 ? <p>…and {countOf(more, 'more')}: download the full list to read them all.</p> : null}
      </details>
      {acknowledgement ? (
        <CheckboxField
          id={acknowledgement.boxId(group.rule)}
          label={`I have checked the ${kind} and the figures are right`}
          required
          checked={acknowledgement.isAcknowledged(group.rule)}
          error={acknowledgement.pendingRule === group.rule ? acknowledgement.error : undefined}
          onChange={(checked) => acknowledgement.onAcknowledge(group.rule, checked)}
        />
      ) : null}
    </div>
  );
}

/**
 * The warnings of a file, kind by kind: they do not stop a save, but each kind is read and
 * confirmed on its own (`acknowledgement`), so one box never clears hundreds of warnings unread.
 */
export function WarningList({
  report,
  onDownload,
  acknowledgement = null,
}: {
  report: UploadReport;
  onDownload: (() => void) | null;
  acknowledgement?: Acknowledgement | null;
}) {
  const titleId = useId();
  return (
    <section className="warning-list" aria-labelledby={titleId}>
      <h3 id={titleId}>Check these before saving</h3>
      <p>
        {countOf(report.warnings.total, 'warning')}
        {report.warningRules.length > 1 ? ` of ${report.warningRules.length} kinds` : ''}. These do not stop the file
        being saved. Each says where the figure is in the file: check it against where the figure comes from.
        {acknowledgement ? ' Confirm each kind once you have checked it.' : ''}
      </p>
      {report.warningRules.map((group) => (
        <WarningKind key={group.rule} group={group} acknowledgement={acknowledgement} />
      ))}
      {onDownload && report.warnings.total > 0 ? (
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
