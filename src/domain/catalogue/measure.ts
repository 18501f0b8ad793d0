export const UNITS = ['percent', 'rate_per_10k', 'days', 'count', 'score', 'ratio', 'chart'] as const;
export type Unit = (typeof UNITS)[number];

export const POLARITIES = ['higher_is_better', 'lower_is_better', 'no_polarity'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const FREQUENCIES = ['quarterly', 'annual', 'monthly', 'snapshot', 'three_year', 'ad_hoc'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

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
}

export interface Catalogue {
  keyQuestions: readonly KeyQuestion[];
  measures: readonly Measure[];
}
