import { useId, useRef, useState, type FormEvent } from 'react';
import { MAX_COMMENTARY_LENGTH, checkCommentary, type CommentaryKey } from '../../domain/commentary/commentary';
import { Field } from '../../shared/form/Field';
import { useCommentary, useSaveCommentary } from '../../shared/use-commentary';
import { grouped } from '../../domain/text/figures';

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
  const headingId = useId();
  const countId = useId();
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
    <section aria-labelledby={headingId} className="commentary">
      <h2 id={headingId}>What the data tells us</h2>
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
          <Field
            label={
              <>
                What the data tells us about {noteKey.period} <span className="visually-hidden">(plain text)</span>
              </>
            }
            hint={`Plain text, up to ${grouped(MAX_COMMENTARY_LENGTH)} characters. It is saved in this browser only and shown on the presentation slides. Anyone using this browser can change it.`}
            error={error}
            announceError
            describedBy={countId}
          >
            {(control) => (
              <>
                <textarea
                  {...control}
                  className="textarea"
                  rows={6}
                  value={draft}
                  onChange={(event) => setDraft(event.target.value)}
                />
                <p id={countId} className="field-hint">
                  {grouped(draft.trim().length)} of {grouped(MAX_COMMENTARY_LENGTH)} characters
                </p>
              </>
            )}
          </Field>
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
