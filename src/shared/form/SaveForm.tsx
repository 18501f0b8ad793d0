import { useState, type FormEvent } from 'react';
import { MAX_VERSION_NAME_LENGTH } from '../../domain/versions/version-name';
import { CheckboxField, Field } from './Field';
import type { CurrentData } from '../use-dataset';
import { ErrorSummary } from '../ErrorSummary';
import { ProgressPanel, type Progress } from '../ProgressPanel';

/** The fields of the form to save checked figures as a version. */
export type SaveField = 'acknowledge' | 'name';

export interface SaveFieldError {
  field: SaveField;
  message: string;
}

interface SaveFormProps {
  /** The DOM id of each field, which the preview's error summary links to. */
  ids: Record<SaveField, string>;
  storage: CurrentData['storage'];
  /** The file has warnings: Save needs the box ticked to say they were checked. */
  hasWarnings: boolean;
  /** What ticking the box says; by default that the warnings above were checked. */
  acknowledgeLabel?: string;
  acknowledged: boolean;
  errors: readonly SaveFieldError[];
  /** Set while saving: the buttons give way to it. */
  saving: Progress | null;
  onAcknowledge: (checked: boolean) => void;
  onSave: (name: string) => void;
  onCancel: () => void;
}

/** Below the preview: confirm the warnings were checked, name the version, then Save or Cancel. */
export function SaveForm({
  ids,
  storage,
  hasWarnings,
  acknowledgeLabel = 'I have checked the warnings above and the figures are right',
  acknowledged,
  errors,
  saving,
  onAcknowledge,
  onSave,
  onCancel,
}: SaveFormProps) {
  const [name, setName] = useState('');
  const errorFor = (field: SaveField) => errors.find((error) => error.field === field)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(name);
  };
  const cancel = (
    <button type="button" className="button-secondary" onClick={onCancel}>
      Cancel
    </button>
  );

  return (
    <form className="upload-save" noValidate onSubmit={submit} aria-label="Save this upload">
      {hasWarnings ? (
        <CheckboxField
          id={ids.acknowledge}
          label={acknowledgeLabel}
          required
          checked={acknowledged}
          error={errorFor('acknowledge')}
          onChange={onAcknowledge}
        />
      ) : null}
      {storage.ok ? (
        <>
          <Field
            id={ids.name}
            label="Name this version"
            hint={
              <>
                So you can find it in the saved versions, for example &ldquo;2021/22 Q2 figures&rdquo;. Up to{' '}
                {MAX_VERSION_NAME_LENGTH} characters.
              </>
            }
            error={errorFor('name')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                className="text-input"
                required
                autoComplete="off"
                spellCheck
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </Field>
          {saving ? (
            // The buttons give way to the progress while saving: a second Save or a Cancel now would only confuse.
            <ProgressPanel label="Saving" progress={saving} />
          ) : (
            <div className="button-group">
              <button type="submit" className="button">
                Save as a new version
              </button>
              {cancel}
            </div>
          )}
        </>
      ) : (
        <>
          <p className="notice">
            <strong>This upload cannot be saved.</strong> {storage.reason}
          </p>
          <div className="button-group">{cancel}</div>
        </>
      )}
    </form>
  );
}

/**
 * Above a preview: the save form's errors, each a link to its field (a new `attempt` focuses the
 * summary again), and why the last save failed.
 */
export function SaveErrors({
  errors,
  fieldIds,
  attempt,
  saveFailure,
}: {
  errors: readonly SaveFieldError[];
  fieldIds: Record<SaveField, string>;
  attempt: number;
  saveFailure: string | null;
}) {
  return (
    <>
      {errors.length > 0 ? (
        <ErrorSummary
          key={attempt}
          title="There is a problem"
          problems={errors.map((error) => ({ message: error.message, fieldId: fieldIds[error.field] }))}
        />
      ) : null}
      {saveFailure ? (
        <ErrorSummary
          title="The version was not saved"
          problems={[{ severity: 'error', rule: 'save_failed', message: saveFailure }]}
        />
      ) : null}
    </>
  );
}
