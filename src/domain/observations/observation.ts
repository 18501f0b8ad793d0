import type { Period } from '../periods/period';
import type { Status } from './status';

/**
 * One figure for one measure, area and period. A number with an optional numerator and
 * denominator, or a status without a number: blank is never zero and a suppressed figure has no value.
 */
export interface Observation {
  measureId: string;
  areaCode: string;
  period: Period;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: Status;
  note: string;
  /** Where the figure was read from, so any number on screen can be traced to its file and row. */
  source: ObservationSource;
  /**
   * The provisional figure this final one replaced (observations/merge.ts: final over provisional),
   * kept so the panel can see what changed: County Durham's 2020/21 rate, 93.5 provisional, then 96
   * final from DfE. Absent for most figures.
   */
  superseded?: SupersededFigure;
}

/** A provisional figure a final one replaced: what it said and where it came from. */
export type SupersededFigure = Pick<Observation, 'value' | 'numerator' | 'denominator' | 'status' | 'source'>;

export interface ObservationSource {
  file: string;
  row: number;
  /**
   * Who published the figure when it came from national open data ('DfE'); absent for the
   * council's own figures. The council's own figure for a measure, area and period takes
   * precedence over a published one (observations/merge.ts), so the scorecard keeps what the panel was given locally.
   */
  publisher?: string;
}

/** Whether a figure came from national open data rather than from the council's own files. */
export function isOpenData(observation: Observation): boolean {
  return observation.source.publisher !== undefined;
}

/**
 * The published row an open-data figure was read from, or null for a council's own figure. DfE
 * gives a joint return (North and West Northamptonshire's) as one row that each of its councils
 * holds a copy of, so two councils' figures with the same row are one figure, to be counted once.
 */
export function publishedRowOf(observation: Observation): string | null {
  const { publisher, file, row } = observation.source;
  return publisher === undefined ? null : `${publisher}|${file}|${row}`;
}

/**
 * Whether the figure is a reference figure (Dataset.reference): context, not the data's own figure.
 * Ofsted's are (its judgements, read from the data folder's sheet whatever figures are shown): they
 * are of an inspection on a day, not of the period a council reports on.
 */
export function isReferenceFigure(observation: Observation): boolean {
  return observation.source.publisher === 'Ofsted';
}

/** One figure per measure, area and period: the key every reader, merge and comparison uses. */
export function observationKey(observation: Observation): string {
  return `${observation.measureId}|${observation.areaCode}|${observation.period.label}`;
}

/** Whether two observations give the same figure: value, counts and status (their notes and sources aside). */
export function sameFigure(a: Observation, b: Observation): boolean {
  return a.value === b.value && a.status === b.status && a.numerator === b.numerator && a.denominator === b.denominator;
}

/**
 * Two observations say the same thing when their figure, counts, status and note all agree. The
 * note counts because a corrected footnote is a change the panel should see; where the figure was
 * read from (source) does not, as the same figure in a new file is not news.
 */
export function isSameFigure(a: Observation, b: Observation): boolean {
  return sameFigure(a, b) && a.note === b.note;
}
