#!/usr/bin/env node
// Extracts test fixtures from Ofsted's two provider sheets (see scripts/build-ofsted-providers.ts)
// into test/fixtures/ofsted-providers/: each sheet's title, description and header lines (1 to 4)
// and, in the sheet's order, every line of a setting in Durham, plus a few lines kept for their
// quirks (QUIRKS below). Lines are copied byte for byte, so the fixtures are the real format, only
// shorter. Usage: node scripts/extract-ofsted-provider-fixtures.mjs [folder of Ofsted's sheets]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCsvRows } from './read-csv-rows.mjs';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(process.argv[2] ?? path.join(root, '../shared/dfe-open-data/ofsted-social-care-providers'));
const outDir = path.join(root, 'test/fixtures/ofsted-providers');

/** Lines kept besides Durham's: the first Cumbria setting (no longer a council), a row cut short
 * (trailing blank cells left out; in the provider sheet also a judgement from a monitoring visit),
 * "Children's Home" with a capital H, and a short-break-only home. */
const QUIRKS = {
  'Provider_level_at_31_Mar_2023.csv': [55, 69, 185, 1497],
  'Providers+places_at_31_Mar_2023.csv': [25, 63, 77, 919],
};
const LOCAL_AUTHORITY = 14;

mkdirSync(outDir, { recursive: true });
for (const [file, quirks] of Object.entries(QUIRKS)) {
  const text = readFileSync(path.join(shared, file), 'utf8');
  const lines = text.split('\n');
  // No cell of these sheets spans lines, so line n is row n; checked here rather than assumed.
  const rows = readCsvRows(text);
  if (rows.length !== lines.filter((line) => line.trim() !== '').length) throw new Error(`${file}: a cell spans lines`);
  const kept = lines.filter(
    (_, index) => index < 4 || quirks.includes(index + 1) || rows[index]?.[LOCAL_AUTHORITY] === 'Durham',
  );
  writeFileSync(path.join(outDir, file), `${kept.join('\n')}\n`);
  console.log(`wrote test/fixtures/ofsted-providers/${file}: ${kept.length - 4} of ${rows.length - 4} settings`);
}
