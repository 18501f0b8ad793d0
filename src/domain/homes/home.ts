import { parseGrade, type Grade } from '../readers/ofsted/grade';

/**
 * The outcome of an interim inspection of a children's home: how its effectiveness has moved since
 * its last full inspection. Ofsted's own three outcomes (Social care common inspection framework).
 */
export type InterimOutcome = 'improved' | 'sustained' | 'declined';

export const INTERIM_OUTCOMES: readonly InterimOutcome[] = ['improved', 'sustained', 'declined'];

/** Ofsted's words for each outcome, as its interim reports give them. */
export const INTERIM_OUTCOME_LABEL: Readonly<Record<InterimOutcome, string>> = {
  improved: 'Improved effectiveness',
  sustained: 'Sustained effectiveness',
  declined: 'Declined in effectiveness',
};

/** Other ways councils' papers write an outcome: Durham's table of June 2016 writes "Declined effectiveness". */
const INTERIM_OUTCOME_ALSO: Readonly<Record<string, InterimOutcome>> = {
  'declined effectiveness': 'declined',
};

export interface FullInspection {
  /** ISO date. */
  date: string;
  /** The overall judgement, on Ofsted's four-point scale. */
  grade: Grade;
}

export interface InterimInspection {
  /** ISO date. */
  date: string;
  outcome: InterimOutcome;
}

/**
 * One of the council's own children's homes as its table reports it. No inspection yet is null, not
 * a judgement: a new home is listed before Ofsted first visits.
 */
export interface ChildrensHome {
  name: string;
  /** Ofsted's unique reference number, where the table gives it (SC123456 or 1234567). */
  urn: string | null;
  full: FullInspection | null;
  interim: InterimInspection | null;
  source: { file: string; row: number };
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function parseInterimOutcome(text: string): InterimOutcome | null {
  const wanted = normalise(text);
  return (
    INTERIM_OUTCOMES.find((outcome) => normalise(INTERIM_OUTCOME_LABEL[outcome]) === wanted) ??
    INTERIM_OUTCOME_ALSO[wanted] ??
    null
  );
}

/**
 * A full inspection's overall judgement in Ofsted's words. Children's homes inspected under the
 * April 2014 framework were judged "Requires improvement", which the later scale calls "Requires
 * improvement to be good"; both are the same grade.
 */
export function parseHomeGrade(text: string): Grade | null {
  return parseGrade(text) ?? (normalise(text) === 'requires improvement' ? 'requires_improvement' : null);
}

/** Good or outstanding: the line councils report ("all residential care homes remain good or outstanding"). */
export function isGoodOrBetter(grade: Grade): boolean {
  return grade === 'outstanding' || grade === 'good';
}

/** The day a year before `today` (ISO); a year before 29 February is 28 February. */
function aYearBefore(today: string): string {
  const monthDay = today.slice(4) === '-02-29' ? '-02-28' : today.slice(4);
  return `${String(Number(today.slice(0, 4)) - 1).padStart(4, '0')}${monthDay}`;
}

/**
 * Whether a home's latest full inspection is more than a year before `today`. Ofsted inspects every
 * children's home in full at least once a year, so an older judgement is one the panel should ask
 * about. A home never inspected is not flagged: it is said to be not yet inspected.
 */
export function isFullInspectionOverAYearOld(home: ChildrensHome, today: string): boolean {
  return home.full !== null && home.full.date < aYearBefore(today);
}
