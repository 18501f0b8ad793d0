/**
 * Test-only helpers: small SourceTables written inline, and the real files in data/ read the way the
 * command line reads them (node:fs + readCsvText), so tests can check the sample data as shipped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCsvText } from '../../src/adapters/csv';
import { AreaDirectory, readAreas } from '../../src/domain/areas/area-directory';
import { readCatalogue } from '../../src/domain/catalogue/catalogue';
import type { Catalogue } from '../../src/domain/catalogue/measure';
import type { Observation } from '../../src/domain/observations/observation';
import { readObservations, type ObservationContext } from '../../src/domain/readers/observations-file';
import type { ParseResult, Problem, SourceTable } from '../../src/domain/readers/result';
import { readPopulation, type PopulationTable } from '../../src/domain/ssda903/population';

/** The repository root, so tests do not depend on the directory vitest was started from. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

export function repoPath(relative: string): string {
  return path.join(ROOT, relative);
}

/**
 * A SourceTable from simple CSV lines without quotes: the first line is the header (row 1) and
 * each later line is a record numbered from row 2, as the CSV reader numbers them.
 */
export function tableFrom(fileName: string, csvLines: readonly string[]): SourceTable {
  const [headerLine = '', ...lines] = csvLines;
  const header = headerLine.split(',').map((name) => name.trim());
  return {
    fileName,
    header,
    records: lines.map((line, index) => {
      const cells = line.split(',');
      return { row: index + 2, cells: Object.fromEntries(header.map((name, column) => [name, cells[column] ?? ''])) };
    }),
  };
}

/** A SourceTable from CSV lines read by the real CSV reader, for cells that need quotes ("5,000"). */
export function csvTable(fileName: string, csvLines: readonly string[]): SourceTable {
  return readCsvText(fileName, csvLines.join('\n')).value;
}

/** Where a problem was found and by which rule, without the wording (which tests check separately). */
export function located(problem: Problem): Pick<Problem, 'rule' | 'severity' | 'row' | 'column'> {
  return { rule: problem.rule, severity: problem.severity, row: problem.row, column: problem.column };
}

export function readRepoText(relative: string): string {
  return readFileSync(repoPath(relative), 'utf8');
}

/** A file of the repository read through the CSV adapter; the reader's own problems come with it. */
export function readRepoCsv(relative: string): ParseResult<SourceTable> {
  return readCsvText(path.basename(relative), readRepoText(relative));
}

function tableOrThrow(relative: string): SourceTable {
  const read = readRepoCsv(relative);
  if (read.problems.length > 0)
    throw new Error(`${relative}: ${read.problems.map((problem) => problem.message).join('; ')}`);
  return read.value;
}

export function realCatalogue(): ParseResult<Catalogue> {
  return readCatalogue(tableOrThrow('data/key-questions.csv'), tableOrThrow('data/measures.csv'));
}

export function realAreaDirectory(): AreaDirectory {
  return new AreaDirectory(readAreas(tableOrThrow('data/areas.csv')).value);
}

/** The measures and areas in data/, as readObservations needs them. */
export function realContext(): ObservationContext & { population: PopulationTable } {
  return {
    measures: new Map(realCatalogue().value.measures.map((measure) => [measure.id, measure])),
    areas: realAreaDirectory(),
    population: realPopulation(),
  };
}

/** data/population-0-17.csv as shipped, the denominator of the rates a DfE file gives as counts. */
export function realPopulation(): PopulationTable {
  return readPopulation(tableOrThrow('data/population-0-17.csv')).value;
}

/** An observations file read through readCsvText and then readObservations, with the problems of both. */
export function readObservationsFile(
  relative: string,
  context: ObservationContext = realContext(),
): {
  csvProblems: Problem[];
  problems: Problem[];
  observations: Observation[];
} {
  const csv = readRepoCsv(relative);
  const read = readObservations(csv.value, context);
  return { csvProblems: csv.problems, problems: [...csv.problems, ...read.problems], observations: read.value };
}
