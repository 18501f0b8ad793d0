/**
 * Which of the labels at `xs` (ascending) to print along an axis so that none runs into the next:
 * from the newest backwards, each at least `labelWidth` from the last one printed, and the oldest
 * always (the one printed nearest it makes room). Returns their indexes, oldest first.
 */
export function spacedLabels(xs: readonly number[], labelWidth: number): number[] {
  const chosen: number[] = [];
  for (let index = xs.length - 1; index >= 0; index -= 1) {
    const x = xs[index] ?? 0;
    const previous = chosen.at(-1);
    if (previous === undefined || (xs[previous] ?? 0) - x >= labelWidth) chosen.push(index);
  }
  const first = chosen.at(-1);
  if (first !== 0 && xs.length > 0) {
    if (first !== undefined && (xs[first] ?? 0) - (xs[0] ?? 0) < labelWidth) chosen.pop();
    chosen.push(0);
  }
  return chosen.reverse();
}
