/**
 * How many bytes a saved version takes in the browser's database, estimated before it is written.
 * Chromium stores one value of at most about 133 MB (its IndexedDB message limit) and refuses a
 * larger one only when the write fails, with a reason a reader cannot act on; checking first lets
 * the save say the true reason and what to do. The estimate follows the structured clone's layout
 * (V8's ValueSerializer, as node:v8 writes it): a tag and a length per value and per key, one byte
 * per character of Latin-1 text and two of any other, a few bytes per whole number and eight per other.
 */
import type { StoredObservation } from '../domain/observations/stored-rows';
import { grouped } from '../domain/text/figures';

/** The most one saved version may take as stored, with room under Chromium's limit for the rest of the record. */
export const MAX_VERSION_BYTES = 120 * 1000 * 1000;

/** Whether V8 writes the text two bytes a character: it holds a character beyond Latin-1. */
function isTwoByte(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) > 0xff) return true;
  return false;
}

/** A tag and a length of one to three bytes, then the characters. */
function textBytes(text: string): number {
  const length = isTwoByte(text) ? text.length * 2 : text.length;
  return 1 + (length < 128 ? 1 : length < 16_384 ? 2 : 3) + length;
}

/** A whole number that fits 32 bits is a tag and a variable-length integer; any other number is eight bytes. */
function numberBytes(value: number): number {
  if (!Number.isInteger(value) || Math.abs(value) > 0x3fffffff) return 9;
  const zigzag = Math.abs(value) * 2;
  return 1 + (zigzag < 128 ? 1 : zigzag < 16_384 ? 2 : zigzag < 2_097_152 ? 3 : 5);
}

function valueBytes(value: unknown): number {
  if (typeof value === 'string') return textBytes(value);
  if (typeof value === 'number') return numberBytes(value);
  return 1;
}

/** The stored size of the figures of a version, in bytes, to within a few per cent of the structured clone's (stored-size.test.ts). */
export function storedRowsBytes(rows: readonly StoredObservation[]): number {
  let bytes = 8;
  for (const row of rows) {
    bytes += 4;
    for (const [key, value] of Object.entries(row)) bytes += textBytes(key) + valueBytes(value);
  }
  return bytes;
}

/** "118 MB": a size in the decimal megabytes a file manager shows, for messages. */
export function megabytes(bytes: number): string {
  return `${grouped(Math.round(bytes / 1e6))} MB`;
}

/**
 * Why a version is too large to save, before anything is written; null when it fits. The browser
 * would refuse it only as the write failed, with a reason no one could act on (stored-size.ts).
 */
export function versionTooLarge(
  rows: readonly StoredObservation[],
  maxBytes: number = MAX_VERSION_BYTES,
): string | null {
  const bytes = storedRowsBytes(rows);
  if (bytes <= maxBytes) return null;
  return `This version holds ${grouped(rows.length)} figures, about ${megabytes(bytes)} as the browser stores them, and one saved version can hold at most about ${megabytes(maxBytes)}. Nothing was saved: the previous version is unchanged. Keep fewer figures in it: leave out the DfE files or years the panel does not compare with, then save again.`;
}
