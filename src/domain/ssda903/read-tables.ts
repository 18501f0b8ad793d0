import type { ParseResult, Problem, SourceTable } from '../readers/result';
import { collectionYearOfLatestEpisode } from './return-year';
import { countOf, plural } from '../text/plural';
import {
  POSTCODE_LOOKUP_COLUMNS,
  TABLE_SPECS,
  canonicalColumn,
  collectionYearFromFileName,
  recogniseHeader,
  type TableName,
  type TableSpec,
} from './tables';

/**
 * One record of a 903 table, with its cells keyed by the table's own column names (upper case),
 * trimmed, codes upper-cased and spreadsheet flags (`1.0`) normalised, as SPEC N1 asks. Dates stay
 * text here: each rule parses the dates it uses, so an unreadable date is reported where it matters.
 */
export interface Row903 {
  file: string;
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  /** The collection year the row's file belongs to (closing year), when known. */
  year: number | null;
  cells: Readonly<Record<string, string>>;
}

export interface Table903 {
  name: TableName;
  files: readonly string[];
  rows: readonly Row903[];
}

export interface GridReference {
  easting: number;
  northing: number;
}

/** Postcodes (upper case, spaces removed) to grid references, from the optional lookup file. */
export type PostcodeLookup = ReadonlyMap<string, GridReference>;

export interface Return903 {
  tables: Partial<Record<TableName, Table903>>;
  postcodes: PostcodeLookup | null;
}

export interface ReturnFile {
  table: SourceTable;
  /** The collection year the file is for, by its closing year; read from the file name when absent. */
  collectionYear?: number;
}

function cellsOf(
  table: SourceTable,
  spec: TableSpec,
): (cells: Readonly<Record<string, string>>) => Record<string, string> {
  // Which header name gives each of the table's columns, whatever case the file used.
  const sourceName = new Map<string, string>();
  for (const name of table.header) {
    const canonical = canonicalColumn(name);
    if (!sourceName.has(canonical)) sourceName.set(canonical, name);
  }
  const codes = new Set(spec.codes);
  const flags = new Set(spec.flags);
  const columns = [...spec.columns, ...spec.optional.filter((column) => sourceName.has(column))];
  return (cells) => {
    const read: Record<string, string> = {};
    for (const column of columns) {
      const name = sourceName.get(column);
      let text = (name === undefined ? '' : (cells[name] ?? '')).trim();
      if (codes.has(column)) text = text.toUpperCase();
      else if (flags.has(column) && /^[01]\.0+$/.test(text)) text = text.slice(0, 1);
      read[column] = text;
    }
    return read;
  };
}

function readPostcodeLookup(table: SourceTable, problems: Problem[]): Map<string, GridReference> {
  const lookup = new Map<string, GridReference>();
  const name = (column: string) => table.header.find((header) => canonicalColumn(header) === column) ?? column;
  const [postcodeColumn, eastingColumn, northingColumn] = POSTCODE_LOOKUP_COLUMNS.map(name);
  let unreadable = 0;
  let firstRow: number | null = null;
  for (const record of table.records) {
    const postcode = (record.cells[postcodeColumn ?? ''] ?? '').replace(/\s+/g, '').toUpperCase();
    const easting = Number((record.cells[eastingColumn ?? ''] ?? '').trim());
    const northing = Number((record.cells[northingColumn ?? ''] ?? '').trim());
    if (postcode === '' || !Number.isFinite(easting) || !Number.isFinite(northing) || easting <= 0 || northing <= 0) {
      unreadable += 1;
      firstRow ??= record.row;
      continue;
    }
    lookup.set(postcode, { easting, northing });
  }
  if (unreadable > 0) {
    problems.push({
      severity: 'warning',
      rule: 'unreadable_postcode_row',
      row: firstRow ?? undefined,
      message: `${table.fileName}: ${countOf(unreadable, 'row')} of the postcode lookup (the first is row ${firstRow ?? ''}) ${plural(unreadable, 'has', 'have')} no postcode or no easting and northing in metres; ${plural(unreadable, 'it is', 'they are')} not used, so placements at those postcodes have no distance.`,
    });
  }
  return lookup;
}

interface Recognised {
  spec: TableSpec;
  table: SourceTable;
  year: number | null;
  order: number;
}

/**
 * Reads the tables of one or more 903 returns, each file recognised by its header (SPEC §1.2).
 * Several files of one table (several years' returns) are merged: for each record's key (SPEC §1.6:
 * CHILD and DECOM for Episodes) the record of the latest year is kept, years read from the file
 * names, files without a year counting as the latest in the order given. A file of a yearly table
 * (OC2, OC3) whose year is not known is taken as the year of the latest episode, and a warning says
 * so. Never throws: an unrecognised file is an error naming the headers it could be.
 */
