/**
 * Statuses of a figure. Some qualify a number (provisional, revised, estimate, low_reliability);
 * the rest stand in place of a number, so a cell with one of those never carries a value.
 */
export const STATUSES = [
  'final',
  'provisional',
  'revised',
  'estimate',
  'low_reliability',
  'no_new_data',
  'reported_annually',
  'not_available',
  'not_applicable',
  'suppressed',
  'low',
  'tbc',
  'see_chart',
] as const;

export type Status = (typeof STATUSES)[number];

/** Statuses that may accompany a number. */
export const QUALIFYING_STATUSES: ReadonlySet<Status> = new Set<Status>([
  'final',
  'provisional',
  'revised',
  'estimate',
  'low_reliability',
]);

export function isStatus(text: string): text is Status {
  return (STATUSES as readonly string[]).includes(text);
}

export function statusAllowsValue(status: Status): boolean {
  return QUALIFYING_STATUSES.has(status);
}

/** Words shown to panel members; never an abbreviation they would have to look up. */
export const STATUS_LABEL: Readonly<Record<Status, string>> = {
  final: 'Final',
  provisional: 'Provisional',
  revised: 'Revised',
  estimate: 'Estimate',
  low_reliability: 'Low reliability',
  no_new_data: 'No new data',
  reported_annually: 'Reported annually',
  not_available: 'Not available',
  not_applicable: 'Not applicable',
  suppressed: 'Suppressed',
  low: 'Fewer than 0.5 (rounds to 0)',
  tbc: 'To be confirmed',
  see_chart: 'Shown in a chart',
};

/**
 * Symbols and abbreviations found in source files (DfE open-data symbols and committee-paper
 * shorthand such as the seed scorecard's NND and TBC), mapped to statuses. Keys are lower case.
 */
export const STATUS_SYMBOLS: Readonly<Record<string, Status>> = {
  x: 'not_available',
  'n/a': 'not_available',
  na: 'not_available',
  z: 'not_applicable',
  c: 'suppressed',
  low: 'low',
  k: 'low',
  u: 'low_reliability',
  nnd: 'no_new_data',
  tbc: 'tbc',
  'tbc*': 'tbc',
  'reported annually': 'reported_annually',
};
