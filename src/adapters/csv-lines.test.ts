import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/unit/seeded-random';
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

describe('plainCsvLines against papaparse', () => {
  // Bits of text a CSV file is made of, quotes among them; each text keeps to one line break, as a
  // saved file does, except one in ten, which mixes them.
  const PIECES = ['a', '12.5', ',', ',', ' ', 'c', 'BREAK', 'BREAK', '"x,y"', '"a""b"', '""', '"'];
  const BREAKS = ['\n', '\r\n', '\r'];
  const CASES = 3000;

  it(`reads ${CASES} generated texts as papaparse does, wherever it takes a text as plain`, () => {
    const random = seededRandom(20261201);
    const pick = <T>(from: readonly T[]): T => from[Math.floor(random() * from.length)] as T;
    let plain = 0;
    for (let index = 0; index < CASES; index += 1) {
      const mixed = random() < 0.1;
      const lineBreak = pick(BREAKS);
      let text = '';
      const length = 1 + Math.floor(random() * 24);
      for (let piece = 0; piece < length; piece += 1) {
        const next = pick(PIECES);
        text += next === 'BREAK' ? (mixed ? pick(BREAKS) : lineBreak) : next;
      }
      const lines = plainCsvLines(text);
      if (!lines) continue;
      plain += 1;
      const papaparse = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false }).data;
      expect({ text, rows: lines.map(cellsOfLine) }).toEqual({ text, rows: papaparse });
    }
    // Enough of them are plain for the comparison to mean something.
    expect(plain).toBeGreaterThan(CASES / 10);
  });
});
