import { useId } from 'react';

/** How far a long piece of work has got: what it is doing now, and the fraction done (0 to 1). */
export interface Progress {
  stage: string;
  fraction: number;
}

/** How far a check or a save has got, as words and a progress bar named by them. */
export function ProgressPanel({ label, progress }: { label: string; progress: Progress | null }) {
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
