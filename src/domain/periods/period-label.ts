/**
 * A period as a reader or a command wrote it (`?period=`, `--period`): branded, so that an area code
 * cannot be passed where a period is meant. It may not be a period at all; `resolveView` reads it.
 */
export type PeriodLabel = string & { readonly __brand: 'PeriodLabel' };

export function periodLabel(text: string): PeriodLabel {
  return text as PeriodLabel;
}
