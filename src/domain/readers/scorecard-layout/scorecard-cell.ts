import { quoted } from '../../text/quote';
import { STATUS_LABEL, statusAllowsValue, type Status } from '../../observations/status';
import { parsePeriod, type Period } from '../../periods/period';
import { readCell, readNumber } from '../cell';
import type { Figure } from '../observations-file';
import type { Problem } from '../result';

/** What one cell of the scorecard layout says, before its column gives it a period and an area. */
export type CellReading =
  | { kind: 'blank' }
  | { kind: 'invalid'; rule: Problem['rule']; message: string }
  | {
      kind: 'figure';
      figure: Figure;
      /** The figure was left out and only brackets given, e.g. `[5]` alone. */
      blankValue: boolean;
      note: string;
      /** A period in square brackets: the figure's own period, e.g. a three-year average `430 [2015-18]`. */
      ownPeriod: Period | null;
      /** A period in round brackets: a comparator's period, e.g. `67 (2019/20)`. */
      comparatorPeriod: Period | null;
    };

const ROUND_BRACKETS_AT_END = /^(.*?)\s*\(([^()]*)\)$/;
const SQUARE_BRACKETS_AT_END = /^(.*?)\s*\[([^[\]]*)\]$/;
// A count with words after it, as papers write a figure and its story: "21 matched 12 in progress".
const NUMBER_WITH_WORDS = /^([-+]?[\d.,]+%?)\s+([^\d\s[(].*)$/;
const SEE_CHART = /^see chart\b/i;
const FIGURE_FORMS =
  'Give a number such as 63.9, 63.9% [53 of 83] or 82.9 [833], a status such as NND, N/A, Reported annually or TBC, or leave the cell blank';

function readCounts(text: string): { numerator: number; denominator: number | null } | null {
  const single = readNumber(text);
  if (single.ok) return { numerator: single.value, denominator: null };
  const parts = text.split(/\s*(?:\bof\b|\/)\s*/i);
  if (parts.length !== 2) return null;
  const numerator = readNumber(parts[0] ?? '');
  const denominator = readNumber(parts[1] ?? '');
  return numerator.ok && denominator.ok ? { numerator: numerator.value, denominator: denominator.value } : null;
}

/** Reads one cell; `comparator` says whether it is in a comparator column, where round brackets give the period. */
export function readScorecardCell(written: string, comparator: boolean): CellReading {
  // Cells pasted from Word or a PDF carry non-breaking spaces; they are plain spaces here.
  const text = written.replace(/\s+/g, ' ').trim();
  if (text === '') return { kind: 'blank' };
  if (SEE_CHART.test(text)) {
    return {
      kind: 'figure',
      figure: { value: null, numerator: null, denominator: null, status: 'see_chart' },
      blankValue: false,
      note: text,
      ownPeriod: null,
      comparatorPeriod: null,
    };
  }

  const round = ROUND_BRACKETS_AT_END.exec(text);
  const withoutRound = round ? (round[1] ?? '') : text;
  const roundText = round ? (round[2] ?? '').trim() : null;
  const square = SQUARE_BRACKETS_AT_END.exec(withoutRound);
  const figureText = square ? (square[1] ?? '') : withoutRound;
  const squareText = square ? (square[2] ?? '').trim() : null;

  let comparatorPeriod: Period | null = null;
  if (roundText !== null && !comparator) {
    return {
      kind: 'invalid',
      rule: 'invalid_value',
      message: `${quoted(text)}: round brackets hold a comparator's period, in a comparator column. In a period column give the figure, with any counts in square brackets: 63.9% [53 of 83].`,
    };
  }
  if (roundText !== null) {
    const parsed = parsePeriod(roundText);
    if (!parsed.ok)
      return {
        kind: 'invalid',
        rule: 'invalid_period',
        message: `${quoted(text)}: ${parsed.reason}. Give the comparator's period in brackets: 67 (2019/20).`,
      };
    comparatorPeriod = parsed.period;
  }

  let numerator: number | null = null;
  let denominator: number | null = null;
  let ownPeriod: Period | null = null;
  if (squareText !== null) {
    const counts = readCounts(squareText);
    const period = counts ? null : parsePeriod(squareText);
    if (counts) ({ numerator, denominator } = counts);
    else if (period?.ok) ownPeriod = period.period;
    else {
      return {
        kind: 'invalid',
        rule: 'invalid_counts',
        message: `'[${squareText}]' is neither counts nor a period. Write the counts behind the figure as [53 of 83], [53 / 83] or [833], or a three-year period as [2015-18].`,
      };
    }
  }

  const reading = readCell(figureText);
  const bracketed = roundText !== null || squareText !== null;
  const figure = (value: number | null, status: Status, blankValue = false, note = ''): CellReading => ({
    kind: 'figure',
    figure: { value, numerator, denominator, status },
    blankValue,
    note,
    ownPeriod,
    comparatorPeriod,
  });
  switch (reading.kind) {
    case 'number':
      return figure(reading.value, 'final');
    case 'status':
      if (statusAllowsValue(reading.status)) {
        return {
          kind: 'invalid',
          rule: 'status_needs_value',
          message: `${quoted(text)} (${STATUS_LABEL[reading.status].toLowerCase()}) qualifies a figure but there is none. Give the figure, or a status such as NND or N/A saying why there is none.`,
        };
      }
      return figure(null, reading.status);
    case 'blank':
      // Counts with nothing before them, `[5]`, are read as no figure so the counts rule explains them.
      if (numerator !== null) return figure(null, 'not_available', true);
      return {
        kind: 'invalid',
        rule: 'invalid_value',
        message: `${quoted(text)} has a period but no figure. Give the figure before the brackets, as in 67 (2019/20), or leave the cell blank.`,
      };
    case 'invalid': {
      const withWords = bracketed ? null : NUMBER_WITH_WORDS.exec(text);
      const leading = withWords ? readNumber(withWords[1] ?? '') : null;
      if (leading?.ok) return figure(leading.value, 'final', false, text);
      return { kind: 'invalid', rule: 'invalid_value', message: `${reading.reason}. ${FIGURE_FORMS}.` };
    }
  }
}
