import type { ReactNode } from 'react';
import type { Problem } from '../../domain/readers/result';

/** The warnings of Ofsted's files, folded away under "Notes on …"; nothing when there are none. */
export function FileNotes({
  what,
  warnings,
  children,
}: {
  what: string;
  warnings: readonly Problem[];
  children?: ReactNode;
}) {
  if (warnings.length === 0) return null;
  return (
    <details className="legend">
      <summary>
        Notes on {what} ({warnings.length})
      </summary>
      {children}
      <ul>
        {warnings.map((warning, index) => (
          // Warnings have no natural key: two can share row, column and rule.
          <li key={index}>{warning.message}</li>
        ))}
      </ul>
    </details>
  );
}
