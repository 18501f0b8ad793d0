// Build data/stat-neighbours-2021.csv and data/stat-neighbours-2025.csv from DfE's two
// statistical-neighbour models in ../shared/dfe-open-data (relative to the repo root; DFE_OPEN_DATA
// names another copy, e.g. from a git worktree):
//   New_Statistical_Neighbour_Groupings_April_2021.csv  (the April 2021 model)
//   sn_model_2025_wide.csv                              (the 2025 model)
//
// Both are "wide" (one row per LA, ten neighbour columns each followed by a closeness column) and
// name LAs by DfE's three-digit old LA code. The app joins everything on ONS E-codes, so each LA
// number is looked up in data/areas.csv through the app's own lookup (AreaDirectory's
// findLocalAuthority, which every reader of outside files uses). Both outputs share one long
// format (STAT_NEIGHBOUR_COLUMNS, the columns the app's reader knows), one row per LA and neighbour:
//
//   model,la_code,old_la_code,la_name,rank,neighbour_code,neighbour_old_la_code,neighbour_name,closeness
//
// An LA of a model that areas.csv does not have is left out and reported. A council abolished since
// (Cumbria, in the 2021 model) is an area of its own, so it keeps its code and its figures for the
// years it existed. A neighbour that areas.csv does not have is kept with a blank neighbour_code, so
// the figure can still say "9 of 10 neighbours" rather than pretending the group had nine.
//
// Usage: node --import tsx scripts/build-stat-neighbours.ts
// Prints what could not be matched to stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCsvRows, readCsvText } from '../src/adapters/csv';
import { AreaDirectory, readAreas } from '../src/domain/areas/area-directory';
import { STAT_NEIGHBOUR_COLUMNS } from '../src/domain/comparison/neighbours';

const root = path.resolve(import.meta.dirname, '..');
const sharedDir = path.resolve(root, process.env.DFE_OPEN_DATA ?? '../shared/dfe-open-data');

interface ModelLa {
  oldCode: string;
  name: string;
  neighbours: { rank: number; oldCode: string; closeness: string }[];
}

