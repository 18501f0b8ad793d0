/*
 * The fast path of the one CSV parse (csv.ts): a plain file, as nearly every file saved from
 * Excel or published by DfE is, is read by splitting its text at line breaks, exactly as papaparse
 * would read it. Anything out of the ordinary (a line break inside a quoted cell, a quote inside an
 * unquoted cell, mixed line endings) is left to papaparse, which reads it and reports its faults.
 */

const QUOTE = 0x22;
const COMMA = 0x2c;
/** papaparse decides a file's line break from its first megabyte. */
const LINE_BREAK_SAMPLE = 1024 * 1024;

/** How many times `character` occurs in `text`, found by indexOf rather than a loop over every character. */
export function occurrences(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) count += 1;
  return count;
}

/**
 * The cells of one line that quotes some of them, when every quoted cell closes on the line and is
 * followed by a comma or the line's end, and no unquoted cell holds a quote; a doubled quote inside
 * a quoted cell is one quote. Null for any other line: papaparse reads it.
 */
export function quotedLineCells(line: string): string[] | null {
  const cells: string[] = [];
  let at = 0;
  for (;;) {
    if (line.charCodeAt(at) === QUOTE) {
      let text = '';
      let from = at + 1;
      let close = line.indexOf('"', from);
      // A doubled quote is part of the cell: keep one and look for the closing quote after it.
      while (close !== -1 && line.charCodeAt(close + 1) === QUOTE) {
        text += line.slice(from, close + 1);
        from = close + 2;
        close = line.indexOf('"', from);
      }
      if (close === -1) return null;
      cells.push(text + line.slice(from, close));
      at = close + 1;
      if (at === line.length) return cells;
      if (line.charCodeAt(at) !== COMMA) return null;
      at += 1;
    } else {
      const comma = line.indexOf(',', at);
      const cell = comma === -1 ? line.slice(at) : line.slice(at, comma);
      if (cell.includes('"')) return null;
      cells.push(cell);
      if (comma === -1) return cells;
      at = comma + 1;
    }
  }
}

/**
 * One line of a plain file: a line without quotes as its text, cut at its commas only when a reader
 * asks (cellsOfLine), or a line with quoted cells as its cells.
 */
export type PlainLine = string | readonly string[];

export function cellsOfLine(line: PlainLine): readonly string[] {
  return typeof line === 'string' ? line.split(',') : line;
}

/**
 * The lines of a plain CSV file, giving the same rows papaparse gives (comma delimiter, double
 * quotes, empty lines kept), or null when the file is not plain. A file is plain when it has one
 * line break throughout (LF, or CRLF with no lone CR or LF), papaparse would take that line break
 * from its first megabyte, and every line with a quote gives its cells by quotedLineCells. Lines
 * without quotes stay whole: a 300,000-row file then holds 300,000 strings rather than 4 million
 * cells, which is most of what reading it would cost.
 */
export function plainCsvLines(text: string): PlainLine[] | null {
  // papaparse reads no text as no rows, where splitting would give one empty line.
  if (text === '') return [];
  const carriageReturns = occurrences(text, '\r');
  let lines: PlainLine[];
  if (carriageReturns === 0) {
    lines = text.split('\n');
  } else {
    const firstBreak = text.indexOf('\r\n');
    // A break papaparse would not see, or a sample cut between a CR and its LF, could change its guess.
    if (firstBreak === -1 || firstBreak + 2 > LINE_BREAK_SAMPLE) return null;
    if (text.length > LINE_BREAK_SAMPLE && text.charCodeAt(LINE_BREAK_SAMPLE - 1) === 0x0d) return null;
    lines = text.split('\r\n');
    if (lines.length - 1 !== carriageReturns || occurrences(text, '\n') !== carriageReturns) return null;
  }
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (typeof line !== 'string' || !line.includes('"')) continue;
    const cells = quotedLineCells(line);
    if (!cells) return null;
    lines[index] = cells;
  }
  return lines;
}
