import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { AreaGroup } from '../../domain/areas/area-directory';
import { countOf } from '../../domain/text/plural';
import { AreaSelect } from '../../shared/form/AreaSelect';
import { Field } from '../../shared/form/Field';
import { ProgressPanel } from '../../shared/ProgressPanel';
import type { FormError, FormField, Phase } from './return-flow';

interface ReturnFormProps {
  phase: Phase;
  /** The DOM ids of the fields the page's error summary links to. */
  ids: Record<FormField, string>;
  errors: readonly FormError[];
  groups: readonly AreaGroup[];
  areaCode: string;
  onChooseArea: (code: string) => void;
  onCompute: (files: readonly File[], asAt: string) => void;
  onCancel: () => void;
}

function FilesHint() {
  return (
    <>
      <p>
        One CSV (or .xlsx) file for each table of the return, as your case management system exports them: Header,
        Episodes, UASC, AD1, Missing, OC2, OC3 and any of the others. Each file is recognised by its column names,
        whatever it is called, so choose them all together, or drop them on this box.
      </p>
      <p>
        Several years&rsquo; files can be chosen together for figures over longer periods; an OC2 or OC3 file needs its
        year in its name (oc2_2021-22.csv). A CSV with the columns postcode, easting and northing gives how far children
        are placed from home.
      </p>
    </>
  );
}

/** The files of the return, the council and the date of the figures, then Work out the figures; the progress below. */
export function ReturnForm({
  phase,
  ids,
  errors,
  groups,
  areaCode,
  onChooseArea,
  onCompute,
  onCancel,
}: ReturnFormProps) {
  const [files, setFiles] = useState<readonly File[]>([]);
  const [asAt, setAsAt] = useState('');
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const errorFor = (field: FormField) =>
    errors
      .filter((error) => error.field === field)
      .map((error) => error.message)
      .join(' ') || undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCompute(files, asAt);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files;
    if (dropped.length === 0) return;
    // The file input then shows what was dropped, as if chosen with it.
    if (input.current) input.current.files = dropped;
    setFiles([...dropped]);
  };
  const over = (event: DragEvent) => {
    event.preventDefault();
    setDragging(true);
  };

  return (
    <>
      <form className="upload-form" noValidate onSubmit={submit} aria-label="Choose the files of the 903 return">
        <div
          className={dragging ? 'drop-zone drop-zone-over' : 'drop-zone'}
          onDragOver={over}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <Field id={ids.files} label="Choose the files of the return" hint={<FilesHint />} error={errorFor('files')}>
            {(control) => (
              <input
                {...control}
                ref={input}
                type="file"
                multiple
                className="file-input"
                accept=".csv,.xlsx,text/csv"
                onChange={(event) => setFiles([...(event.target.files ?? [])])}
              />
            )}
          </Field>
          {files.length > 0 ? (
            <p className="files-chosen">
              {countOf(files.length, 'file')} chosen: {files.map((file) => file.name).join(', ')}
            </p>
          ) : null}
        </div>
        <Field
          label="Local authority the return is for"
          hint="Its ONS population estimate gives the rates per 10,000 children. Type the first letters of a name to jump to it."
        >
          {(control) => (
            <AreaSelect {...control} className="select" groups={groups} value={areaCode} onChange={onChooseArea} />
          )}
        </Field>
        <Field
          id={ids.asAt}
          label="Date of the figures"
          hint="For example, 31/03/2022. 31 March gives the year’s figures; 30 June, 30 September or 31 December gives the quarter’s. The figures at every quarter end and month end before it that the files cover are worked out too, for the trend charts."
          error={errorFor('asAt')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              className="text-input date-input"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              value={asAt}
              onChange={(event) => setAsAt(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button" ref={submitButton}>
          Work out the figures
        </button>
      </form>
      {phase.step === 'computing' ? (
        <div className="return-progress">
          <ProgressPanel label="Working out the figures" progress={phase.progress} />
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              onCancel();
              // The button goes with the progress bar: the focus waits on Work out the figures.
              submitButton.current?.focus();
            }}
          >
            Cancel
          </button>
        </div>
      ) : null}
    </>
  );
}
