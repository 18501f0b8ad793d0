import path from 'node:path';
import { readCsvRows } from '../adapters/csv';
import { decodeText, uploadSizeProblems } from '../adapters/decode';
import { readUpload } from '../adapters/read-upload';
import type { Area } from '../domain/areas/area';
import type { Dataset } from '../domain/dataset/dataset';
import type { ChildrensHome } from '../domain/homes/home';
import { homesReport } from '../domain/homes/homes-report';
import { summariseHomes } from '../domain/homes/homes-summary';
import { provisionComparison, type ProvisionComparison } from '../domain/homes/provision';
import { provisionTable } from '../domain/homes/provision-table';
import {
  combineProviderSheets,
  findProviderHeader,
  readProviderSheet,
  type ProviderSheet,
} from '../domain/readers/ofsted/providers';
import { readImport } from '../domain/readers/read-import';
import { hasErrors, type Problem } from '../domain/readers/result';
import { dateInWords } from '../domain/text/dates';
import {
  fullInspectionText,
  gradeSpreadText,
  homesHeadline,
  interimInspectionText,
  interimText,
} from '../domain/text/homes';
import { providersAsAtText, settingsHeading } from '../domain/text/provision';
import { listOf } from '../domain/text/lists';
import { countOf } from '../domain/text/plural';
import { regionPhrase } from '../domain/text/regions';
import { append } from '../domain/lists/append';
import { readFileWithin } from './read-file';
import { largest } from '../domain/lists/extent';

/** `scorecard homes`: the council's own children's homes and the settings Ofsted lists in its area. */

export const HOMES_USAGE = 'scorecard homes [<file>...] [--area CODE] [--json] [--data DIR]';

type Output = { out: (line: string) => void; err: (line: string) => void };

export interface HomesOptions {
  data: string;
  area: string | undefined;
  today: string;
  json: boolean;
}

/** The data folder's loader of main.ts, passed in so this command reads the folder exactly as report does. */
export type LoadDataFolder = (
  files: readonly string[],
  options: { data: string; area: string | undefined; today: string },
) => Promise<{ dataset: Dataset | null; problems: Problem[] } | { usageError: string }>;

interface Read {
  homes: { file: string; homes: ChildrensHome[]; hasInterim: boolean }[];
  sheets: { file: string; sheet: ProviderSheet }[];
  problems: Problem[];
}

function formatProblem(problem: Problem): string {
  return `${problem.severity === 'error' ? 'Error' : 'Warning'}: ${problem.message}`;
}

/**
 * One file: Ofsted's provider sheet (a title above a header with URN and Provision type), or else an
 * upload read the one way the upload page reads one (readUpload, then readImport), which must be a
 * table of the council's homes.
 */
async function readFileInto(file: string, area: Area, dataset: Dataset, today: string, read: Read): Promise<void> {
  const fileName = path.basename(file);
  const given = await readFileWithin(file, uploadSizeProblems);
  if ('problems' in given) {
    append(read.problems, given.problems);
    return;
  }
  const { bytes } = given;
  const text = /\.xlsx?$/i.test(fileName) ? null : decodeText(bytes, fileName).value;
  const rows = text === null ? null : readCsvRows(fileName, text);
  if (rows && findProviderHeader(rows.value) >= 0) {
    const sheet = readProviderSheet(rows.value, dataset.areas);
    append(append(read.problems, rows.problems), sheet.problems);
    read.sheets.push({ file: fileName, sheet: sheet.value });
    return;
  }
  const upload = await readUpload(bytes, fileName);
  append(read.problems, upload.problems);
  if (!upload.value) return;
  const imported = readImport(upload.value, {
    measures: dataset.measuresById,
    areas: dataset.areas,
    areaCode: area.code,
    today,
    readsHomes: true,
  });
  append(read.problems, imported.problems);
  if (imported.value.homes) {
    read.homes.push({ file: fileName, ...imported.value.homes });
  } else if (imported.value.layout) {
    read.problems.push({
      severity: 'error',
      rule: 'not_a_homes_file',
      message: `${fileName} holds figures, not the council's children's homes. Read figures with \`scorecard report ${fileName}\`; give this command a table of homes or Ofsted's provider sheet.`,
    });
  }
}

