import { useId, useRef, useState, type FormEvent } from 'react';
import { MAX_COMMENTARY_LENGTH, checkCommentary, type CommentaryKey } from '../../domain/commentary/commentary';
import { useCommentary, useSaveCommentary } from '../../shared/use-commentary';

/**
 * The officer's "What the data tells us" note for this measure, area and period: read by everyone,
 * editable by anyone using this browser (the app has no sign-in), shown on the slides too.
 */
export function CommentaryPanel({ noteKey, areaName }: { noteKey: CommentaryKey; areaName: string }) {
  const commentary = useCommentary();
  const save = useSaveCommentary();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const ids = { heading: useId(), field: useId(), hint: useId(), error: useId(), count: useId() };
  const note = commentary.data?.notes.find(
    (candidate) =>
      candidate.measureId === noteKey.measureId &&
      candidate.areaCode === noteKey.areaCode &&
      candidate.period === noteKey.period,
  );
  const storage = commentary.data?.storage;

  const startEditing = () => {
    setDraft(note?.text ?? '');
    setError('');
    setSaved('');
  };
  const stopEditing = (message: string) => {
    setDraft(null);
    setSaved(message);
    // Back to where editing began, so a keyboard user does not lose their place.
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft === null) return;
    const checked = checkCommentary(draft);
    if (!checked.ok) return setError(checked.reason);
    const result = await save.mutateAsync({ key: noteKey, text: checked.text });
    if (!result.ok) return setError(result.reason);
    stopEditing(checked.text ? 'Commentary saved.' : 'Commentary removed.');
  };

  return (
    <section aria-labelledby={ids.heading} className="commentary">
      <h2 id={ids.heading}>What the data tells us</h2>
      {draft === null ? (
        <>
          {commentary.isPending ? (
            <p>Loading the commentary…</p>
          ) : (
            <p className="commentary-text">
              {note ? note.text : `No commentary has been written for ${areaName} at ${noteKey.period} yet.`}
            </p>
          )}
          {commentary.data?.problem ? <p className="notice">{commentary.data.problem}</p> : null}
          {storage && !storage.ok ? (
            <p className="notice">Read-only: {storage.reason}</p>
          ) : storage?.ok ? (
            <button type="button" ref={editButton} className="button-secondary" onClick={startEditing}>
              {note ? 'Edit the commentary' : 'Write the commentary'}
            </button>
          ) : null}
          <p role="status" className="commentary-status">
            {saved}
          </p>
        </>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <div className={`commentary-field${error ? ' commentary-field-error' : ''}`}>
            <label htmlFor={ids.field}>
              What the data tells us about {noteKey.period} <span className="visually-hidden">(plain text)</span>
            </label>
            <p id={ids.hint} className="hint">
              Plain text, up to {MAX_COMMENTARY_LENGTH.toLocaleString('en-GB')} characters. It is saved in this browser
              only and shown on the presentation slides. Anyone using this browser can change it.
            </p>
            {error ? (
              <p id={ids.error} className="field-error" role="alert">
                <span className="visually-hidden">Error: </span>
                {error}
              </p>
            ) : null}
            <textarea
              id={ids.field}
              rows={6}
              value={draft}
              aria-describedby={`${ids.hint} ${ids.count}${error ? ` ${ids.error}` : ''}`}
              aria-invalid={error ? true : undefined}
              onChange={(event) => setDraft(event.target.value)}
            />
            <p id={ids.count} className="hint">
              {draft.trim().length.toLocaleString('en-GB')} of {MAX_COMMENTARY_LENGTH.toLocaleString('en-GB')}{' '}
              characters
            </p>
          </div>
          <div className="button-group">
            <button type="submit" className="button" aria-disabled={save.isPending}>
              Save the commentary
            </button>
            <button type="button" className="button-secondary" onClick={() => stopEditing('')}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
