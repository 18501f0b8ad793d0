import { describe, expect, it, test } from 'vitest';
import type { ProvisionRow } from '../homes/provision';
import {
  goodOrBetterText,
  providersAsAtText,
  provisionGoodOrBetterSentence,
  provisionText,
  settingsText,
} from './provision';

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
