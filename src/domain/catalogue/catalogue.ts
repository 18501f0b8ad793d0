import {
  ACCUMULATIONS,
  FREQUENCIES,
  POLARITIES,
  UNITS,
  type Accumulation,
  type Catalogue,
  type Frequency,
  type KeyQuestion,
  type Measure,
  type Polarity,
  type Unit,
} from './measure';
import type { ParseResult, Problem, SourceRecord, SourceTable } from '../readers/result';
import { readNumber } from '../readers/cell';
import { cell, cellError, emptyFileProblem, missingColumns } from '../readers/table';

export const KEY_QUESTION_COLUMNS = ['id', 'title', 'note'] as const;
export const MEASURE_COLUMNS = [
  'id',
  'title',
  'short_title',
  'key_question',
  'unit',
  'polarity',
  'decimal_places',
  'frequency',
  'definition',
  'what_this_shows',
  'why_it_matters',
  'source',
  'similar_tolerance',
  'numerator_label',
  'note',
  'also_known_as',
  'target',
  'accumulation',
] as const;
const REQUIRED_MEASURE_COLUMNS = ['id', 'title', 'key_question', 'unit', 'polarity'] as const;
const ID_PATTERN = /^[a-z][a-z0-9_]*$/;

function oneOf<T extends string>(allowed: readonly T[], text: string): T | undefined {
  return allowed.find((candidate) => candidate === text);
}

export function readKeyQuestions(table: SourceTable): ParseResult<KeyQuestion[]> {
  const problems = [...missingColumns(table, ['id', 'title']), ...emptyFileProblem(table)];
  if (problems.length > 0) return { value: [], problems };
  const seen = new Set<string>();
  const keyQuestions: KeyQuestion[] = [];
  for (const record of table.records) {
    const id = cell(record, 'id');
    if (!ID_PATTERN.test(id)) {
      problems.push(
        cellError(
          table,
          record,
          'id',
          'invalid_id',
          `'${id}' is not a valid id: use lower-case letters, digits and underscores.`,
        ),
      );
      continue;
    }
    if (seen.has(id)) {
      problems.push(
        cellError(
          table,
          record,
          'id',
          'duplicate_id',
          `key question '${id}' appears twice: keep one row per question.`,
        ),
      );
      continue;
    }
    seen.add(id);
    keyQuestions.push({ id, title: cell(record, 'title'), note: cell(record, 'note') });
  }
  return { value: keyQuestions, problems };
}

