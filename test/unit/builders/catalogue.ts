/**
 * Test-only: a catalogue of the measures a test names, as a Catalogue, as the lookup readers take,
 * or as the two CSV files (key-questions.csv, measures.csv) for the readers that take files.
 */
import { packMeasure } from '../../../src/adapters/export';
import { KEY_QUESTION_COLUMNS, MEASURE_COLUMNS } from '../../../src/domain/catalogue/catalogue';
import type { Catalogue, KeyQuestion, Measure } from '../../../src/domain/catalogue/measure';
import type { ObservationContext } from '../../../src/domain/readers/observations-file';
import type { SourceTable } from '../../../src/domain/readers/result';
import { areaDirectory } from './areas';
import { ADOPTION_A1_DAYS, CARE_LEAVERS_EET, CLA_RATE, THREE_PLUS_PLACEMENTS } from './measure';

export function keyQuestion(id: string, title = `Key question ${id}`, note = ''): KeyQuestion {
  return { id, title, note };
}

/** The four named measures of builders/measure.ts. */
export const SOME_MEASURES: readonly Measure[] = [CLA_RATE, THREE_PLUS_PLACEMENTS, ADOPTION_A1_DAYS, CARE_LEAVERS_EET];

/** A catalogue of the measures given, with one key question for each key question they name, in order. */
export function catalogue(measures: readonly Measure[] = SOME_MEASURES): Catalogue {
  const ids = [...new Set(measures.map((measure) => measure.keyQuestionId))];
  return { keyQuestions: ids.map((id) => keyQuestion(id)), measures };
}

export function measuresById(measures: readonly Measure[] = SOME_MEASURES): ReadonlyMap<string, Measure> {
  return new Map(measures.map((measure) => [measure.id, measure]));
}

/** What readObservations and the DfE reader need: the measures and the areas they may name. */
export function observationContext(
  measures: readonly Measure[] = SOME_MEASURES,
  areas = areaDirectory(),
): ObservationContext {
  return { measures: measuresById(measures), areas };
}

function table(fileName: string, header: readonly string[], rows: readonly Record<string, string>[]): SourceTable {
  return { fileName, header, records: rows.map((cells, index) => ({ row: index + 2, cells })) };
}

/** The catalogue as data/key-questions.csv and data/measures.csv write it (the data pack's columns). */
export function catalogueTables(of: Catalogue = catalogue()): { keyQuestions: SourceTable; measures: SourceTable } {
  return {
    keyQuestions: table(
      'key-questions.csv',
      KEY_QUESTION_COLUMNS,
      of.keyQuestions.map(({ id, title, note }) => ({ id, title, note })),
    ),
    measures: table(
      'measures.csv',
      MEASURE_COLUMNS,
      of.measures.map((measure) =>
        Object.fromEntries(
          Object.entries(packMeasure(measure)).map(([column, value]) => [column, String(value ?? '')]),
        ),
      ),
    ),
  };
}
