#!/usr/bin/env node
// Build data/stat-neighbours-2021.csv and data/stat-neighbours-2025.csv from DfE's two
// statistical-neighbour models in ../shared/dfe-open-data (relative to the repo root):
//   New_Statistical_Neighbour_Groupings_April_2021.csv  (the April 2021 model)
//   sn_model_2025_wide.csv                              (the 2025 model)
//
// Both are "wide" (one row per LA, ten neighbour columns each followed by a closeness column) and
// name LAs by DfE's three-digit old LA code. The app joins everything on ONS E-codes, so each code
// is looked up in data/areas.csv (column old_la_code). Both outputs share one long format, one
// row per LA and neighbour:
//
//   model,la_code,old_la_code,la_name,rank,neighbour_code,neighbour_old_la_code,neighbour_name,closeness
//
// An LA of a model that is not a current LA (abolished or reorganised since) is left out and
// reported. A neighbour that is not a current LA is kept with a blank neighbour_code, so the
// figure can still say "9 of 10 neighbours" rather than pretending the group had nine.
//
// Plain Node ESM, no dependencies. Usage: node scripts/build-stat-neighbours.mjs
// Prints what could not be matched to stderr.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsvRows } from './read-csv-rows.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = resolve(repoRoot, '../shared/dfe-open-data');

function csvField(value) {
  const text = String(value ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** DfE writes closeness as "Very Close", "Close " and "Very close": one spelling in our files. */
function closeness(text) {
  const words = text.trim().replace(/\s+/g, ' ').toLowerCase();
  return words === '' ? '' : words[0].toUpperCase() + words.slice(1);
}

const areaRows = readCsvRows(readFileSync(join(repoRoot, 'data', 'areas.csv'), 'utf8'));
const areaHeader = areaRows[0].map((name) => name.trim());
const areas = areaRows
  .slice(1)
  .map((r) => Object.fromEntries(areaHeader.map((name, i) => [name, (r[i] ?? '').trim()])));
const laByOldCode = new Map(
  areas.filter((a) => a.type === 'local_authority' && a.old_la_code).map((a) => [a.old_la_code, a]),
);

/**
 * models: [{ label, file, las: [{ oldCode, name, neighbours: [{ rank, oldCode, closeness }] }] }]
 */
function read2021() {
  const file = 'New_Statistical_Neighbour_Groupings_April_2021.csv';
  const [, ...allRows] = readCsvRows(readFileSync(join(sharedDir, file), 'utf8'));
  // The model ends at a row reading "Old SNs:". Below it are the groupings of councils that were
  // replaced before April 2021 (Dorset, Poole and Bournemouth "(Pre LG)", Northamptonshire): they
  // are not part of the model and are only reported. Rows with no LA number are spacers.
  const end = allRows.findIndex((r) => /old sns/i.test(r[1] ?? ''));
  const rows = (end === -1 ? allRows : allRows.slice(0, end)).filter((r) => (r[0] ?? '').trim() !== '');
  const superseded = end === -1 ? [] : allRows.slice(end + 1).filter((r) => (r[0] ?? '').trim() !== '');
  if (superseded.length > 0) {
    process.stderr.write(
      `${file}: after "Old SNs:", groupings of councils replaced before the model (not used): ${superseded.map((r) => `${r[0]} ${r[1]}`).join('; ')}\n`,
    );
  }
  // Columns by position: LA num, LA Name, LA number, GOInd, GOReg, then (SNk, SNP) for k = 1..10.
  const las = rows.map((r) => ({
    oldCode: r[0].trim(),
    name: r[1].trim(),
    neighbours: Array.from({ length: 10 }, (_, k) => ({
      rank: k + 1,
      oldCode: (r[5 + 2 * k] ?? '').trim(),
      closeness: closeness(r[6 + 2 * k] ?? ''),
    })),
  }));
  return { label: '2021', file, las };
}

function read2025() {
  const file = 'sn_model_2025_wide.csv';
  const [header, ...rows] = readCsvRows(readFileSync(join(sharedDir, file), 'utf8'));
  const at = (name) => header.findIndex((h) => h.trim() === name);
  const las = rows.map((r) => ({
    oldCode: r[at('old_la_code')].trim(),
    name: r[at('la_name')].trim(),
    neighbours: Array.from({ length: 10 }, (_, k) => ({
      rank: k + 1,
      oldCode: (r[at(`SN_${k + 1}`)] ?? '').trim(),
      closeness: closeness(r[at(`SN_${k + 1}P`)] ?? ''),
    })),
  }));
  return { label: '2025', file, las };
}

const HEADER = [
  'model',
  'la_code',
  'old_la_code',
  'la_name',
  'rank',
  'neighbour_code',
  'neighbour_old_la_code',
  'neighbour_name',
  'closeness',
];

function build(model) {
  const nameInModel = new Map(model.las.map((la) => [la.oldCode, la.name]));
  const lines = [HEADER.join(',')];
  const unmatchedLas = [];
  const unmatchedNeighbours = new Map();
  for (const la of model.las) {
    const area = laByOldCode.get(la.oldCode);
    if (!area) {
      unmatchedLas.push(`${la.oldCode} ${la.name}`);
      continue;
    }
    for (const neighbour of la.neighbours) {
      const neighbourArea = laByOldCode.get(neighbour.oldCode);
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
  const outFile = join(repoRoot, 'data', `stat-neighbours-${model.label}.csv`);
  writeFileSync(outFile, `${lines.join('\n')}\n`);
  const matched = model.las.length - unmatchedLas.length;
  process.stderr.write(
    `${model.file}: ${model.las.length} LAs, ${matched} matched to a current LA, ${lines.length - 1} rows written to data/stat-neighbours-${model.label}.csv\n`,
  );
  if (unmatchedLas.length > 0) process.stderr.write(`  LAs not matched (left out): ${unmatchedLas.join('; ')}\n`);
  for (const [neighbour, of] of unmatchedNeighbours) {
    process.stderr.write(
      `  neighbour not matched (kept with a blank code): ${neighbour}, neighbour of ${of.length} LA(s): ${of.join(', ')}\n`,
    );
  }
  const missing = areas.filter(
    (a) => a.type === 'local_authority' && !model.las.some((la) => la.oldCode === a.old_la_code),
  );
  if (missing.length > 0)
    process.stderr.write(
      `  current LAs with no neighbours in this model: ${missing.map((a) => `${a.code} ${a.name}`).join('; ')}\n`,
    );
}

build(read2021());
build(read2025());
