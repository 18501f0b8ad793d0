// Writes the .xlsx fixtures under test/fixtures/upload/ from minimal SpreadsheetML parts zipped with
// fflate, so the tests read real workbooks without a spreadsheet program in CI. The files are
// committed; run this again only to change them:
//
//   node --import tsx scripts/make-xlsx-fixtures.ts
//
// - good/seed-002-placement-mix-as-printed.xlsx is good/seed-002-placement-mix-as-printed.csv as a
//   workbook, its snapshot headings date cells.
// - good/hartlepool-scorecard-2021-22-q2.xlsx and good/hartlepool-observations.xlsx hold the same
//   figures as good/hartlepool-scorecard-2021-22-q2.csv and ../other-la/hartlepool.csv, typed as
//   Excel types them: numbers as numbers (with the float noise Excel writes, 150.2 as
//   150.19999999999999), percentages as percent-formatted fractions (12.4% as 0.124 in "0.0%"),
//   everything else as text.
// - xlsx/cell-formats.xlsx has one cell of each kind the reader converts, on a first sheet that is
//   not sheet1.xml, and a second sheet that must not be read; xlsx/empty-sheet.xlsx has nothing in it.
// - unreadable_xlsx.xlsx is a workbook cut short, as an interrupted download leaves it.
// - ../homes/county-durham-2016-06-08.xlsx holds the homes of data/homes/county-durham-2016-06-08.csv
//   with every date as an Excel date cell (a day number in a date format), as Excel stores a date typed
//   as 21/07/2015.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { readCsvRows } from '../src/adapters/csv';

const FIXTURES = path.resolve(import.meta.dirname, '../test/fixtures');
const UPLOAD = path.join(FIXTURES, 'upload');

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Cell styles, by their index in cellXfs below. */
const STYLE = { general: 0, percent: 1, percentOneDecimal: 2, date: 3 } as const;

/** A cell: left out (null), inline text, a number (raw: the digits as written) with a style, or a boolean. */
type Cell = null | string | { number?: number; raw?: string; style?: number } | { boolean: boolean };
interface Sheet {
  name: string;
  file: string;
  rows: readonly (readonly Cell[])[];
}

const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}">
<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** How Excel writes a double: up to 17 significant digits, so 150.2 is stored as 150.19999999999999. */
function excelNumber(value: number): string {
  return String(Number.isInteger(value) ? value : value.toPrecision(17).replace(/0+$/, '').replace(/\.$/, ''));
}

/**
 * One <c> element. A cell is null (left out), a string (inline text), or
 * { number, style } / { boolean } for typed cells.
 */