/** Runs `scorecard homes`; exits 1 when a file has an error (nothing is read from any), 2 on misuse. */
export async function homes(
  files: readonly string[],
  options: HomesOptions,
  io: Output,
  load: LoadDataFolder,
): Promise<number> {
  const loaded = await load([], options);
  if ('usageError' in loaded) {
    io.err(loaded.usageError);
    return 2;
  }
  const { dataset } = loaded;
  if (!dataset || hasErrors(loaded.problems)) {
    loaded.problems.forEach((problem) => io.err(formatProblem(problem)));
    io.err('The data folder has errors, so no homes were read.');
    return 1;
  }
  const homeArea = dataset.manifest.homeArea;
  // A table of homes does not say whose they are: with files, the council must be named.
  if (files.length > 0 && options.area === undefined) {
    io.err(`Say which council the files are for with --area CODE (an ONS code such as ${homeArea || 'E06000047'}).`);
    return 2;
  }
  const area = dataset.areas.find(options.area ?? homeArea);
  if (area?.type !== 'local_authority') {
    io.err(`--area ${options.area ?? homeArea} is not a local authority. Use an ONS code such as E06000047.`);
    return 2;
  }

  const read: Read = { homes: [], sheets: [], problems: [] };
  const folderFiles = [
    // The folder's homes tables are the home council's; the newest is the one to show.
    ...(area.code === homeArea ? dataset.manifest.homes.slice(-1) : []),
    ...(dataset.manifest.ofstedProviders ? [dataset.manifest.ofstedProviders] : []),
  ].map((file) => path.join(options.data, file));
  for (const file of files.length > 0 ? files : folderFiles) {
    await readFileInto(file, area, dataset, options.today, read);
  }
  // Given only the council's homes, the area's settings still come from the folder's list of Ofsted's.
  if (files.length > 0 && read.sheets.length === 0 && dataset.manifest.ofstedProviders) {
    await readFileInto(path.join(options.data, dataset.manifest.ofstedProviders), area, dataset, options.today, read);
  }
  if (read.homes.length > 1) {
    read.problems.push({
      severity: 'error',
      rule: 'several_homes_tables',
      message: `${read.homes.map((table) => table.file).join(' and ')} are both tables of ${area.name}'s homes. Give one, the latest.`,
    });
  }
  const combined = combineProviderSheets(read.sheets.map((each) => each.sheet));
  append(read.problems, combined.problems);
  read.problems.forEach((problem) => io.err(formatProblem(problem)));
  if (hasErrors(read.problems)) {
    io.err('Nothing was read: fix the errors above and run the command again.');
    return 1;
  }

  const table = read.homes[0];
  const comparison = read.sheets.length > 0 ? provisionComparison(combined.value, dataset.areas, area) : null;
  const sheetFiles = read.sheets.map((each) => each.file).join(', ');
  const report = homesReport({
    area,
    homes: table
      ? { file: table.file, homes: table.homes, summary: summariseHomes(table.homes, table.hasInterim) }
      : null,
    provision: comparison ? { file: sheetFiles, comparison } : null,
  });
  if (options.json) {
    io.out(JSON.stringify(report, null, 2));
    return 0;
  }
  io.out(`${area.name} (${area.code}): children's homes`);
  if (table) printHomes(table, io);
  else io.out(`\nNo table of ${area.name}'s own homes was given.`);
  if (comparison) printProvision(comparison, sheetFiles, io);
  return 0;
}

function columns(lines: readonly (readonly string[])[], rightFrom: number): string[] {
  const widths = (lines[0] ?? []).map((_, column) => largest(lines.map((line) => (line[column] ?? '').length)));
  return lines.map((line) =>
    line
      .map((text, column) =>
        column >= rightFrom ? text.padStart(widths[column] ?? 0) : text.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
}

function printHomes(table: Read['homes'][number], io: Output): void {
  const summary = summariseHomes(table.homes, table.hasInterim);
  io.out('');
  io.out(
    `The council's own homes (${table.file}${summary?.latestInspection ? `, latest inspection ${dateInWords(summary.latestInspection)}` : ''})`,
  );
  if (!summary) {
    io.out('The table lists no homes.');
    return;
  }
  io.out(homesHeadline(summary));
  io.out(`Full inspections: ${gradeSpreadText(summary.byGrade)}.`);
  const interim = interimText(summary);
  if (interim) io.out(interim);
  io.out('');
  const header = ['Home', 'Full inspection', ...(table.hasInterim ? ['Interim inspection'] : [])];
  const rows = table.homes.map((home) => [
    home.urn ? `${home.name} (${home.urn})` : home.name,
    fullInspectionText(home.full),
    ...(table.hasInterim ? [interimInspectionText(home.interim)] : []),
  ]);
  for (const line of columns([header, ...rows], header.length)) io.out(line);
}

function printProvision(comparison: ProvisionComparison, file: string, io: Output): void {
  const own = comparison.localAuthority;
  io.out('');
  io.out(
    `Settings in ${own.area.name}${comparison.region ? ` beside ${regionPhrase(comparison.region.area.name)}` : ''} and England: ${providersAsAtText(comparison.asAt)} (${file})`,
  );
  if (!comparison.complete)
    io.out('The list gives only settings with a full inspection: new settings and their places are not in it.');
  if (own.rows.length === 0) {
    io.out(`Ofsted lists no setting in ${own.area.name}.`);
    return;
  }
  const table = provisionTable(comparison);
  const lines: string[][] = [
    ['', ...table.areas.map((area) => area.name)],
    ...table.groups.flatMap((group) => [
      [group.heading, ...group.settings],
      ...group.lines.map((line) => [`  ${line.label}`, ...line.values]),
    ]),
  ];
  for (const line of columns(lines, 1)) io.out(line);
  if (table.elsewhere.length > 0) {
    io.out(
      `${own.area.name} has none of the other ${countOf(table.elsewhere.length, 'type')} of setting Ofsted lists: ${listOf(table.elsewhere.map((type) => settingsHeading(type).toLowerCase()))}.`,
    );
  }
}
