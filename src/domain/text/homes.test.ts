import { describe, expect, it, test } from 'vitest';
import type { HomesSummary } from '../homes/homes-summary';
import type { ProvisionRow } from '../homes/provision';
import {
  fullInspectionText,
  goodOrBetterText,
  gradeSpreadText,
  homesByJudgementText,
  homesHeadline,
  interimInspectionText,
  interimText,
  overAYearSummaryText,
  providersAsAtText,
  provisionGoodOrBetterSentence,
  provisionText,
  recentInspectionText,
  settingsText,
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

const row = (overrides: Partial<ProvisionRow>): ProvisionRow => ({
  provisionType: "Children's home",
  settings: 44,
  places: 190,
  bySector: [
    { sector: 'Local Authority', settings: 10, places: 41 },
    { sector: 'Private', settings: 32, places: 139 },
    { sector: 'Voluntary', settings: 2, places: 10 },
  ],
  judgements: { outstanding: 10, good: 30, requires_improvement: 2, inadequate: 0 },
  notJudged: 2,
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

describe('the settings in an area', () => {
  it.each([
    { type: "Children's home", count: 44, text: "44 children's homes" },
    { type: "Children's home", count: 1, text: "1 children's home" },
    { type: 'Independent Fostering Agency', count: 7, text: '7 independent fostering agencies' },
    { type: 'Supported accommodation', count: 3, text: '3 settings of type Supported accommodation' },
  ])('$count of $type: "$text"', ({ type, count, text }) => {
    expect(settingsText(type, count)).toBe(text);
  });

  it.each([
    {
      row: row({}),
      text: "44 children's homes with 190 places: 10 local authority (41 places), 32 private (139 places), 2 voluntary (10 places)",
      judged: '40 of 42 judged good or better (95%)',
    },
    {
      row: row({
        provisionType: 'Independent Fostering Agency',
        settings: 7,
        places: null,
        bySector: [{ sector: 'Private', settings: 7, places: null }],
        judgements: { outstanding: 0, good: 0, requires_improvement: 0, inadequate: 0 },
        notJudged: 7,
      }),
      text: '7 independent fostering agencies: 7 private',
      judged: 'none judged yet',
    },
  ])('"$text"; "$judged"', ({ row: provision, text, judged }) => {
    expect([provisionText(provision), goodOrBetterText(provision)]).toEqual([text, judged]);
  });

  it.each([
    { asAt: '2023-03-31', text: "Ofsted's list of settings at 31 March 2023" },
    { asAt: null, text: "Ofsted's list of settings (the file does not say its date)" },
  ])('states the date of the list: "$text"', ({ asAt, text }) => {
    expect(providersAsAtText(asAt)).toBe(text);
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

  test('provisionGoodOrBetterSentence sets the council beside its region and England', () => {
    expect(
      provisionGoodOrBetterSentence("Children's home", { name: 'County Durham', row: row({}) }, [
        {
          name: 'the North East',
          row: row({ judgements: { outstanding: 1, good: 3, requires_improvement: 1, inadequate: 0 } }),
        },
        { name: 'England', row: undefined },
      ]),
    ).toBe(
      "In County Durham, 40 of the 42 children's homes judged are good or better (95%), against the North East 80%.",
    );
    expect(provisionGoodOrBetterSentence("Children's home", { name: 'County Durham', row: undefined }, [])).toBeNull();
  });
});
