import { describe, expect, it } from 'vitest';
import { episode, header, return903, table903, type Cells } from '../../../test/ssda903/builders';
import type { SourceTable } from '../readers/result';
import { buildCareIndex } from './episodes';
import { checkQuality } from './quality';
import type { QualityReport } from './quality-findings';
import { QUALITY_RULES } from './quality-rules';
import { returnSpan } from './compute';

interface Parts {
  header?: Cells[];
  episodes?: Cells[];
  extra?: SourceTable[];
}

const HEADER = [header('c1', '01/01/2010'), header('c2', '01/01/2012'), header('c3', '01/01/2011')];
const EPISODES = [
  episode('c1', '01/04/2021', '01/06/2021', { REC: 'X1' }),
  episode('c1', '01/06/2021', '', { RNE: 'P', PLACE_PROVIDER: 'PR4', REASON_PLACE_CHANGE: 'CARPL' }),
  episode('c2', '01/05/2021', '01/09/2021', { REC: 'E4A' }),
];

function reportOf(parts: Parts): QualityReport {
  const ret = return903([
    table903('header', parts.header ?? HEADER),
    table903('episodes', parts.episodes ?? EPISODES),
    ...(parts.extra ?? []),
  ]);
  const index = buildCareIndex(ret);
  return checkQuality(ret, index, { spanStart: returnSpan(index, ret)?.start ?? null });
}

function broken(report: QualityReport): number[] {
  return report.results.filter((result) => result.records > 0).map((result) => result.rule.number);
}

const replace = (position: number, record: Cells) =>
  EPISODES.map((item, index) => (index === position ? record : item));

