import { useEffect, useRef } from 'react';
import type { Problem } from '../domain/readers/result';

interface ErrorSummaryProps {
  title: string;
  problems: readonly Problem[];
}

/** The GOV.UK error summary: a titled, focused box listing each problem with where it is and what to do. */
export function ErrorSummary({ title, problems }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={box}>
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {problems.map((problem, index) => (
          // Problems have no natural key: two can share row, column and rule.
          <li key={index}>{problem.message}</li>
        ))}
      </ul>
    </div>
  );
}
