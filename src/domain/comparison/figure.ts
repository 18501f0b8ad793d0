/** NaN or infinity in a figure means it was not read properly, so it is treated as missing. */
export function isFigure(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}

/**
 * Rounds to the measure's published precision, so that figures that print the same compare (and
 * rank) the same.
 */
export function roundTo(value: number, decimalPlaces: number): number {
  const factor = 10 ** decimalPlaces;
  return Math.round(value * factor) / factor;
}
