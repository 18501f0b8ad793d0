import { countOf } from '../../domain/text/plural';
import type { ReturnResult } from './return-protocol';

/** What was worked out, in one sentence: from how many files, for how many children, over what days. */
export function describeReturn(fileCount: number, result: ReturnResult): string {
  const from = `Worked out from ${countOf(fileCount, 'file')}`;
  if (!result.span) return `${from}. They hold no usable episodes, so only the care leavers’ figures can be given.`;
  const { quarters, months } = result.dates;
  return (
    `${from}, with episodes for ${countOf(result.children, 'child', 'children')} from ${result.span.from} to ${result.span.to}: ` +
    `every measure at ${countOf(quarters, 'quarter end')} and ${countOf(months, 'month end')} up to ${result.asAt.text}, and the breakdowns at each quarter end.`
  );
}

/** What saving would change, in one sentence, figures and breakdowns. */
export function describeSave(result: ReturnResult): string {
  const { counts } = result.preview;
  const breakdowns = result.breakdownChanges;
  return (
    `${countOf(counts.added, 'new figure', 'new figures', 'No new figures')}, ${countOf(counts.changed, 'changed figure', 'changed figures', 'no changed figures')} and ` +
    `${countOf(counts.unchanged, 'figure', 'figures', 'no figures')} already held as they are; ` +
    `${countOf(breakdowns.added, 'new breakdown figure', 'new breakdown figures', 'no new breakdown figures')} and ${countOf(breakdowns.changed, 'changed one', 'changed ones', 'no changed ones')}. ` +
    `Saving adds the new figures and replaces the changed ones; every other figure held is kept. The new version will hold ${countOf(counts.total, 'figure')}.`
  );
}
