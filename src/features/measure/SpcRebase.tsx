import { useRef, useState } from 'react';
import { Field } from '../../shared/form/Field';
import type { RebaseChoice } from './spc-view';

interface SpcRebaseProps {
  /** "month", "quarter". */
  unit: string;
  rebases: readonly RebaseChoice[];
  choices: readonly RebaseChoice[];
  onAdd: (label: string) => void;
  onRemove: (label: string) => void;
}

/**
 * Rebasing: the reader names the first period after a change to the process (a new service, a new
 * definition), and the chart gives the stretch from there its own mean and limits. Each one can be
 * taken away again; the choice lives in the URL.
 */
export function SpcRebase({ unit, rebases, choices, onAdd, onRemove }: SpcRebaseProps) {
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState('');
  const [said, setSaid] = useState('');
  const select = useRef<HTMLSelectElement>(null);

  const add = () => {
    const found = choices.find((choice) => choice.label === chosen);
    if (!found) {
      setError(`Choose the ${unit} the new limits start from.`);
      select.current?.focus();
      return;
    }
    setError('');
    setChosen('');
    onAdd(found.label);
    setSaid(`New limits from ${found.text}. The chart and the table show them.`);
  };
  const remove = (rebase: RebaseChoice) => {
    onRemove(rebase.label);
    setSaid(`The new limits from ${rebase.text} are taken away.`);
    // The button pressed is gone, so the keyboard goes back to the choice of period.
    select.current?.focus();
  };

  return (
    <section className="spc-rebase" aria-labelledby="spc-rebase-heading">
      <h3 id="spc-rebase-heading">New limits after a change</h3>
      {rebases.length > 0 ? (
        <ul className="spc-rebases">
          {rebases.map((rebase) => (
            <li key={rebase.label}>
              New limits from {rebase.text}{' '}
              <button type="button" className="button-secondary" onClick={() => remove(rebase)}>
                Remove <span className="visually-hidden">the new limits from {rebase.text}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="spc-rebase-add">
        <Field
          label="Start new limits from"
          hint={`When the way the work is done changed (a new service, a new definition), choose the first ${unit} after the change. The figures from then on get their own mean and limits.`}
          error={error}
        >
          {(control) => (
            <select
              {...control}
              ref={select}
              className="select"
              value={chosen}
              onChange={(event) => {
                setChosen(event.target.value);
                setError('');
              }}
            >
              <option value="">Choose a {unit}</option>
              {choices.map((choice) => (
                <option key={choice.label} value={choice.label}>
                  {choice.text}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="button" className="button-secondary" onClick={add}>
          Start new limits
        </button>
      </div>
      <p role="status" className="visually-hidden">
        {said}
      </p>
    </section>
  );
}
