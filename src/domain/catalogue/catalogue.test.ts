import { describe, expect, it, test } from 'vitest';
import { located, tableFrom } from '../../../test/unit/tables';
import { readCatalogue, readKeyQuestions } from './catalogue';

const QUESTIONS_HEADER = 'id,title,note';
const QUESTIONS = tableFrom('key-questions.csv', [
  QUESTIONS_HEADER,
  'characteristics,What are the characteristics of our cohort of children in care and care leavers?,',
  'stability,Are we providing stable environments for children in our care?,',
]);

const MEASURES_HEADER =
  'id,title,short_title,key_question,unit,polarity,decimal_places,frequency,similar_tolerance,numerator_label';
const CLA_RATE =
  'cla_rate,Rate of children looked after per 10000 children aged under 18,Children in care per 10000,characteristics,rate_per_10k,no_polarity,1,quarterly,,children';
const THREE_PLUS =
  'cla_3plus_placements,Percentage of CLA with 3 or more placements during the year,,stability,percent,lower_is_better,,,2,children';

function measures(...rows: string[]) {
  return tableFrom('measures.csv', [MEASURES_HEADER, ...rows]);
}

describe('readCatalogue', () => {
  test('reads key questions and measures with every field', () => {
    expect(readCatalogue(QUESTIONS, measures(CLA_RATE))).toEqual({
      value: {
        keyQuestions: [
          {
            id: 'characteristics',
            title: 'What are the characteristics of our cohort of children in care and care leavers?',
            note: '',
          },
          { id: 'stability', title: 'Are we providing stable environments for children in our care?', note: '' },
        ],
        measures: [
          {
            id: 'cla_rate',
            title: 'Rate of children looked after per 10000 children aged under 18',
            shortTitle: 'Children in care per 10000',
            keyQuestionId: 'characteristics',
            unit: 'rate_per_10k',
            polarity: 'no_polarity',
            decimalPlaces: 1,
            frequency: 'quarterly',
            definition: '',
            whatThisShows: '',
            aliases: [],
            whyItMatters: '',
            source: '',
            similarTolerance: null,
            numeratorLabel: 'children',
            note: '',
            target: null,
            accumulation: null,
          },
        ],
      },
      problems: [],
    });
  });

  test('uses the title as the short title, one decimal place and an annual frequency when those cells are blank', () => {
    expect(readCatalogue(QUESTIONS, measures(THREE_PLUS)).value.measures[0]).toMatchObject({
      shortTitle: 'Percentage of CLA with 3 or more placements during the year',
      decimalPlaces: 1,
      frequency: 'annual',
      similarTolerance: 2,
    });
  });

  test('reads the required columns whatever their case', () => {
    const table = tableFrom('measures.csv', [
      'ID,Title,Key_Question,Unit,Polarity',
      'cla_rate,Rate of CLA,characteristics,rate_per_10k,no_polarity',
    ]);
    expect(readCatalogue(QUESTIONS, table).value.measures.map((measure) => measure.id)).toEqual(['cla_rate']);
  });

  it.each([
    {
      rule: 'invalid_id',
      row: 2,
      column: 'id',
      cells: 'CLA rate,Rate of CLA,,characteristics,rate_per_10k,no_polarity,1,quarterly,,',
      says: "'CLA rate' is not a valid measure id: use lower-case letters",
    },
    {
      rule: 'invalid_id',
      row: 2,
      column: 'id',
      cells: 'cla-rate,Rate of CLA,,characteristics,rate_per_10k,no_polarity,1,quarterly,,',
      says: "'cla-rate' is not a valid measure id",
    },
    {
      rule: 'missing_title',
      row: 2,
      column: 'title',
      cells: 'cla_rate,,,characteristics,rate_per_10k,no_polarity,1,quarterly,,',
      says: 'the title is blank: every measure needs the title',
    },
    {
      rule: 'unknown_key_question',
      row: 2,
      column: 'key_question',
      cells: 'cla_rate,Rate of CLA,,wellbeing,rate_per_10k,no_polarity,1,quarterly,,',
      says: "'wellbeing' is not a key question: use one of characteristics, stability",
    },
    {
      rule: 'invalid_unit',
      row: 2,
      column: 'unit',
      cells: 'cla_rate,Rate of CLA,,characteristics,percentage,no_polarity,1,quarterly,,',
      says: "'percentage' is not a unit: use one of percent, rate_per_10k",
    },
    {
      rule: 'invalid_polarity',
      row: 2,
      column: 'polarity',
      cells: 'cla_rate,Rate of CLA,,characteristics,rate_per_10k,higher,1,quarterly,,',
      says: "'higher' is not a polarity: use one of higher_is_better, lower_is_better, no_polarity",
    },
    {
      rule: 'invalid_frequency',
      row: 2,
      column: 'frequency',
      cells: 'cla_rate,Rate of CLA,,characteristics,rate_per_10k,no_polarity,1,yearly,,',
      says: "'yearly' is not a frequency: use one of quarterly, annual",
    },
    {
      rule: 'invalid_decimal_places',
      row: 2,
      column: 'decimal_places',
      cells: 'cla_rate,Rate of CLA,,characteristics,rate_per_10k,no_polarity,1.5,quarterly,,',
      says: "'1.5' is not a number of decimal places: use a whole number from 0 to 4",
    },
    {
      rule: 'invalid_decimal_places',
      row: 2,
      column: 'decimal_places',
      cells: 'cla_rate,Rate of CLA,,characteristics,rate_per_10k,no_polarity,5,quarterly,,',
      says: "'5' is not a number of decimal places",
    },
    {
      rule: 'invalid_decimal_places',
      row: 2,
      column: 'decimal_places',
      cells: 'cla_rate,Rate of CLA,,characteristics,rate_per_10k,no_polarity,-1,quarterly,,',
      says: "'-1' is not a number of decimal places",
    },
    {
      rule: 'invalid_decimal_places',
      row: 2,
      column: 'decimal_places',
      cells: 'cla_rate,Rate of CLA,,characteristics,rate_per_10k,no_polarity,one,quarterly,,',
      says: "'one' is not a number of decimal places",
    },
    {
      rule: 'invalid_tolerance',
      row: 2,
      column: 'similar_tolerance',
      cells: 'cla_rate,Rate of CLA,,characteristics,rate_per_10k,no_polarity,1,quarterly,-1,',
      says: "'-1' is not a tolerance: give a number of zero or more",
    },
    {
      rule: 'invalid_tolerance',
      row: 2,
      column: 'similar_tolerance',
      cells: 'cla_rate,Rate of CLA,,characteristics,rate_per_10k,no_polarity,1,quarterly,two,',
      says: "'two' is not a tolerance",
    },
  ])("reports $rule at row $row, column $column for '$cells'", ({ rule, row, column, cells, says }) => {
    const { problems } = readCatalogue(QUESTIONS, measures(cells));
    expect(problems.map(located)).toEqual([{ rule, severity: 'error', row, column }]);
    expect(problems[0]?.message).toContain(`measures.csv row ${row}, column ${column}: ${says}`);
  });

  it.each([
    { text: '0', decimalPlaces: 0 },
    { text: '4', decimalPlaces: 4 },
    { text: '', decimalPlaces: 1 },
  ])("accepts '$text' decimal places as $decimalPlaces", ({ text, decimalPlaces }) => {
    const read = readCatalogue(
      QUESTIONS,
      measures(`cla_rate,Rate of CLA,,characteristics,rate_per_10k,no_polarity,${text},quarterly,,`),
    );
    expect(read.value.measures[0]?.decimalPlaces).toBe(decimalPlaces);
  });

  it.each([
    { text: '0', tolerance: 0 },
    { text: '2', tolerance: 2 },
    { text: '0.5', tolerance: 0.5 },
    { text: '', tolerance: null },
  ])("accepts a similar tolerance of '$text' as $tolerance", ({ text, tolerance }) => {
    const read = readCatalogue(
      QUESTIONS,
      measures(`cla_rate,Rate of CLA,,characteristics,rate_per_10k,no_polarity,1,quarterly,${text},`),
    );
    expect(read.value.measures[0]?.similarTolerance).toBe(tolerance);
  });

  it.each([
    { text: '75', target: 75 },
    { text: '75%', target: 75 },
    { text: '0', target: 0 },
    { text: ' 12.5 ', target: 12.5 },
    { text: '', target: null },
  ])("reads a target of '$text' as $target", ({ text, target }) => {
    const read = readCatalogue(
      QUESTIONS,
      tableFrom('measures.csv', [
        `${MEASURES_HEADER},target`,
        `cla_rate,Rate of CLA,,characteristics,rate_per_10k,no_polarity,1,quarterly,,,${text}`,
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.value.measures[0]?.target).toBe(target);
  });

  it.each([
    { text: 'snapshot', accumulation: 'snapshot' },
    { text: 'rolling_12_months', accumulation: 'rolling_12_months' },
    { text: 'year_to_date', accumulation: 'year_to_date' },
    { text: 'annual', accumulation: 'annual' },
    { text: '', accumulation: null },
  ])("reads how a measure accumulates, '$text', as $accumulation", ({ text, accumulation }) => {
    const read = readCatalogue(
      QUESTIONS,
      tableFrom('measures.csv', [
        `${MEASURES_HEADER},accumulation`,
        `adopters_approved,Adopters approved (YTD),,stability,count,higher_is_better,0,quarterly,,,${text}`,
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.value.measures[0]?.accumulation).toBe(accumulation);
  });

  test('refuses an accumulation it does not know, naming the ones it does', () => {
    const { problems } = readCatalogue(
      QUESTIONS,
      tableFrom('measures.csv', [
        `${MEASURES_HEADER},accumulation`,
        'adopters_approved,Adopters approved (YTD),,stability,count,higher_is_better,0,quarterly,,,YTD',
      ]),
    );
    expect(problems.map(located)).toEqual([
      { rule: 'invalid_accumulation', severity: 'error', row: 2, column: 'accumulation' },
    ]);
    expect(problems[0]?.message).toContain('use one of snapshot, rolling_12_months, year_to_date, annual');
  });

  test('refuses a target that is not a number, saying where and what to write', () => {
    const { problems, value } = readCatalogue(
      QUESTIONS,
      tableFrom('measures.csv', [
        `${MEASURES_HEADER},target`,
        'cla_rate,Rate of CLA,,characteristics,rate_per_10k,no_polarity,1,quarterly,,,three quarters',
      ]),
    );
    expect(problems.map(located)).toEqual([{ rule: 'invalid_target', severity: 'error', row: 2, column: 'target' }]);
    expect(problems[0]?.message).toContain("measures.csv row 2, column target: 'three quarters' is not a target");
    expect(value.measures).toEqual([]);
  });

  test('leaves a measure with an error out of the catalogue and keeps the rest', () => {
    const read = readCatalogue(
      QUESTIONS,
      measures('cla_rate,Rate of CLA,,characteristics,percentage,no_polarity,1,quarterly,,', THREE_PLUS),
    );
    expect(read.value.measures.map((measure) => measure.id)).toEqual(['cla_3plus_placements']);
  });

  test('reports every problem of a row, each in its own column', () => {
    const { problems } = readCatalogue(
      QUESTIONS,
      measures('cla_rate,Rate of CLA,,wellbeing,percentage,higher,1,quarterly,,'),
    );
    expect(problems.map(located)).toEqual([
      { rule: 'unknown_key_question', severity: 'error', row: 2, column: 'key_question' },
      { rule: 'invalid_unit', severity: 'error', row: 2, column: 'unit' },
      { rule: 'invalid_polarity', severity: 'error', row: 2, column: 'polarity' },
    ]);
  });

  test('reports a measure id that appears twice at the second row and keeps the first', () => {
    const read = readCatalogue(QUESTIONS, measures(CLA_RATE, THREE_PLUS, CLA_RATE));
    expect(read.problems.map(located)).toEqual([{ rule: 'duplicate_id', severity: 'error', row: 4, column: 'id' }]);
    expect(read.problems[0]?.message).toBe(
      "measures.csv row 4, column id: measure 'cla_rate' appears twice: keep one row per measure.",
    );
    expect(read.value.measures.map((measure) => measure.id)).toEqual(['cla_rate', 'cla_3plus_placements']);
  });

  it.each([
    { missing: 'id', header: 'title,key_question,unit,polarity' },
    { missing: 'title', header: 'id,key_question,unit,polarity' },
    { missing: 'key_question', header: 'id,title,unit,polarity' },
    { missing: 'unit', header: 'id,title,key_question,polarity' },
    { missing: 'polarity', header: 'id,title,key_question,unit' },
  ])("reports missing_column on row 1 when the measures header has no '$missing' column", ({ missing, header }) => {
    const read = readCatalogue(
      QUESTIONS,
      tableFrom('measures.csv', [header, 'cla_rate,Rate of CLA,characteristics,rate_per_10k']),
    );
    expect(read.problems.map(located)).toEqual([
      { rule: 'missing_column', severity: 'error', row: 1, column: missing },
    ]);
    expect(read.problems[0]?.message).toBe(
      `measures.csv: the header has no '${missing}' column. The first row must name the columns id, title, key_question, unit, polarity.`,
    );
    expect(read.value.measures).toEqual([]);
  });

  test('reports empty_file, for the whole file, when the measures file has a header but no rows', () => {
    const read = readCatalogue(QUESTIONS, measures());
    expect(read.problems.map(located)).toEqual([
      { rule: 'empty_file', severity: 'error', row: undefined, column: undefined },
    ]);
    expect(read.problems[0]?.message).toBe(
      'measures.csv has a header but no rows. Add at least one row below the header.',
    );
  });
});

describe('readKeyQuestions', () => {
  it.each([
    {
      rule: 'invalid_id',
      row: 3,
      column: 'id',
      lines: ['characteristics,Characteristics,', 'Care leavers,What are outcomes like for our care leavers?,'],
      says: "'Care leavers' is not a valid id",
    },
    {
      rule: 'duplicate_id',
      row: 3,
      column: 'id',
      lines: ['stability,Stable homes,', 'stability,Stable homes again,'],
      says: "key question 'stability' appears twice: keep one row per question.",
    },
  ])('reports $rule at row $row, column $column', ({ rule, row, column, lines, says }) => {
    const { problems } = readKeyQuestions(tableFrom('key-questions.csv', [QUESTIONS_HEADER, ...lines]));
    expect(problems.map(located)).toEqual([{ rule, severity: 'error', row, column }]);
    expect(problems[0]?.message).toContain(`key-questions.csv row ${row}, column ${column}: ${says}`);
  });

  it.each([
    { missing: 'id', header: 'title,note' },
    { missing: 'title', header: 'id,note' },
  ])("reports missing_column when the key questions header has no '$missing' column", ({ missing, header }) => {
    const { problems } = readKeyQuestions(tableFrom('key-questions.csv', [header, 'stability,Stable homes']));
    expect(problems.map(located)).toEqual([{ rule: 'missing_column', severity: 'error', row: 1, column: missing }]);
  });

  test('reports empty_file when the key questions file has no rows', () => {
    expect(readKeyQuestions(tableFrom('key-questions.csv', [QUESTIONS_HEADER])).problems.map(located)).toEqual([
      { rule: 'empty_file', severity: 'error', row: undefined, column: undefined },
    ]);
  });

  test('reports a measure whose key question was refused as unknown_key_question', () => {
    const questions = tableFrom('key-questions.csv', [
      QUESTIONS_HEADER,
      'Characteristics,What are the characteristics?,',
    ]);
    const { problems } = readCatalogue(questions, measures(CLA_RATE));
    expect(problems.map(located)).toEqual([
      { rule: 'invalid_id', severity: 'error', row: 2, column: 'id' },
      { rule: 'unknown_key_question', severity: 'error', row: 2, column: 'key_question' },
    ]);
  });
});

describe('a measure in no key question', () => {
  test('is read with a blank key question, for a framework to group', () => {
    const read = readCatalogue(
      QUESTIONS,
      measures(
        'cino_overall_absence,Overall absence rate of children in need,,,percent,lower_is_better,1,annual,,sessions',
      ),
    );
    expect(read.problems).toEqual([]);
    expect(read.value.measures.map((measure) => [measure.id, measure.keyQuestionId])).toEqual([
      ['cino_overall_absence', ''],
    ]);
  });
});
