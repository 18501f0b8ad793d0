import { describe, expect, it } from 'vitest';
import type { HomesSummary } from '../homes/homes-summary';
import {
  fullInspectionText,
  gradeSpreadText,
  homesByJudgementText,
  homesHeadline,
  interimInspectionText,
  interimText,
  overAYearSummaryText,
  recentInspectionText,
} from './homes';

const summary = (overrides: Partial<HomesSummary>): HomesSummary => ({
  listed: 10,
  judged: 10,
  goodOrBetter: 10,
  notInspected: 0,
  byGrade: { outstanding: 3, good: 7, requires_improvement: 0, inadequate: 0 },
  byInterimOutcome: null,
  declined: [],
  latestInspection: '2016-06-07',
  ...overrides,
});

describe('homesHeadline', () => {
  it.each([
    { counts: {}, text: "Our children's homes: 10 of 10 good or better at their latest full inspection" },
    {
      counts: { listed: 10, judged: 9, goodOrBetter: 8, notInspected: 1 },
      text: "Our children's homes: 8 of 9 good or better at their latest full inspection; 1 home not yet inspected",
    },
  ])('writes $counts as "$text"', ({ counts, text }) => {
    expect(homesHeadline(summary(counts))).toBe(text);
  });
});

describe('gradeSpreadText', () => {
  it.each([
    { counts: { outstanding: 3, good: 7, requires_improvement: 0, inadequate: 0 }, text: '3 outstanding and 7 good' },
    {
      counts: { outstanding: 0, good: 5, requires_improvement: 1, inadequate: 1 },
      text: '5 good, 1 requires improvement to be good and 1 inadequate',
    },
    { counts: { outstanding: 0, good: 0, requires_improvement: 0, inadequate: 0 }, text: 'none judged' },
  ])('writes "$text"', ({ counts, text }) => {
    expect(gradeSpreadText(counts)).toBe(text);
  });
});

describe('interimText', () => {
  const declined = {
    name: 'High Etherley',
    urn: null,
    full: { date: '2015-07-21', grade: 'outstanding' as const },
    interim: { date: '2016-02-16', outcome: 'declined' as const },
    source: { file: 'homes.csv', row: 2 },
  };
  it.each([
    { byInterimOutcome: null, declined: [], text: null },
    {
      byInterimOutcome: { improved: 7, sustained: 2, declined: 1 },
      declined: [declined],
      text: 'Interim inspections: 7 improved, 2 sustained and 1 declined in effectiveness (High Etherley, 16 February 2016).',
    },
    {
      byInterimOutcome: { improved: 0, sustained: 3, declined: 0 },
      declined: [],
      text: 'Interim inspections: 3 sustained in effectiveness.',
    },
    {
      byInterimOutcome: { improved: 0, sustained: 0, declined: 0 },
      declined: [],
      text: 'Interim inspections: none given.',
    },
  ])('writes "$text"', ({ byInterimOutcome, declined: homes, text }) => {
    expect(interimText(summary({ byInterimOutcome, declined: homes }))).toBe(text);
  });
});

describe('one home in words', () => {
  it.each([
    { text: fullInspectionText({ date: '2015-07-21', grade: 'outstanding' }), expected: 'Outstanding, 21 July 2015' },
    { text: fullInspectionText(null), expected: 'Not yet inspected' },
    {
      text: interimInspectionText({ date: '2016-02-16', outcome: 'declined' }),
      expected: 'Declined in effectiveness, 16 February 2016',
    },
    { text: interimInspectionText(null), expected: 'None given' },
  ])('"$expected"', ({ text, expected }) => {
    expect(text).toBe(expected);
  });
});

describe('the inspections page’s words for the council’s homes', () => {
  it.each([
    { inspected: true, overAYear: true, text: 'No: over a year ago' },
    { inspected: true, overAYear: false, text: 'Yes' },
    { inspected: false, overAYear: false, text: 'Not yet inspected' },
  ])('recentInspectionText($inspected, $overAYear) is "$text"', ({ inspected, overAYear, text }) => {
    expect(recentInspectionText(inspected, overAYear)).toBe(text);
  });

  it.each([
    { changes: {}, text: 'Latest full inspections of the 10 homes: 3 Outstanding and 7 Good.' },
    {
      changes: { notInspected: 1, listed: 11 },
      text: 'Latest full inspections of the 11 homes: 3 Outstanding and 7 Good. 1 home not yet inspected.',
    },
  ])('homesByJudgementText: $text', ({ changes, text }) => {
    expect(homesByJudgementText(summary(changes))).toBe(text);
  });

  it.each([
    { over: 0, listed: 10, text: null },
    { over: 10, listed: 10, starts: 'All 10 homes were last inspected in full over a year ago' },
    { over: 1, listed: 10, starts: '1 of 10 homes was last inspected in full over a year ago' },
    { over: 1, listed: 1, starts: 'The home was last inspected in full over a year ago' },
  ])('overAYearSummaryText($over, $listed)', ({ over, listed, text, starts }) => {
    const said = overAYearSummaryText(over, listed);
    if (starts === undefined) expect(said).toBe(text);
    else expect(said?.startsWith(starts)).toBe(true);
  });
});
