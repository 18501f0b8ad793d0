import { quoted } from '../text/quote';
import { STATUS_SYMBOLS, type Status } from '../observations/status';

/**
 * What one value cell of a source file holds. A number, a status standing in for a number
 * (DfE symbols such as `c` or committee shorthand such as `NND`), nothing at all, or something
 * unreadable. Blank is its own case so that no caller can mistake it for zero.
 */
export type CellReading =
  | { kind: 'number'; value: number }
  | { kind: 'status'; status: Status }
  | { kind: 'blank' }
  | { kind: 'invalid'; reason: string };

// Thousands separators only in groups of three, so "1,5" (a European decimal) is not read as 15.
const NUMBER_PATTERN = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

export function readNumber(text: string): { ok: true; value: number } | { ok: false; reason: string } {
  // Word and some spreadsheets paste a true minus sign (U+2212) rather than a hyphen.
  const trimmed = text.trim().replace(/^\u2212/, '-');
  const withoutPercent = trimmed.endsWith('%') ? trimmed.slice(0, -1).trim() : trimmed;
  if (withoutPercent === '' || !/\d/.test(withoutPercent) || !NUMBER_PATTERN.test(withoutPercent)) {
    return { ok: false, reason: `${quoted(trimmed)} is not a number` };
  }
  const value = Number(withoutPercent.replaceAll(',', ''));
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: `${quoted(trimmed)} is not a number` };
}

export function readCell(text: string | undefined): CellReading {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return { kind: 'blank' };
  const status = STATUS_SYMBOLS[trimmed.toLowerCase()];
  if (status) return { kind: 'status', status };
  const number = readNumber(trimmed);
  return number.ok ? { kind: 'number', value: number.value } : { kind: 'invalid', reason: number.reason };
}