function cellXml(cell: Cell, reference: string): string {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'string')
    return `<c r="${reference}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
  if ('boolean' in cell) return `<c r="${reference}" t="b"><v>${cell.boolean ? 1 : 0}</v></c>`;
  const style = cell.style ? ` s="${cell.style}"` : '';
  return `<c r="${reference}"${style}><v>${cell.raw ?? excelNumber(cell.number ?? 0)}</v></c>`;
}

function sheetXml(rows: Sheet['rows']): string {
  const body = rows
    .map((cells, rowIndex) =>
      cells.length === 0
        ? ''
        : `<row r="${rowIndex + 1}">${cells.map((cell, column) => cellXml(cell, `${columnLetters(column)}${rowIndex + 1}`)).join('')}</row>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`;
}

/**
 * A workbook from sheets in workbook order: [{ name, file, rows }]. `file` is the part name under
 * xl/worksheets/, so the first sheet need not be sheet1.xml.
 */
function workbook(sheets: readonly Sheet[]): Uint8Array {
  const sheetEntries = sheets
    .map(
      (sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rIdSheet${index + 1}"/>`,
    )
    .join('');
  const sheetRelationships = sheets
    .map(
      (sheet, index) =>
        `<Relationship Id="rIdSheet${index + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/${sheet.file}"/>`,
    )
    .join('');
  const sheetTypes = sheets
    .map(
      (sheet) =>
        `<Override PartName="/xl/worksheets/${sheet.file}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  const parts = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheetTypes}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets>${sheetEntries}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheetRelationships}<Relationship Id="rIdStyles" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES_XML,
    ...Object.fromEntries(sheets.map((sheet) => [`xl/worksheets/${sheet.file}`, sheetXml(sheet.rows)])),
  };
  // A fixed modification time keeps the committed files byte-for-byte the same on every run.
  return zipSync(
    Object.fromEntries(
      Object.entries(parts).map(([name, text]) => [
        name,
        [strToU8(text), { mtime: new Date('2021-12-17T12:00:00Z') }] as const,
      ]),
    ),
  );
}

/** A CSV cell typed as Excel types what is typed into it. */
function typedCell(text: string): Cell {
  if (text === '') return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return { number: Number(text) };
  const percent = /^(-?\d+(\.(\d+))?)%$/.exec(text);
  if (percent) return { number: Number(percent[1]) / 100, style: percent[3] ? STYLE.percentOneDecimal : STYLE.percent };
  return text;
}

/** A fixture's rows through the one CSV parse (adapters/csv.ts): the header as text, later rows typed. */
function csvRows(relative: string): Cell[][] {
  const read = readCsvRows(relative, readFileSync(path.join(FIXTURES, relative), 'utf8'));
  if (read.problems.length > 0) throw new Error(read.problems.map((problem) => problem.message).join('\n'));
  return read.value.rows.map(({ cells }, index) => cells.map((text) => (index === 0 ? text : typedCell(text))));
}

function write(relative: string, bytes: Uint8Array): void {
  const file = path.join(UPLOAD, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  console.log(`wrote ${path.relative(process.cwd(), file)} (${bytes.length} bytes)`);
}

const scorecard = workbook([
  { name: 'Scorecard', file: 'sheet1.xml', rows: csvRows('upload/good/hartlepool-scorecard-2021-22-q2.csv') },
]);
write('good/hartlepool-scorecard-2021-22-q2.xlsx', scorecard);
// Seed 002's placement mix as an officer's workbook holds it: each snapshot heading a date cell (a day
// number in a date format, as Excel stores 04-Jun-19), counts as numbers, percentages as fractions.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DATE_HEADINGS: Readonly<Record<string, string>> = {
  '04-Jun-19': '2019-06-04',
  '11-Mar-20': '2020-03-11',
  '27-Sep-21': '2021-09-27',
};
const [mixHeader = [], ...mixRows] = csvRows('upload/good/seed-002-placement-mix-as-printed.csv');
const mixHeadings = mixHeader.map((heading): Cell => {
  const iso = typeof heading === 'string' ? DATE_HEADINGS[heading] : undefined;
  return iso ? { number: (Date.parse(`${iso}T00:00:00Z`) - EXCEL_EPOCH) / 86_400_000, style: STYLE.date } : heading;
});
write(
  'good/seed-002-placement-mix-as-printed.xlsx',
  workbook([{ name: 'Placement mix', file: 'sheet1.xml', rows: [mixHeadings, ...mixRows] }]),
);
write(
  'good/hartlepool-observations.xlsx',
  workbook([{ name: 'Observations', file: 'sheet1.xml', rows: csvRows('other-la/hartlepool.csv') }]),
);

write(
  'xlsx/cell-formats.xlsx',
  workbook([
    {
      name: 'Figures',
      file: 'sheet2.xml',
      rows: [
        ['kind', 'number', 'percent', 'date', 'flag'],
        [
          'as typed',
          { number: 82.9 },
          { number: 0.639, style: STYLE.percentOneDecimal },
          { number: 44466, style: STYLE.date },
          { boolean: true },
        ],
        [],
        ['float noise', { raw: '0.30000000000000004' }, { number: 1, style: STYLE.percent }, null, { boolean: false }],
        [
          '  padded text  ',
          { number: 1234567.5 },
          { raw: '0.70599999999999996', style: STYLE.percentOneDecimal },
          null,
          null,
        ],
        ['tiny', { raw: '1E-7' }, null, null, null],
      ],
    },
    {
      name: 'Notes',
      file: 'sheet1.xml',
      rows: [
        ['not', 'read'],
        ['this sheet', 'is second'],
      ],
    },
  ]),
);

write('xlsx/empty-sheet.xlsx', workbook([{ name: 'Sheet1', file: 'sheet1.xml', rows: [] }]));

write('unreadable_xlsx.xlsx', scorecard.slice(0, 300));

/** A dd.mm.yy or dd.mm.yyyy day as Excel's day number (days since 30 December 1899). */
function excelDay(text: string): Cell {
  const [day = NaN, month = NaN, year = NaN] = text.split('.').map(Number);
  const fullYear = year < 100 ? 2000 + year : year;
  return { number: (Date.UTC(fullYear, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000, style: STYLE.date };
}

// The sample's Durham homes as a workbook, each date a typed Excel day as an officer's sheet holds it.
const homesCsv = 'data/homes/county-durham-2016-06-08.csv';
const homesRead = readCsvRows(homesCsv, readFileSync(path.resolve(FIXTURES, '../..', homesCsv), 'utf8'));
if (homesRead.problems.length > 0) throw new Error(homesRead.problems.map((problem) => problem.message).join('\n'));
const durhamHomes: Cell[][] = homesRead.value.rows.map(({ cells }, row) =>
  row === 0 ? [...cells] : cells.map((text, column) => (column % 2 === 1 && text !== '' ? excelDay(text) : text)),
);
const homesFile = path.join(FIXTURES, 'homes/county-durham-2016-06-08.xlsx');
writeFileSync(homesFile, workbook([{ name: 'Homes', file: 'sheet1.xml', rows: durhamHomes }]));
console.log(`wrote ${path.relative(process.cwd(), homesFile)}`);
