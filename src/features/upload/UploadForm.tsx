import { useState, type FormEvent } from 'react';
import { MAX_UPLOAD_BYTES } from '../../adapters/decode';
import type { AreaGroup } from '../../domain/areas/area-directory';
import { AreaSelect } from '../../shared/form/AreaSelect';
import { Field } from '../../shared/form/Field';
import { ProgressPanel } from '../../shared/ProgressPanel';
import type { ComparatorPeriodAsk } from './import-protocol';
import type { Phase } from './upload-flow';
import { listOf } from '../../domain/text/lists';

interface UploadFormProps {
  phase: Phase;
  /** The file input's id, which the page's error summary links to. */
  fileId: string;
  fileError: string | undefined;
  groups: readonly AreaGroup[];
  areaCode: string;
  onChooseArea: (code: string) => void;
  /** Set when the file's comparator columns give no period: the form asks for it once. */
  comparatorAsk: ComparatorPeriodAsk | null;
  comparatorPeriod: string;
  /** The comparator-period field's id, which the page's error summary links to. */
  comparatorPeriodId: string;
  comparatorPeriodError: string | undefined;
  onComparatorPeriod: (text: string) => void;
  onCheck: (file: File | null) => void;
}

function FileHint() {
  return (
    <>
      <p>One of these, with the header in the first row:</p>
      <ul>
        <li>
          an observations CSV: the columns measure, area, period and value (numerator, denominator, status and note may
          follow);
        </li>
        <li>
          a scorecard-layout CSV, as in the committee paper: a Measure column, a column per period (2020/21, Q2 2021/22)
          and England, region and Stat Neighbour columns;
        </li>
        <li>
          a DfE open-data CSV as published on Explore Education Statistics (for example
          cla_number_and_rate_per_10k_children.csv): its figures for England, every region and every local authority are
          read through the measure map, so any council can be compared;
        </li>
        <li>
          a table of the council&rsquo;s children&rsquo;s homes, as in the committee papers: Name, Full inspection date
          and Full inspection overall judgement, and if known Interim inspection date, Interim inspection overall
          outcome and URN (dates as 21.07.15 or 21.07.2015);
        </li>
        <li>an Excel workbook (.xlsx) holding one of these tables on its first sheet.</li>
      </ul>
      <p>
        CSV files saved by Excel as &ldquo;CSV UTF-8&rdquo; or plain &ldquo;CSV&rdquo; (Windows-1252) are both read. Up
        to {MAX_UPLOAD_BYTES / (1024 * 1024)} MB.
      </p>
    </>
  );
}

/**
 * The file to check and the LA it is for, then Check the file; the progress of a check below.
 * The page gives it a new key whenever the file input must forget its file.
 */
export function UploadForm({
  phase,
  fileId,
  fileError,
  groups,
  areaCode,
  onChooseArea,
  comparatorAsk,
  comparatorPeriod,
  comparatorPeriodId,
  comparatorPeriodError,
  onComparatorPeriod,
  onCheck,
}: UploadFormProps) {
  const [file, setFile] = useState<File | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCheck(file);
  };
  return (
    <>
      {phase.step === 'problems' && comparatorAsk?.onlyThis ? (
        <h2>Give the period of the comparator figures</h2>
      ) : phase.step === 'problems' ? (
        <h2>Choose the file again</h2>
      ) : (
        <p className="lead">
          Check a quarter&rsquo;s figures before they reach the scorecard. Nothing is saved until you have seen what
          would change and chosen to save it; the file never leaves this computer.
        </p>
      )}
      <form className="upload-form" noValidate onSubmit={submit} aria-label="Choose a file to check">
        <Field id={fileId} label="Choose the file" hint={<FileHint />} error={fileError}>
          {(control) => (
            <input
              {...control}
              type="file"
              className="file-input"
              accept=".csv,.xlsx,text/csv"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <Field
          label="Local authority the file is for"
          hint="Used for scorecard-layout files and tables of children's homes, which do not say whose they are; an observations file names the area on every row. Type the first letters of a name to jump to it."
        >
          {(control) => (
            <AreaSelect {...control} className="select" groups={groups} value={areaCode} onChange={onChooseArea} />
          )}
        </Field>
        {comparatorAsk ? (
          <Field
            id={comparatorPeriodId}
            label="Period of the comparator figures"
            hint={`The ${listOf(comparatorAsk.columns)} ${comparatorAsk.columns.length === 1 ? 'column gives' : 'columns give'} figures without saying which period they are for. Comparators are published later than the council’s own figures, so give the period they are for, such as 2019/20${comparatorAsk.suggested ? ` (${comparatorAsk.suggested} is what the file’s other headings give)` : ''}. A figure that gives its own period in brackets keeps it.`}
            error={comparatorPeriodError}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                className="text-input text-input-short"
                autoComplete="off"
                spellCheck={false}
                value={comparatorPeriod}
                onChange={(event) => onComparatorPeriod(event.target.value)}
              />
            )}
          </Field>
        ) : null}
        <button type="submit" className="button">
          Check the file
        </button>
      </form>
      {phase.step === 'checking' ? (
        <ProgressPanel label={`Checking ${phase.fileName}`} progress={phase.progress} />
      ) : null}
    </>
  );
}
