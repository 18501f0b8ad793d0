// Writes the upload fixtures that cannot be typed in an editor: a Windows-1252 CSV, a UTF-8 CSV with
// a byte-order mark and CRLF line endings (as Excel saves "CSV UTF-8"), a binary file named .csv, a
// CSV with 1,000 columns and an old-format .xls. The files are committed; run this again only to
// change them:
//
//   node scripts/make-upload-fixtures.mjs
//
// The .xlsx fixtures have their own script: scripts/make-xlsx-fixtures.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const UPLOAD = path.resolve(import.meta.dirname, '../test/fixtures/upload');

// Windows-1252 is Latin-1 except 0x80–0x9F; these are the characters of that block the fixture uses.
const WINDOWS_1252_EXTRAS = new Map([
  ['€', 0x80],
  ['‘', 0x91],
  ['’', 0x92],
  ['“', 0x93],
  ['”', 0x94],
  ['–', 0x96],
  ['—', 0x97],
]);

function windows1252(text) {
  return Uint8Array.from([...text], (character) => {
    const extra = WINDOWS_1252_EXTRAS.get(character);
    if (extra !== undefined) return extra;
    const code = character.codePointAt(0) ?? 0;
    if (code > 0xff || (code >= 0x80 && code < 0xa0))
      throw new Error(`${character} has no Windows-1252 byte in this script`);
    return code;
  });
}

function write(relative, bytes) {
  const file = path.join(UPLOAD, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  console.log(`wrote ${path.relative(process.cwd(), file)} (${bytes.length} bytes)`);
}

// Saved by Excel on a UK Windows PC as "CSV (Comma delimited)": Windows-1252, CRLF.
write(
  'good/windows-1252.csv',
  windows1252(
    [
      'measure,area,period,value,numerator,denominator,status,note',
      'cla_independent_visitor_count,E06000001,2021/22 Q1,8,,,,8 matched – 3 in progress; café meetings',
      'mainstream_foster_carers_approved,E06000001,2021/22 Q2,6,,,,"Recruitment campaign: £2,500 spent; ‘Fostering Fortnight’"',
      '',
    ].join('\r\n'),
  ),
);

// Saved by Excel as "CSV UTF-8": a byte-order mark and CRLF line endings.
write(
  'good/utf8-bom-crlf.csv',
  new Uint8Array([
    0xef,
    0xbb,
    0xbf,
    ...new TextEncoder().encode(
      [
        'Measure,Q1 2021/22,Q2 2021/22,England',
        'CLA who have had a dental check,53%,65%,86 (2019/20)',
        'Social worker caseloads,See chart 3,See chart 3,',
        'Staying put with former foster carer,7.1%,8.1%,',
        '',
      ].join('\r\n'),
    ),
  ]),
);

// A file that is not text, renamed .csv: a few bytes of a header, then NUL bytes and binary data.
write(
  'binary_file.csv',
  new Uint8Array([
    ...new TextEncoder().encode('measure,area\n'),
    0,
    0,
    0,
    0,
    0x13,
    0x37,
    0xfe,
    0xed,
    0,
    0xff,
    0x00,
    0x01,
    0x02,
    0x03,
    0,
    0,
  ]),
);

// A runaway export: 1,000 columns.
const extraColumns = Array.from({ length: 996 }, (_, index) => `extra_${index + 5}`);
write(
  'too_many_columns.csv',
  new TextEncoder().encode(
    [
      ['measure', 'area', 'period', 'value', ...extraColumns].join(','),
      ['cla_rate', 'E06000001', '2021/22 Q2', '152.7', ...extraColumns.map(() => '')].join(','),
      '',
    ].join('\n'),
  ),
);

// An Excel 97-2003 workbook starts with the OLE2 compound-file signature; the rest does not matter here.
write(
  'old_excel_file.xls',
  new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
);