describe('data-quality checks (SPEC §5)', () => {
  it('finds nothing in a clean return, and lists every rule', () => {
    const report = reportOf({});
    expect(broken(report)).toEqual([]);
    expect(report.results.map((result) => result.rule.number)).toEqual(QUALITY_RULES.map((rule) => rule.number));
  });

  it.each<[number, string, Parts, number[]]>([
    [
      1,
      'a child in Missing but not in Header',
      { extra: [table903('missing', [{ CHILD: 'zz', DOB: '01/01/2010', MISSING: 'M', MIS_START: '01/07/2021' }])] },
      [1],
    ],
    [
      2,
      'a DOB differing from Header',
      {
        extra: [
          table903('missing', [
            { CHILD: 'c1', DOB: '02/01/2010', MISSING: 'M', MIS_START: '01/07/2021', MIS_END: '02/07/2021' },
          ]),
        ],
      },
      [2],
    ],
    [3, 'a child twice in Header', { header: [...HEADER, header('c1', '01/01/2010')] }, [3]],
    [4, 'a DEC that is not a date', { episodes: replace(2, episode('c2', '01/05/2021', '31/02/2021')) }, [4]],
    [
      5,
      'an episode ending the day it starts',
      { episodes: replace(2, episode('c2', '01/05/2021', '01/05/2021')) },
      [5],
    ],
    [
      6,
      'an episode ending after the next starts',
      { episodes: replace(0, episode('c1', '01/04/2021', '15/06/2021', { REC: 'X1' })) },
      [6, 9],
    ],
    [7, 'an open episode before another', { episodes: replace(0, episode('c1', '01/04/2021', '')) }, [7]],
    [
      8,
      'an end date with no reason',
      { episodes: replace(2, episode('c2', '01/05/2021', '01/09/2021', { REC: '' })) },
      [8],
    ],
    [
      9,
      'X1 with no episode after it',
      { episodes: replace(2, episode('c2', '01/05/2021', '01/09/2021', { REC: 'X1' })) },
      [9],
    ],
    [
      10,
      "a child's first episode in the return not a start",
      { episodes: [...EPISODES, episode('c3', '01/07/2021', '', { RNE: 'P' })] },
      [10],
    ],
    [
      11,
      'a placement code that does not exist',
      { episodes: replace(2, episode('c2', '01/05/2021', '01/09/2021', { PLACE: 'Q9' })) },
      [11],
    ],
    [
      12,
      'a parent provider for a foster placement',
      { episodes: replace(2, episode('c2', '01/05/2021', '01/09/2021', { PLACE_PROVIDER: 'PR0' })) },
      [12],
    ],
    [13, 'an episode before birth', { header: [HEADER[0] ?? {}, header('c2', '01/06/2021'), HEADER[2] ?? {}] }, [13]],
    [
      14,
      'a short break over 17 days',
      { episodes: [...EPISODES, episode('c3', '01/07/2021', '01/08/2021', { LS: 'V3' })] },
      [14],
    ],
    [
      15,
      'a home postcode that is not one',
      { episodes: replace(2, episode('c2', '01/05/2021', '01/09/2021', { HOME_POST: 'NOT A CODE' })) },
      [15],
    ],
    [
      16,
      'OC2 filled for a child who left care',
      {
        extra: [
          table903(
            'oc2',
            [
              {
                CHILD: 'c2',
                DOB: '01/01/2012',
                HEALTH_ASSESSMENT: '1',
                IMMUNISATIONS: '1',
                TEETH_CHECK: '1',
                SUBSTANCE_MISUSE: '0',
              },
            ],
            'oc2_2021-22.csv',
          ),
        ],
      },
      [16],
    ],
    [
      17,
      'OC3 for a 25-year-old',
      {
        header: [...HEADER, header('old', '01/01/1997')],
        extra: [
          table903(
            'oc3',
            [{ CHILD: 'old', DOB: '01/01/1997', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'U1' }],
            'oc3_2021-22.csv',
          ),
        ],
      },
      [17],
    ],
    [
      18,
      'AD1 for a child not adopted',
      {
        extra: [
          table903('ad1', [
            {
              CHILD: 'c1',
              DOB: '01/01/2010',
              DATE_INT: '01/05/2021',
              DATE_MATCH: '01/06/2021',
              FOSTER_CARE: '0',
              NB_ADOPTR: '2',
              SEX_ADOPTR: 'MF',
              LS_ADOPTR: 'L0',
            },
          ]),
        ],
      },
      [18],
    ],
    [
      19,
      'overlapping missing periods',
      {
        extra: [
          table903('missing', [
            { CHILD: 'c1', DOB: '01/01/2010', MISSING: 'M', MIS_START: '01/07/2021', MIS_END: '10/07/2021' },
            { CHILD: 'c1', DOB: '01/01/2010', MISSING: 'A', MIS_START: '05/07/2021', MIS_END: '06/07/2021' },
          ]),
        ],
      },
      [19],
    ],
    [
      20,
      'no social worker at 31 March 2024',
      {
        episodes: [episode('c1', '01/04/2023', ''), episode('c2', '01/05/2023', '31/03/2024')],
        extra: [
          table903('sw_episodes', [
            {
              CHILD: 'c2',
              DOB: '01/01/2012',
              SW_ID: 'SW1',
              SW_DECOM: '01/05/2023',
              SW_DEC: '31/03/2024',
              SW_REASON: 'MANAGE',
            },
          ]),
        ],
      },
      [20],
    ],
    [
      21,
      'two episodes starting the same day',
      { episodes: [...EPISODES, episode('c2', '01/05/2021', '01/09/2021', { PLACE: 'K2' })] },
      [21],
    ],
  ])('rule %i: finds %s', (rule, _case, parts, rules) => {
    const report = reportOf(parts);
    expect(broken(report)).toEqual(rules);
    const result = report.results.find((candidate) => candidate.rule.number === rule);
    expect(result?.records).toBe(1);
    expect(result?.first[0]).toMatchObject({ row: expect.any(Number), message: expect.stringMatching(/row \d+/) });
  });

  it('marks the children whose records break a rule, for the notes on figures', () => {
    const report = reportOf({ episodes: replace(2, episode('c2', '01/05/2021', '01/09/2021', { PLACE: 'Q9' })) });
    expect([...report.flagged]).toEqual([['c2', new Set([11])]]);
  });

  it('keeps only the first rows of a rule, with the count of all', () => {
    const many = Array.from({ length: 15 }, (_, index) =>
      episode(`n${index}`, '01/05/2021', '01/09/2021', { PLACE: 'Q9' }),
    );
    const ret = return903([table903('episodes', many)]);
    const result = checkQuality(ret, buildCareIndex(ret)).results.find((candidate) => candidate.rule.number === 11);
    expect(result?.records).toBe(15);
    expect(result?.first.map((finding) => finding.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('never quotes a child identifier or date of birth in a message', () => {
    const report = reportOf({
      header: [...HEADER, header('SECRET01', '07/07/2007')],
      episodes: [
        ...EPISODES,
        episode('SECRET01', '01/07/2021', '02/07/2021', { PLACE: 'Q9', REC: 'X1', HOME_POST: 'bad' }),
      ],
    });
    const text = report.results.flatMap((result) => result.first.map((finding) => finding.message)).join('\n');
    expect(text).not.toMatch(/SECRET01|07\/07\/2007/);
    expect(text).toContain('Episodes row 5');
  });
});
