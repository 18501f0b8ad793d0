/**
 * Whether the measure is one of the four leadership counts (leadership-measures.ts), which the
 * scorecard draws as one row: by the prefix their ids share, so the first screen's table tells them
 * apart without carrying their table.
 */
export function isLeadershipMeasure(measureId: string): boolean {
  return measureId.startsWith('ofsted_leaders_');
}
