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

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const POINT = 0x2e;
/** Fifteen digits are always a finite number, read exactly as Number reads them. */
const PLAIN_NUMBER_LENGTH = 15;

/**
 * The number in a cell of digits with at most one decimal point between digits (90, 12.5, 0070),
 * as most figures in a large file are written; null for anything else, which readNumber reads. It
 * gives what readNumber gives for such a cell, read by char codes with no pattern or copy: a
 * 300,000-row file has 600,000 such cells.
 */
export function plainNumber(text: string): number | null {
  const length = text.length;
  if (length === 0 || length > PLAIN_NUMBER_LENGTH) return null;
  let point = -1;
  for (let at = 0; at < length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === POINT && point === -1 && at > 0 && at < length - 1) point = at;
    else if (code < DIGIT_0 || code > DIGIT_9) return null;
  }
  return Number(text);
}

export function readCell(text: string | undefined): CellReading {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return { kind: 'blank' };
  const plain = plainNumber(trimmed);
  if (plain !== null) return { kind: 'number', value: plain };
  const status = STATUS_SYMBOLS[trimmed.toLowerCase()];
  if (status) return { kind: 'status', status };
  const number = readNumber(trimmed);
  return number.ok ? { kind: 'number', value: number.value } : { kind: 'invalid', reason: number.reason };
}
