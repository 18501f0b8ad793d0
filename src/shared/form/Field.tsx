import { useId, type ReactNode } from 'react';

/** What a Field gives its control: its id, and the hint and error message it is described by. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/**
 * The GOV.UK error message beside a field: "Error:" is said but not shown, so a screen reader
 * says what the red text is. `announce` says it as soon as it appears (role alert), for a form
 * with no error summary whose focus stays where it was.
 */
export function ErrorMessage({ id, announce, children }: { id: string; announce?: boolean; children: ReactNode }) {
  return (
    <p id={id} className="field-error" role={announce ? 'alert' : undefined}>
      <span className="visually-hidden">Error:</span> {children}
    </p>
  );
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** The control's id, when something else points at it (an error summary's link); otherwise one is made. */
  id?: string;
  /** The ids of more text describing the control (a character count below it), read after the hint. */
  describedBy?: string;
  announceError?: boolean;
  /** A label directly above its control, for a row of filters; otherwise a GOV.UK form group. */
  compact?: boolean;
  /** The control, given its id, aria-describedby and aria-invalid. */
  children: (control: ControlProps) => ReactNode;
}

/**
 * One labelled control, GOV.UK style: the label, the hint, the error message and then the control,
 * which is described by the hint and the error so a screen reader reads them with it.
 */
export function Field({ label, hint, error, id, describedBy, announceError, compact, children }: FieldProps) {
  const madeId = useId();
  const controlId = id ?? madeId;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const described = [hint ? hintId : '', describedBy ?? '', error ? errorId : ''].filter(Boolean).join(' ');
  const group = compact ? 'field' : 'form-group';
  return (
    <div className={error ? `${group} form-group-error` : group}>
      <label htmlFor={controlId} className={compact ? undefined : 'form-label'}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className={compact ? 'field-hint-inline' : 'field-hint'}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <ErrorMessage id={errorId} announce={announceError}>
          {error}
        </ErrorMessage>
      ) : null}
      {children({
        id: controlId,
        'aria-describedby': described || undefined,
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}

interface CheckboxFieldProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | null;
  id?: string;
  required?: boolean;
}

/** A single checkbox with its label after it (GOV.UK checkboxes), and its error message above. */
export function CheckboxField({ label, checked, onChange, error, id, required }: CheckboxFieldProps) {
  const madeId = useId();
  const controlId = id ?? madeId;
  const errorId = `${controlId}-error`;
  return (
    <div className={error ? 'form-group form-group-error' : 'form-group'}>
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <div className="choice">
        <input
          type="checkbox"
          id={controlId}
          required={required}
          checked={checked}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={controlId}>{label}</label>
      </div>
    </div>
  );
}