function readMeasure(
  table: SourceTable,
  record: SourceRecord,
  questionIds: ReadonlySet<string>,
  problems: Problem[],
): Measure | null {
  const before = problems.length;
  const id = cell(record, 'id');
  if (!ID_PATTERN.test(id))
    problems.push(
      cellError(
        table,
        record,
        'id',
        'invalid_id',
        `'${id}' is not a valid measure id: use lower-case letters, digits and underscores.`,
      ),
    );
  const title = cell(record, 'title');
  if (title === '')
    problems.push(
      cellError(
        table,
        record,
        'title',
        'missing_title',
        'the title is blank: every measure needs the title panel members will read.',
      ),
    );
  const keyQuestionId = cell(record, 'key_question');
  // Blank: the measure is in none of the panel's key questions, only in a framework (frameworks.csv).
  if (keyQuestionId !== '' && !questionIds.has(keyQuestionId)) {
    problems.push(
      cellError(
        table,
        record,
        'key_question',
        'unknown_key_question',
        `'${keyQuestionId}' is not a key question: use one of ${[...questionIds].join(', ')}.`,
      ),
    );
  }
  const unit = oneOf<Unit>(UNITS, cell(record, 'unit'));
  if (!unit)
    problems.push(
      cellError(
        table,
        record,
        'unit',
        'invalid_unit',
        `'${cell(record, 'unit')}' is not a unit: use one of ${UNITS.join(', ')}.`,
      ),
    );
  const polarity = oneOf<Polarity>(POLARITIES, cell(record, 'polarity'));
  if (!polarity)
    problems.push(
      cellError(
        table,
        record,
        'polarity',
        'invalid_polarity',
        `'${cell(record, 'polarity')}' is not a polarity: use one of ${POLARITIES.join(', ')}.`,
      ),
    );
  const frequencyText = cell(record, 'frequency') || 'annual';
  const frequency = oneOf<Frequency>(FREQUENCIES, frequencyText);
  if (!frequency)
    problems.push(
      cellError(
        table,
        record,
        'frequency',
        'invalid_frequency',
        `'${frequencyText}' is not a frequency: use one of ${FREQUENCIES.join(', ')}.`,
      ),
    );
  const decimalsText = cell(record, 'decimal_places') || '1';
  const decimalPlaces = Number(decimalsText);
  if (!Number.isInteger(decimalPlaces) || decimalPlaces < 0 || decimalPlaces > 4) {
    problems.push(
      cellError(
        table,
        record,
        'decimal_places',
        'invalid_decimal_places',
        `'${decimalsText}' is not a number of decimal places: use a whole number from 0 to 4.`,
      ),
    );
  }
  const toleranceText = cell(record, 'similar_tolerance');
  let similarTolerance: number | null = null;
  if (toleranceText !== '') {
    const tolerance = readNumber(toleranceText);
    if (tolerance.ok && tolerance.value >= 0) similarTolerance = tolerance.value;
    else
      problems.push(
        cellError(
          table,
          record,
          'similar_tolerance',
          'invalid_tolerance',
          `'${toleranceText}' is not a tolerance: give a number of zero or more, or leave it blank for the default.`,
        ),
      );
  }
  const targetText = cell(record, 'target');
  let target: number | null = null;
  if (targetText !== '') {
    const read = readNumber(targetText);
    if (read.ok) target = read.value;
    else
      problems.push(
        cellError(
          table,
          record,
          'target',
          'invalid_target',
          `'${targetText}' is not a target: give the figure the measure aims for, in its unit (e.g. 75 for 75%), or leave it blank.`,
        ),
      );
  }
  const accumulationText = cell(record, 'accumulation');
  const accumulation = accumulationText === '' ? null : (oneOf<Accumulation>(ACCUMULATIONS, accumulationText) ?? null);
  if (accumulationText !== '' && accumulation === null)
    problems.push(
      cellError(
        table,
        record,
        'accumulation',
        'invalid_accumulation',
        `'${accumulationText}' is not how a measure builds up: use one of ${ACCUMULATIONS.join(', ')}, or leave it blank if the source does not say.`,
      ),
    );
  if (problems.length > before || !unit || !polarity || !frequency) return null;
  return {
    id,
    title,
    shortTitle: cell(record, 'short_title') || title,
    keyQuestionId,
    unit,
    polarity,
    decimalPlaces,
    frequency,
    definition: cell(record, 'definition'),
    whatThisShows: cell(record, 'what_this_shows'),
    whyItMatters: cell(record, 'why_it_matters'),
    source: cell(record, 'source'),
    similarTolerance,
    numeratorLabel: cell(record, 'numerator_label'),
    note: cell(record, 'note'),
    aliases: cell(record, 'also_known_as')
      .split('|')
      .map((alias) => alias.trim())
      .filter(Boolean),
    target,
    accumulation,
  };
}

/** Reads the measure catalogue: the key questions file, then the measures file that refers to it. */
export function readCatalogue(questionsTable: SourceTable, measuresTable: SourceTable): ParseResult<Catalogue> {
  const questions = readKeyQuestions(questionsTable);
  const problems = [
    ...questions.problems,
    ...missingColumns(measuresTable, REQUIRED_MEASURE_COLUMNS),
    ...emptyFileProblem(measuresTable),
  ];
  const measures: Measure[] = [];
  if (problems.some((found) => found.rule === 'missing_column' || found.rule === 'empty_file')) {
    return { value: { keyQuestions: questions.value, measures }, problems };
  }
  const questionIds = new Set(questions.value.map((question) => question.id));
  const seen = new Set<string>();
  for (const record of measuresTable.records) {
    const measure = readMeasure(measuresTable, record, questionIds, problems);
    if (!measure) continue;
    if (seen.has(measure.id)) {
      problems.push(
        cellError(
          measuresTable,
          record,
          'id',
          'duplicate_id',
          `measure '${measure.id}' appears twice: keep one row per measure.`,
        ),
      );
      continue;
    }
    seen.add(measure.id);
    measures.push(measure);
  }
  return { value: { keyQuestions: questions.value, measures }, problems };
}
