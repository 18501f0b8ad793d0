// Shared by the data-building scripts: CSV text to rows of cells, through the papaparse the app uses.
import { createRequire } from 'node:module';

// papaparse is a UMD module without an ES default export, so Node scripts load it with require.
const Papa = createRequire(import.meta.url)('papaparse');

/** Rows of cells by position (some DfE files repeat a column name); BOM and blank lines dropped. */
export function readCsvRows(text) {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return Papa.parse(withoutBom, { skipEmptyLines: true }).data;
}

/** Rows as objects keyed by trimmed header names, cells trimmed. */
export function readCsvRecords(text) {
  const [header = [], ...body] = readCsvRows(text);
  return body.map((cells) =>
    Object.fromEntries(header.map((name, column) => [name.trim(), (cells[column] ?? '').trim()])),
  );
}
