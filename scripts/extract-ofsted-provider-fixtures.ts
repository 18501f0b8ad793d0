// Extracts test fixtures from Ofsted's two provider sheets (see scripts/build-ofsted-providers.ts)
// into test/fixtures/ofsted-providers/: each sheet's title, description and header lines (1 to 4)
// and, in the sheet's order, every line of a setting in Durham, plus a few lines kept for their
// quirks (QUIRKS below). Lines are copied byte for byte, so the fixtures are the real format, only
// shorter. Usage: node --import tsx scripts/extract-ofsted-provider-fixtures.ts [folder of Ofsted's sheets]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCsvRows } from '../src/adapters/csv';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(process.argv[2] ?? path.join(root, '../shared/dfe-open-data/ofsted-social-care-providers'));
const outDir = path.join(root, 'test/fixtures/ofsted-providers');

/**
 * Lines kept besides Durham's: the first Cumbrian setting (no longer a council), a row cut short
 * (trailing blank cells left out; in the provider sheet also a judgement from a monitoring visit),
 * "Children's Home" with a capital H, and a short-break-only home.
 */
const QUIRKS: Readonly<Record<string, readonly number[]>> = {
  'Provider_level_at_31_Mar_2023.csv': [55, 69, 185, 1497],
  'Providers+places_at_31_Mar_2023.csv': [25, 63, 77, 919],
};
const LOCAL_AUTHORITY = 14;

mkdirSync(outDir, { recursive: true });
for (const [file, quirks] of Object.entries(QUIRKS)) {
  const text = readFileSync(path.join(shared, file), 'utf8');
  const lines = text.split('\n');
  const rows = readCsvRows(file, text).value.rows;
  // No cell of these sheets spans lines, so row n is line n; checked here rather than assumed.
  if (rows.some(({ row, cells }) => !lines[row - 1]?.includes(cells[1] ?? '')))
    throw new Error(`${file}: a cell spans lines`);
  const durham = new Set(rows.filter(({ cells }) => cells[LOCAL_AUTHORITY] === 'Durham').map(({ row }) => row));
  const kept = lines.filter((_, index) => index < 4 || quirks.includes(index + 1) || durham.has(index + 1));
  writeFileSync(path.join(outDir, file), `${kept.join('\n')}\n`);
  console.log(`wrote test/fixtures/ofsted-providers/${file}: ${kept.length - 4} of ${rows.length - 4} settings`);
}
