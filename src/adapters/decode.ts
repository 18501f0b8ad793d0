import type { ParseResult, Problem } from '../domain/readers/result';

/**
 * The largest upload read. A quarter's scorecard is a few kilobytes and a full observations history
 * of every LA a few megabytes; past this a browser tab risks running out of memory while parsing.
 */
export const MAX_UPLOAD_BYTES = 60 * 1024 * 1024;

/** How many leading bytes are searched for NUL, which text saved by Excel never contains. */
const SNIFF_BYTES = 8 * 1024;

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText extends ParseResult<string | null> {
  /** The encoding the bytes were read as; null when they were not read. */
  encoding: TextEncodingName | null;
}

const MEBIBYTE = 1024 * 1024;

/** A size in MB (mebibytes), rounded up to a tenth, so a file just over a limit never reads as the limit. */
export function megabytes(byteLength: number): string {
  return String(Math.ceil((byteLength / MEBIBYTE) * 10) / 10);
}

/**
 * Refuses an input over `limit` bytes, from its size alone, before it is read or decoded: `what`
 * names the limit ("the largest file this page reads") and `advice` says what to do instead.
 */
export function tooLargeProblems(
  byteLength: number,
  fileName: string,
  limit: number,
  what: string,
  advice: string,
): Problem[] {
  if (byteLength <= limit) return [];
  return [
    {
      severity: 'error',
      rule: 'file_too_large',
      message: `${fileName} is ${megabytes(byteLength)} MB; ${what} is ${megabytes(limit)} MB. ${advice}`,
    },
  ];
}

/** Refuses a file over MAX_UPLOAD_BYTES; checked from the size alone, before anything is decoded. */
export function uploadSizeProblems(byteLength: number, fileName: string): Problem[] {
  return tooLargeProblems(
    byteLength,
    fileName,
    MAX_UPLOAD_BYTES,
    'the largest file this page reads',
    'Split it by year (or by local authority) and upload each part.',
  );
}

export function emptyFileProblems(fileName: string): Problem[] {
  return [
    {
      severity: 'error',
      rule: 'empty_file',
      message: `${fileName} is empty (0 bytes). Choose the file that holds the figures.`,
    },
  ];
}

const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; kind: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'an old Office file (.xls or .doc)' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip archive' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** What kind of binary file the bytes are, or null when they may be text. */
function binaryKind(bytes: Uint8Array): string | null {
  const signature = SIGNATURES.find(({ bytes: prefix }) => startsWith(bytes, prefix));
  if (signature) return signature.kind;
  return bytes.subarray(0, SNIFF_BYTES).includes(0) ? 'binary data' : null;
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node 20.18.3+ decodes those bytes as Latin-1
// control characters even when asked for windows-1252 (nodejs/node#56542, #60888), so they are
// mapped here; browsers already decode them correctly and never produce these control characters.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (control) => WINDOWS_1252_HIGH[control.charCodeAt(0) - 0x80] ?? control);
}

/**
 * Reads an uploaded file's bytes as text, the way Excel saves CSV: UTF-8 with or without a
 * byte-order mark ("CSV UTF-8"), Windows-1252 ("CSV (Comma delimited)" on a UK Windows PC), or
 * UTF-16 with its mark ("Unicode Text"). The mark is removed. Never throws: a file that is too large,
 * empty or not text at all comes back as null with a problem saying what to do.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const refuse = (problems: Problem[]): DecodedText => ({ value: null, problems, encoding: null });
  const tooLarge = uploadSizeProblems(bytes.length, fileName);
  if (tooLarge.length > 0) return refuse(tooLarge);
  if (bytes.length === 0) return refuse(emptyFileProblems(fileName));

  // UTF-16 is full of NUL bytes, so its mark is looked for before the binary check.
  if (startsWith(bytes, [0xff, 0xfe]))
    return { value: new TextDecoder('utf-16le').decode(bytes.subarray(2)), problems: [], encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { value: new TextDecoder('utf-16be').decode(bytes.subarray(2)), problems: [], encoding: 'utf-16be' };

  const kind = binaryKind(bytes);
  if (kind) {
    return refuse([
      {
        severity: 'error',
        rule: 'binary_file',
        message: `${fileName} is not a text file: save it from Excel as CSV UTF-8 or choose the .xlsx workbook. (It looks like ${kind}.)`,
      },
    ]);
  }

  const withoutMark = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return { value: new TextDecoder('utf-8', { fatal: true }).decode(withoutMark), problems: [], encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: Excel's plain "CSV" on Windows writes the ANSI code page, Windows-1252 in the UK.
    return { value: decodeWindows1252(withoutMark), problems: [], encoding: 'windows-1252' };
  }
}

/**
 * The largest data pack read. The largest version the browser can save (MAX_VERSION_BYTES in
 * stored-size.ts, 120 MB as stored) exports as a pack of about 175 MB: JSON takes about 1.4 times
 * the bytes of the stored figures. Past this, reading the pack needs more memory than a browser
 * tab or a small machine has.
 */
export const MAX_PACK_BYTES = 200 * 1024 * 1024;

/** Refuses a pack over MAX_PACK_BYTES from its size, before it is read. */
export function packSizeProblems(byteLength: number, fileName: string): Problem[] {
  return tooLargeProblems(
    byteLength,
    fileName,
    MAX_PACK_BYTES,
    'the largest data pack read',
    'Publish the figures as observations CSV files instead (Saved versions, "Figures on screen (CSV)"), each of a few years, and list each in manifest.json.',
  );
}