interface Model {
  label: string;
  file: string;
  las: ModelLa[];
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** DfE writes closeness as "Very Close", "Close " and "Very close": one spelling in our files. */
function closeness(text: string): string {
  const words = text.trim().replace(/\s+/g, ' ').toLowerCase();
  return words === '' ? '' : `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** A file's non-blank rows through the app's CSV reader; any problem stops the build. */
function rowsOf(file: string, text: string): string[][] {
  const read = readCsvRows(file, text);
  if (read.problems.length > 0) throw new Error(read.problems.map((problem) => problem.message).join('\n'));
  return read.value.rows.map((row) => [...row.cells]);
}

const areasRead = readCsvText('areas.csv', readFileSync(path.join(root, 'data', 'areas.csv'), 'utf8'));
const areaList = readAreas(areasRead.value);
const problems = [...areasRead.problems, ...areaList.problems];
if (problems.length > 0) throw new Error(problems.map((problem) => problem.message).join('\n'));
const areas = new AreaDirectory(areaList.value);
const councilOf = (oldCode: string) => areas.findLocalAuthority(oldCode)?.area;

function read2021(): Model {
  const file = 'New_Statistical_Neighbour_Groupings_April_2021.csv';
  const [, ...allRows] = rowsOf(file, readFileSync(path.join(sharedDir, file), 'utf8'));
  // The model ends at a row reading "Old SNs:". Below it are the groupings of councils that were
  // replaced before April 2021 (Dorset, Poole and Bournemouth "(Pre LG)", Northamptonshire): they
  // are not part of the model and are only reported. Rows with no LA number are spacers.
  const end = allRows.findIndex((r) => /old sns/i.test(r[1] ?? ''));
  const current = (end === -1 ? allRows : allRows.slice(0, end)).filter((r) => (r[0] ?? '') !== '');
  // Those councils have figures for the years they existed (areas.csv from, to), so their own
  // groupings are kept as their neighbours: Northamptonshire's 2020/21 figure gets a neighbours' figure.
  const superseded = end === -1 ? [] : allRows.slice(end + 1).filter((r) => (r[0] ?? '') !== '');
  const former = superseded.filter((r) => councilOf(r[0] ?? '')?.to !== undefined);
  const rows = [...current, ...former];
  if (superseded.length > 0) {
    process.stderr.write(
      `${file}: after "Old SNs:", groupings of councils replaced before the model, kept for the former councils of areas.csv: ${former.map((r) => `${r[0]} ${r[1]}`).join('; ')}; not used: ${
        superseded
          .filter((r) => !former.includes(r))
          .map((r) => `${r[0]} ${r[1]}`)
          .join('; ') || 'none'
      }\n`,
    );
  }
  // Columns by position: LA num, LA Name, LA number, GOInd, GOReg, then (SNk, SNP) for k = 1..10.
  const las = rows.map((r) => ({
    oldCode: r[0] ?? '',
    name: r[1] ?? '',
    neighbours: Array.from({ length: 10 }, (_, k) => ({
      rank: k + 1,
      oldCode: r[5 + 2 * k] ?? '',
      closeness: closeness(r[6 + 2 * k] ?? ''),
    })),
  }));
  return { label: '2021', file, las };
}

function read2025(): Model {
  const file = 'sn_model_2025_wide.csv';
  const [header = [], ...rows] = rowsOf(file, readFileSync(path.join(sharedDir, file), 'utf8'));
  const at = (name: string) => header.findIndex((h) => h === name);
  const las = rows.map((r) => ({
    oldCode: r[at('old_la_code')] ?? '',
    name: r[at('la_name')] ?? '',
    neighbours: Array.from({ length: 10 }, (_, k) => ({
      rank: k + 1,
      oldCode: r[at(`SN_${k + 1}`)] ?? '',
      closeness: closeness(r[at(`SN_${k + 1}P`)] ?? ''),
    })),
  }));
  return { label: '2025', file, las };
}

function build(model: Model): void {
  const nameInModel = new Map(model.las.map((la) => [la.oldCode, la.name]));
  const lines = [STAT_NEIGHBOUR_COLUMNS.join(',')];
  const unmatchedLas: string[] = [];
  const unmatchedNeighbours = new Map<string, string[]>();
  for (const la of model.las) {
    const area = councilOf(la.oldCode);
    if (!area) {
      unmatchedLas.push(`${la.oldCode} ${la.name}`);
      continue;
    }
    for (const neighbour of la.neighbours) {
      const neighbourArea = councilOf(neighbour.oldCode);
      if (!neighbourArea) {
        const key = `${neighbour.oldCode} ${nameInModel.get(neighbour.oldCode) ?? '(not in the model)'}`;
        unmatchedNeighbours.set(key, [...(unmatchedNeighbours.get(key) ?? []), area.name]);
      }
      lines.push(
        [
          model.label,
          area.code,
          la.oldCode,
          area.name,
          neighbour.rank,
          neighbourArea?.code ?? '',
          neighbour.oldCode,
          neighbourArea?.name ?? nameInModel.get(neighbour.oldCode) ?? '',
          neighbour.closeness,
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  const outFile = path.join(root, 'data', `stat-neighbours-${model.label}.csv`);
  writeFileSync(outFile, `${lines.join('\n')}\n`);
  const matched = model.las.length - unmatchedLas.length;
  process.stderr.write(
    `${model.file}: ${model.las.length} LAs, ${matched} matched to a council of areas.csv, ${lines.length - 1} rows written to data/stat-neighbours-${model.label}.csv\n`,
  );
  if (unmatchedLas.length > 0) process.stderr.write(`  LAs not matched (left out): ${unmatchedLas.join('; ')}\n`);
  for (const [neighbour, of] of unmatchedNeighbours) {
    process.stderr.write(
      `  neighbour not matched (kept with a blank code): ${neighbour}, neighbour of ${of.length} LA(s): ${of.join(', ')}\n`,
    );
  }
  const inModel = new Set(model.las.map((la) => councilOf(la.oldCode)?.code));
  const missing = areas.localAuthorities().filter((area) => !inModel.has(area.code));
  if (missing.length > 0)
    process.stderr.write(
      `  councils of areas.csv with no neighbours in this model: ${missing.map((a) => `${a.code} ${a.name}`).join('; ')}\n`,
    );
}

build(read2021());
build(read2025());
