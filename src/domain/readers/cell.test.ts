import { describe, expect, it, test } from 'vitest';
import { plainNumber, readCell, readNumber } from './cell';

describe('readNumber', () => {
  it.each([
    { text: '63.9', value: 63.9 },
    { text: '63.9%', value: 63.9 },
    { text: '63.9 %', value: 63.9 },
    { text: ' 63.9 ', value: 63.9 },
    { text: '1,234', value: 1234 },
    { text: '5,000', value: 5000 },
    { text: '1,234,567.5', value: 1234567.5 },
    { text: '-2.5', value: -2.5 },
    { text: '+3', value: 3 },
    { text: '.5', value: 0.5 },
    { text: '0', value: 0 },
    { text: '0%', value: 0 },
    { text: '70.0', value: 70 },
  ])("reads '$text' as $value", ({ text, value }) => {
    expect(readNumber(text)).toEqual({ ok: true, value });
  });

  it.each([
    { text: 'nine', reason: "'nine' is not a number" },
    { text: '1,5', reason: "'1,5' is not a number" },
    { text: '1,23,456', reason: "'1,23,456' is not a number" },
    { text: '12abc', reason: "'12abc' is not a number" },
    { text: '%', reason: "'%' is not a number" },
    { text: '-', reason: "'-' is not a number" },
    { text: '1.2.3', reason: "'1.2.3' is not a number" },
    { text: '1e5', reason: "'1e5' is not a number" },
    { text: '', reason: "'' is not a number" },
  ])('refuses \'$text\' with the reason "$reason"', ({ text, reason }) => {
    expect(readNumber(text)).toEqual({ ok: false, reason });
  });
});

describe('plainNumber', () => {
  it.each([
    { text: '90', value: 90 },
    { text: '12.5', value: 12.5 },
    { text: '0070', value: 70 },
    { text: '0', value: 0 },
    { text: '123456789012345', value: 123456789012345 },
  ])("reads '$text' as $value, as readNumber does", ({ text, value }) => {
    expect(plainNumber(text)).toBe(value);
    expect(readNumber(text)).toEqual({ ok: true, value });
  });

  it.each([
    { text: '', why: 'no digits' },
    { text: '1,234', why: 'a thousands separator' },
    { text: '-2.5', why: 'a sign' },
    { text: '.5', why: 'a point before any digit' },
    { text: '5.', why: 'a point after the last digit' },
    { text: '1.2.3', why: 'two points' },
    { text: '63.9%', why: 'a percent sign' },
    { text: ' 7', why: 'a space' },
    { text: 'c', why: 'a symbol' },
    { text: '1234567890123456', why: 'more than fifteen characters' },
  ])("leaves '$text' ($why) to readNumber", ({ text }) => {
    expect(plainNumber(text)).toBeNull();
  });
});

describe('readCell', () => {
  it.each([
    { text: '63.9', value: 63.9 },
    { text: '63.9%', value: 63.9 },
    { text: '1,234', value: 1234 },
    { text: '-2.5', value: -2.5 },
    { text: '.5', value: 0.5 },
    { text: '0', value: 0 },
  ])("reads '$text' as the number $value", ({ text, value }) => {
    expect(readCell(text)).toEqual({ kind: 'number', value });
  });

  it.each([{ text: '' }, { text: '   ' }, { text: '\t' }, { text: undefined }])(
    'reads $text as blank, never as zero',
    ({ text }) => {
      expect(readCell(text)).toEqual({ kind: 'blank' });
    },
  );

  it.each([
    { text: 'c', status: 'suppressed' },
    { text: 'C', status: 'suppressed' },
    { text: ' c ', status: 'suppressed' },
    { text: 'x', status: 'not_available' },
    { text: 'z', status: 'not_applicable' },
    { text: 'low', status: 'low' },
    { text: 'k', status: 'low' },
    { text: 'u', status: 'low_reliability' },
    { text: 'NND', status: 'no_new_data' },
    { text: 'N/A', status: 'not_available' },
    { text: 'NA', status: 'not_available' },
    { text: 'TBC', status: 'tbc' },
    { text: 'TBC*', status: 'tbc' },
    { text: 'Reported annually', status: 'reported_annually' },
  ])("reads '$text' as the status $status", ({ text, status }) => {
    expect(readCell(text)).toEqual({ kind: 'status', status });
  });

  it.each([
    { text: 'nine', reason: "'nine' is not a number" },
    { text: '1,5', reason: "'1,5' is not a number" },
    { text: '12abc', reason: "'12abc' is not a number" },
    { text: '%', reason: "'%' is not a number" },
    { text: 'draft', reason: "'draft' is not a number" },
  ])("reads '$text' as invalid because $reason", ({ text, reason }) => {
    expect(readCell(text)).toEqual({ kind: 'invalid', reason });
  });

  test('quotes the trimmed text in the reason', () => {
    expect(readCell('  nine  ')).toEqual({ kind: 'invalid', reason: "'nine' is not a number" });
  });
});
