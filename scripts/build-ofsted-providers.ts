// Builds data/ofsted/Providers_at_31_Mar_2023.csv from two sheets of Ofsted's "Children's social
// care data in England 2023" in ../shared/dfe-open-data/ofsted-social-care-providers/ (relative to
// the repo root):
//   Providers+places_at_31_Mar_2023.csv  every regulated setting, with its places (3,812 rows)
//   Provider_level_at_31_Mar_2023.csv    the settings with a full inspection, with the judgements (3,546)
//
// Together they are 2 MB, of which the app needs ten columns. The output keeps Ofsted's title row and
// its headings and cells exactly as written, one row per setting of the places sheet with the
// judgement columns of the provider-level sheet joined on URN, so the app reads it with the same
// reader (readProviderSheet). Names and addresses are left out: Ofsted redacts those of children's
// homes, and the app counts settings, never lists them.
//
// The script reads both sheets and its own output through the app's reader and refuses to write (or
// fails) unless the output reads as the two sheets combined. Usage:
//   node --import tsx scripts/build-ofsted-providers.ts [folder of Ofsted's sheets]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCsvRows, readCsvText } from '../src/adapters/csv';
import { AreaDirectory, readAreas } from '../src/domain/areas/area-directory';
import { combineProviderSheets, readProviderSheet, type Provider } from '../src/domain/readers/ofsted/providers';
import type { SourceRows } from '../src/domain/readers/result';

const root = path.resolve(import.meta.dirname, '..');
// The folder of Ofsted's sheets may be given, for a checkout that is not beside ../shared.
const shared = path.resolve(process.argv[2] ?? path.join(root, '../shared/dfe-open-data/ofsted-social-care-providers'));
const OUTPUT = 'data/ofsted/Providers_at_31_Mar_2023.csv';
const PLACES = 'Providers+places_at_31_Mar_2023.csv';
const JUDGEMENTS = 'Provider_level_at_31_Mar_2023.csv';

const KEPT = [
  'URN',
  'Provision type',
  'Local authority',
  'Government Office Region',
  'Sector',
  'Places',
  "Short-break-only children's home",
];
const JUDGED = [
  'Latest full inspection event type',
  'Latest full inspection date',
  'Overall experiences and progress of children and young people',
];
const TITLE =
  "Children's social care data in England 2023 - Providers and places at 31 March 2023, with the latest full inspection of each " +
  `(the sheets 'Providers and places at 31 March 2023' and 'Provider level as at 31 March 2023', ten of their columns, joined on URN by scripts/build-ofsted-providers.ts)`;

function rowsOf(file: string): SourceRows {
  const read = readCsvRows(file, readFileSync(path.join(shared, file), 'utf8'));
  if (read.problems.length > 0) throw new Error(read.problems.map((problem) => problem.message).join('\n'));
  return read.value;
}

/** Cells by heading, for every row below the header (the first row with a URN column). */
function records(source: SourceRows): Map<string, Map<string, string>> {
  const headerAt = source.rows.findIndex(({ cells }) => cells.includes('URN'));
  const header = source.rows[headerAt]?.cells ?? [];
  const byUrn = new Map<string, Map<string, string>>();
  for (const { cells } of source.rows.slice(headerAt + 1)) {
    const record = new Map(header.map((name, column) => [name, cells[column] ?? '']));
    byUrn.set(record.get('URN') ?? '', record);
  }
  return byUrn;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const areas = new AreaDirectory(
  readAreas(readCsvText('areas.csv', readFileSync(path.join(root, 'data/areas.csv'), 'utf8')).value).value,
);
const sources = [rowsOf(PLACES), rowsOf(JUDGEMENTS)];
const sheets = sources.map((source) => readProviderSheet(source, areas));
const errors = sheets.flatMap((sheet) => sheet.problems).filter((problem) => problem.severity === 'error');
if (errors.length > 0) throw new Error(errors.map((problem) => problem.message).join('\n'));

const [places, judgements] = sources.map(records) as [
  Map<string, Map<string, string>>,
  Map<string, Map<string, string>>,
];
const urns = [...places.keys(), ...[...judgements.keys()].filter((urn) => !places.has(urn))];
const lines = [csvField(TITLE), [...KEPT, ...JUDGED].map(csvField).join(',')];
for (const urn of urns) {
  const listed = places.get(urn) ?? judgements.get(urn);
  const judged = judgements.get(urn);
  lines.push(
    [...KEPT.map((name) => listed?.get(name) ?? ''), ...JUDGED.map((name) => judged?.get(name) ?? '')]
      .map(csvField)
      .join(','),
  );
}
const text = `${lines.join('\n')}\n`;

// The output must read as the two sheets combined, setting for setting.
const built = readProviderSheet(readCsvRows(OUTPUT, text).value, areas);
const combined = combineProviderSheets(sheets.map((sheet) => sheet.value)).value;
const withoutSource = (provider: Provider) => JSON.stringify({ ...provider, source: null });
const expected = combined.providers.map(withoutSource);
const actual = built.value.providers.map(withoutSource);
if (expected.length !== actual.length || expected.some((line, index) => line !== actual[index]))
  throw new Error(`${OUTPUT} does not read as ${PLACES} and ${JUDGEMENTS} combined.`);
if (built.value.asAt !== combined.asAt) throw new Error(`${OUTPUT} is not at ${combined.asAt ?? 'the sheets’ day'}.`);

writeFileSync(path.join(root, OUTPUT), text);
console.log(`wrote ${OUTPUT}: ${urns.length} settings, ${Buffer.byteLength(text).toLocaleString('en-GB')} bytes`);
