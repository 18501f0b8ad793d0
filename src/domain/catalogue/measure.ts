export const UNITS = [
  'percent',
  'rate_per_10k',
  'days',
  'months',
  'count',
  'score',
  'ratio',
  'pounds_per_child',
  'chart',
] as const;
export type Unit = (typeof UNITS)[number];

export const POLARITIES = ['higher_is_better', 'lower_is_better', 'no_polarity'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const FREQUENCIES = ['quarterly', 'annual', 'monthly', 'snapshot', 'three_year', 'ad_hoc'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/**
 * How a measure's figure builds up over its period: `snapshot` (at a date: children looked after on
 * 31 March), `rolling_12_months` (the 12 months to the date), `year_to_date` (from 1 April to the
 * date, so it grows through the year) or `annual` (a whole year, reported once a year).
 */
export const ACCUMULATIONS = ['snapshot', 'rolling_12_months', 'year_to_date', 'annual'] as const;
export type Accumulation = (typeof ACCUMULATIONS)[number];

export interface KeyQuestion {
  id: string;
  title: string;
  /** Shown under the question, e.g. "Not evidenced through performance measures". */
  note: string;
}

export interface Measure {
  id: string;
  title: string;
  shortTitle: string;
  /** The panel's key question; '' for a measure only a framework groups (e.g. the National Framework's absence of children in need). */
  keyQuestionId: string;
  unit: Unit;
  polarity: Polarity;
  decimalPlaces: number;
  frequency: Frequency;
  definition: string;
  whatThisShows: string;
  /** Why a corporate parent should care about the figure, in plain English. */
  whyItMatters: string;
  source: string;
  /** Absolute difference, in the measure's unit, within which a figure is rated "similar"; null = default rule. */
  similarTolerance: number | null;
  /** What the numerator counts, e.g. "children", used in "90 (912 children)". */
  numeratorLabel: string;
  /** Other titles officers' own spreadsheets use for the measure, so their files load as written. */
  aliases: readonly string[];
  /** Standing footnote shown with the measure wherever it appears. */
  note: string;
  /** The figure the measure aims for, in its unit; null when it has none. SPC's assurance icon compares it with the process limits. */
  target: number | null;
  /** How the figure builds up over its period; null when the catalogue does not say. */
  accumulation: Accumulation | null;
}

export interface Catalogue {
  keyQuestions: readonly KeyQuestion[];
  measures: readonly Measure[];
}
