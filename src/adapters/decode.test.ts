import { describe, expect, it, test } from 'vitest';
import { MAX_UPLOAD_BYTES, decodeText, uploadSizeProblems } from './decode';

const MEBIBYTE = 1024 * 1024;

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

describe('decodeText: files it refuses', () => {
  test('refuses a 100 MB file from its size alone, before looking at its bytes', () => {
    // All zeros: were it decoded first, it would be called binary.
    const read = decodeText(new Uint8Array(100 * MEBIBYTE), 'all-years.csv');
    expect(read).toEqual({
      value: null,
      encoding: null,
      problems: [
        {
          severity: 'error',
          rule: 'file_too_large',
          message:
            'all-years.csv is 100 MB; the largest file this page reads is 60 MB. Split it by year (or by local authority) and upload each part.',
        },
      ],
    });
  });

  it.each([
    { bytes: MAX_UPLOAD_BYTES, problems: [] },
    {
      bytes: MAX_UPLOAD_BYTES + 1,
      problems: [
        {
          severity: 'error',
          rule: 'file_too_large',
          message:
            'f.csv is 60.1 MB; the largest file this page reads is 60 MB. Split it by year (or by local authority) and upload each part.',
        },
      ],
    },
  ])('allows up to 60 MB: a file of $bytes bytes gives $problems.length problems', ({ bytes, problems }) => {
    expect(uploadSizeProblems(bytes, 'f.csv')).toEqual(problems);
  });

  test('refuses an empty file', () => {
    expect(decodeText(new Uint8Array(0), 'empty.csv')).toEqual({
      value: null,
      encoding: null,
      problems: [
        {
          severity: 'error',
          rule: 'empty_file',
          message: 'empty.csv is empty (0 bytes). Choose the file that holds the figures.',
        },
      ],
    });
  });

  it.each([
    { kind: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34] },
    { kind: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
    { kind: 'a JPEG image', bytes: [0xff, 0xd8, 0xff, 0xe0] },
    { kind: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] },
    { kind: 'a ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00] },
    { kind: 'an old Office file (.xls or .doc)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
    { kind: 'a gzip archive', bytes: [0x1f, 0x8b, 0x08, 0x00] },
    { kind: 'binary data', bytes: [0x6d, 0x65, 0x61, 0x73, 0x00, 0x75, 0x72, 0x65] },
  ])('refuses $kind as binary_file and says how to save it', ({ kind, bytes }) => {
    const read = decodeText(Uint8Array.from(bytes), 'scorecard.csv');
    expect(read.value).toBeNull();
    expect(read.problems).toEqual([
      {
        severity: 'error',
        rule: 'binary_file',
        message: `scorecard.csv is not a text file: save it from Excel as CSV UTF-8 or choose the .xlsx workbook. (It looks like ${kind}.)`,
      },
    ]);
  });

  test('looks for NUL bytes only in the first 8 KB', () => {
    const bytes = new Uint8Array([...utf8('a'.repeat(9000)), 0]);
    expect(decodeText(bytes, 'long.csv').problems).toEqual([]);
  });
});

describe('decodeText: the encodings Excel saves', () => {
  it.each([
    {
      saved: 'CSV UTF-8 (with a byte-order mark)',
      bytes: [0xef, 0xbb, 0xbf, ...utf8('note\ncafé – £5')],
      text: 'note\ncafé – £5',
      encoding: 'utf-8',
    },
    { saved: 'UTF-8 without a mark', bytes: [...utf8('note\ncafé – £5')], text: 'note\ncafé – £5', encoding: 'utf-8' },
    { saved: 'plain ASCII', bytes: [...utf8('measure,area\r\n')], text: 'measure,area\r\n', encoding: 'utf-8' },
    {
      saved: 'CSV (Comma delimited), Windows-1252',
      bytes: [0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0xa3, 0x35],
      text: 'café – £5',
      encoding: 'windows-1252',
    },
    {
      saved: 'Windows-1252 with the euro sign and curly quotes',
      bytes: [0x80, 0x35, 0x20, 0x91, 0x6f, 0x6b, 0x92, 0x20, 0x93, 0x6f, 0x6b, 0x94],
      text: '€5 ‘ok’ “ok”',
      encoding: 'windows-1252',
    },
    {
      saved: 'Unicode Text (UTF-16 little-endian)',
      bytes: [0xff, 0xfe, 0x61, 0x00, 0x09, 0x00, 0xe9, 0x00],
      text: 'a\té',
      encoding: 'utf-16le',
    },
    { saved: 'UTF-16 big-endian', bytes: [0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9], text: 'aé', encoding: 'utf-16be' },
  ])('reads $saved as $encoding', ({ bytes, text, encoding }) => {
    expect(decodeText(Uint8Array.from(bytes), 'f.csv')).toEqual({ value: text, encoding, problems: [] });
  });

  test('decodes every byte from 0x80 to 0x9F as Windows-1252 does (WHATWG), not as Latin-1 control characters', () => {
    const read = decodeText(
      Uint8Array.from({ length: 32 }, (_, index) => 0x80 + index),
      'f.csv',
    );
    expect(read.value).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });

  test('reads a file that is mostly UTF-8 but has one byte that is not entirely as Windows-1252', () => {
    expect(decodeText(Uint8Array.from([0xc3, 0xa9, 0x20, 0xe9]), 'f.csv')).toEqual({
      value: 'Ã© é',
      encoding: 'windows-1252',
      problems: [],
    });
  });
});
