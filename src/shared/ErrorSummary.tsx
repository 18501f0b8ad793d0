import { useEffect, useId, useRef } from 'react';
import type { Problem } from '../domain/readers/result';

/** A field's own error, for a form on this page. */
export interface FieldSummaryItem {
  message: string;
  /** The field the message is about, on this page: the line links to it and moves focus there. */
  fieldId?: string;
}

interface ErrorSummaryProps {
  title: string;
  /** A file's problems (listed as they are), or a form's field errors (each a link to its field). */
  problems: readonly (Problem | FieldSummaryItem)[];
}

/**
 * The GOV.UK error summary: a titled box listing each problem with where it is and what to do,
 * focused when it appears (give it a new `key` to focus it again after another refused submit).
 */
export function ErrorSummary({ title, problems }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1} ref={box}>
      <h2 id={titleId}>{title}</h2>
      <ul>
        {problems.map((problem, index) => (
          // Problems have no natural key: two can share row, column and rule.
          <li key={index}>
            {'fieldId' in problem && problem.fieldId ? (
              <FieldLink fieldId={problem.fieldId}>{problem.message}</FieldLink>
            ) : (
              problem.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function FieldLink({ fieldId, children }: { fieldId: string; children: string }) {
  return (
    <a
      href={`#${fieldId}`}
      onClick={(event) => {
        // The address's hash is the router's: move focus without navigating.
        event.preventDefault();
        document.getElementById(fieldId)?.focus();
      }}
    >
      {children}
    </a>
  );
}
