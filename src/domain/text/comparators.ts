/** What the scorecard compares with, named the same way on every page, slide and printout. */
import type { ComparatorArea, ComparatorKind } from '../scorecard/scorecard';

/**
 * `heading` for a column, a legend or a slide; `sentence` within a sentence ("England 67,
 * statistical neighbours 102"); `short` where a text table must stay narrow (the command line).
 */
export type ComparatorNameForm = 'heading' | 'sentence' | 'short';

/** Null: the comparator is called by its area's own name (the region: "North East"). */
const NAMES: Readonly<Record<ComparatorKind, Readonly<Record<ComparatorNameForm, string>> | null>> = {
  england: { heading: 'England', sentence: 'England', short: 'England' },
  region: null,
  stat_neighbours: { heading: 'Statistical neighbours', sentence: 'statistical neighbours', short: 'Stat neighbours' },
};

export function comparatorName(comparator: ComparatorArea, form: ComparatorNameForm = 'heading'): string {
  return NAMES[comparator.kind]?.[form] ?? comparator.area.name;
}
