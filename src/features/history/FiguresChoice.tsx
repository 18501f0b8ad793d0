import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { CURRENT_DATA_QUERY_KEY, chooseFigures, type CurrentData } from '../../shared/use-dataset';

/**
 * Which figures every page shows: the latest saved version, or the published ones. Switching
 * deletes nothing; the choice is kept in this browser until switched back, or until a save or a
 * restore shows the new version.
 */
export function FiguresChoice({ current }: { current: CurrentData }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const latest = current.latestVersion ?? current.version;
  if (!latest) return null;
  const show = async (choice: 'latest' | 'published') => {
    if (busy) return;
    setBusy(true);
    chooseFigures(choice);
    await queryClient.invalidateQueries({ queryKey: CURRENT_DATA_QUERY_KEY });
    setBusy(false);
  };
  return (
    <section className="notice figures-choice" aria-labelledby="figures-choice-heading">
      <h2 id="figures-choice-heading">Figures shown</h2>
      {current.version ? (
        <>
          <p>
            Every page shows saved version {current.version.id}, &ldquo;{current.version.name}&rdquo;, kept in this
            browser. To see what panel members see, show the published figures instead; no version is deleted, and you
            can come back to the saved one at any time.
          </p>
          <button
            type="button"
            className="button-secondary"
            aria-disabled={busy}
            onClick={() => void show('published')}
          >
            Show the published figures
          </button>
        </>
      ) : (
        <>
          <p>
            Every page shows the published figures, not the versions saved in this browser. The newest saved version is{' '}
            {latest.id}, &ldquo;{latest.name}&rdquo;.
          </p>
          <button type="button" className="button-secondary" aria-disabled={busy} onClick={() => void show('latest')}>
            Show the latest saved version
          </button>
        </>
      )}
    </section>
  );
}
