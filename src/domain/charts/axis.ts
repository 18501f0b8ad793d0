import { largest, smallest } from '../lists/extent';

/** A chart's value axis on round numbers: the measure page's charts and the slides use the same steps. */

function niceStep(span: number): number {
  const rough = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / magnitude;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * magnitude;
}

/**
 * The value axis: fitted to the figures with a little room, on round numbers, or from zero when the
 * reader asks (a fitted axis shows change clearly; a zero-based one shows its size honestly).
 */
export function axisDomain(values: readonly number[], fromZero: boolean): [number, number] {
  if (values.length === 0) return [0, 1];
  const low = smallest(values, fromZero ? 0 : Infinity);
  const high = largest(values);
  const span = high - low || Math.abs(high) || 1;
  const step = niceStep(span);
  // A flat series gets a step either side, so its line sits mid-chart rather than on an edge.
  const flat = high === low ? step : 0;
  const bottom = Math.floor(low / step) * step - flat;
  const top = Math.ceil(high / step) * step + flat;
  // A fitted axis never dips below zero for figures that cannot be negative.
  return [low >= 0 ? Math.max(0, bottom) : bottom, top];
}

/** Round-number ticks across an axis domain made by axisDomain, so no tick falls between steps. */
export function axisTicks([bottom, top]: [number, number]): number[] {
  const step = niceStep(top - bottom);
  const ticks: number[] = [];
  // Rounded to the step's precision so 0.1 + 0.2 never prints as 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let tick = bottom; tick <= top + step / 1000; tick += step) ticks.push(Number(tick.toFixed(decimals)));
  return ticks;
}