export function readReturn(files: readonly ReturnFile[]): ParseResult<Return903> {
  const problems: Problem[] = [];
  const recognised: Recognised[] = [];
  const lookups: SourceTable[] = [];
  files.forEach(({ table, collectionYear }, order) => {
    const recognition = recogniseHeader(table.header);
    switch (recognition.kind) {
      case 'postcode_lookup':
        lookups.push(table);
        return;
      case 'unknown':
        problems.push({
          severity: 'error',
          rule: 'unknown_903_table',
          row: 1,
          message: `${table.fileName} is not one of the 903 tables: its header matches none of them. Export each table with the column names of DfE's guide, e.g. episodes.csv with ${TABLE_SPECS[1]?.columns.join(',') ?? ''}.`,
        });
        return;
      case 'incomplete':
        problems.push({
          severity: 'error',
          rule: 'missing_903_column',
          row: 1,
          column: recognition.missingColumns[0],
          message: `${table.fileName} looks like the ${recognition.spec.title} table but has no ${recognition.missingColumns.join(', ')} column${recognition.missingColumns.length === 1 ? '' : 's'}. Export it again with every column of ${recognition.spec.title}: ${recognition.spec.columns.join(',')}. It was not read.`,
        });
        return;
      case 'table': {
        if (recognition.extraColumns.length > 0) {
          problems.push({
            severity: 'warning',
            rule: 'extra_903_column',
            row: 1,
            column: recognition.extraColumns[0],
            message: `${table.fileName} was read as the ${recognition.spec.title} table; its column${recognition.extraColumns.length === 1 ? '' : 's'} ${recognition.extraColumns.join(', ')} ${recognition.extraColumns.length === 1 ? 'is' : 'are'} not part of it and ${recognition.extraColumns.length === 1 ? 'was' : 'were'} not read.`,
          });
        }
        if (table.records.length === 0) {
          problems.push({
            severity: 'warning',
            rule: 'empty_903_table',
            row: 1,
            message: `${table.fileName} (${recognition.spec.title}) has a header and no rows.`,
          });
        }
        recognised.push({
          spec: recognition.spec,
          table,
          year: collectionYear ?? collectionYearFromFileName(table.fileName),
          order,
        });
        return;
      }
    }
  });

  const tables: Partial<Record<TableName, Table903>> = {};
  for (const spec of TABLE_SPECS) {
    const ofTable = recognised.filter((file) => file.spec === spec);
    if (ofTable.length === 0) continue;
    tables[spec.name] = mergeFiles(spec, ofTable);
  }

  // Yearly tables need their year; without one they are taken as the latest year of the episodes.
  const returnYear = tables.episodes ? collectionYearOfLatestEpisode(tables.episodes.rows) : null;
  for (const spec of TABLE_SPECS.filter((candidate) => candidate.yearly)) {
    const table = tables[spec.name];
    if (!table) continue;
    const undated = recognised.filter((file) => file.spec === spec && file.year === null);
    if (undated.length === 0) continue;
    for (const file of undated) {
      problems.push({
        severity: 'warning',
        rule: 'collection_year_assumed',
        message:
          returnYear === null
            ? `${file.table.fileName} (${spec.title}) describes one collection year, but neither its name nor the episodes say which; it is not used. Put the year in the file name, e.g. ${spec.name}_2021-22.csv.`
            : `${file.table.fileName} (${spec.title}) does not say its year; it is read as the year ending 31 March ${returnYear}, the latest year of the episodes. Put the year in the file name (e.g. ${spec.name}_${returnYear - 1}-${String(returnYear % 100).padStart(2, '0')}.csv) if it is another.`,
      });
    }
    tables[spec.name] = {
      ...table,
      rows: table.rows.map((row) => (row.year === null ? { ...row, year: returnYear } : row)),
    };
  }

  let postcodes: Map<string, GridReference> | null = null;
  for (const lookup of lookups) {
    const read = readPostcodeLookup(lookup, problems);
    postcodes ??= new Map();
    for (const [postcode, grid] of read) postcodes.set(postcode, grid);
  }
  return { value: { tables, postcodes }, problems };
}

/**
 * One table from several files. Within one file every record is kept (the checks report repeats);
 * across files a record whose key a later year's file also holds is left out, as that file
 * supersedes it. Yearly tables keep one record per key and year.
 */
function mergeFiles(spec: TableSpec, files: readonly Recognised[]): Table903 {
  const ordered = [...files].sort(
    (a, b) => (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY) || a.order - b.order,
  );
  const perFile = ordered.map((file) => {
    const toCells = cellsOf(file.table, spec);
    return file.table.records.map((record): Row903 => ({
      file: file.table.fileName,
      row: record.row,
      year: file.year,
      cells: toCells(record.cells),
    }));
  });
  const names = ordered.map((file) => file.table.fileName);
  if (perFile.length === 1) return { name: spec.name, files: names, rows: perFile[0] ?? [] };
  const keyOf = (row: Row903) =>
    spec.key.map((column) => row.cells[column] ?? '').join('|') + (spec.yearly ? `|${row.year ?? ''}` : '');
  // The last file holding each key.
  const owner = new Map<string, number>();
  perFile.forEach((rows, index) => {
    for (const row of rows) owner.set(keyOf(row), index);
  });
  const rows: Row903[] = [];
  perFile.forEach((fileRows, index) => {
    for (const row of fileRows) if (owner.get(keyOf(row)) === index) rows.push(row);
  });
  return { name: spec.name, files: names, rows };
}
