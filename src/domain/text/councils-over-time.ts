import type { Area } from '../areas/area';
import { dateInWords } from './dates';
import { listOf } from './lists';

/**
 * The words for councils that changed: a joint return, a council abolished and the councils that
 * took over from it, in the same words on the scorecard, in a reader's note and on the command line.
 */

/** The note on each council's copy of a joint return's figure. */
export function jointReturnNote(councils: readonly Area[]): string {
  return `A joint return: DfE publishes one figure for ${listOf(councils.map((council) => council.name))} together`;
}

/** "Cumbria (until 31 March 2023)": a council that no longer exists, named with its last day. */
export function councilName(area: Area): string {
  return area.to === undefined ? area.name : `${area.name} (until ${dateInWords(area.to)})`;
}
