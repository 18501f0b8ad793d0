import { describe, expect, it } from 'vitest';
import { cellsOfLine, occurrences, plainCsvLines, quotedLineCells } from './csv-lines';

describe('occurrences', () => {
  it.each([
    { text: '', character: ',', count: 0 },
    { text: 'a,b,,c', character: ',', count: 3 },
    { text: 'a\r\nb\r\n', character: '\r', count: 2 },
    { text: 'abc', character: ',', count: 0 },
  ])('counts $count of $character in $text', ({ text, character, count }) => {
    expect(occurrences(text, character)).toBe(count);
  });
});

describe('quotedLineCells', () => {
  it.each([
    {
      line: 'E06000023,"Bristol, City of",local_authority',
      cells: ['E06000023', 'Bristol, City of', 'local_authority'],
    },
    { line: '1,"the ""Staying put"" scheme"', cells: ['1', 'the "Staying put" scheme'] },
    { line: '"",x', cells: ['', 'x'] },
    { line: '"a",', cells: ['a', ''] },
    { line: '""""', cells: ['"'] },
  ])('reads $line as its cells', ({ line, cells }) => {
    expect(quotedLineCells(line)).toEqual(cells);
  });

  it.each([
    { line: 'E06000023,"Bristol, City of', why: 'a quoted cell that does not close on the line' },
    { line: '5 "high",x', why: 'a quote inside an unquoted cell' },
    { line: '"a"b,x', why: 'text after a closing quote' },
    { line: '"a" ,x', why: 'a space after a closing quote' },
  ])('leaves $why to papaparse', ({ line }) => {
    expect(quotedLineCells(line)).toBeNull();
  });
});

describe('plainCsvLines', () => {
  it.each([
    { file: 'LF line ends', text: 'a,b\n1,2\n', rows: [['a', 'b'], ['1', '2'], ['']] },
    { file: 'CRLF line ends', text: 'a,b\r\n1,2\r\n', rows: [['a', 'b'], ['1', '2'], ['']] },
    {
      file: 'no line end after the last row',
      text: 'a,b\r\n1,2',
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
    },
    { file: 'an empty line between rows', text: 'a,b\n\n1,2', rows: [['a', 'b'], [''], ['1', '2']] },
    { file: 'a quoted cell', text: 'a,b\r\n"x, y",2\r\n', rows: [['a', 'b'], ['x, y', '2'], ['']] },
    { file: 'no text', text: '', rows: [] },
  ])('reads a file with $file into the rows papaparse gives', ({ text, rows }) => {
    expect(plainCsvLines(text)?.map((line) => [...cellsOfLine(line)])).toEqual(rows);
  });

  it('keeps a line without quotes whole, to be cut at its commas when read', () => {
    expect(plainCsvLines('a,b\r\n"x, y",2')).toEqual(['a,b', ['x, y', '2']]);
  });

  it.each([
    { file: 'a line break inside a quoted cell', text: 'a,b\n"x\ny",2\n' },
    { file: 'CRLF and LF line ends mixed', text: 'a,b\r\n1,2\n3,4\r\n' },
    { file: 'a carriage return inside a cell of an LF file', text: 'a,b\n1\r2,3\n' },
    { file: 'CR line ends alone', text: 'a,b\r1,2\r' },
    { file: 'a quote inside an unquoted cell', text: 'a,b\n5 "high",2\n' },
  ])('leaves a file with $file to papaparse', ({ text }) => {
    expect(plainCsvLines(text)).toBeNull();
  });
});
