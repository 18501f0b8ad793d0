import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCsvText } from '../../src/adapters/csv';
import { assembleDataset, readManifest, type Dataset } from '../../src/domain/dataset/dataset';

export const DATA_DIR = path.resolve(import.meta.dirname, '../../data');

function table(file: string) {
  return readCsvText(file, readFileSync(path.join(DATA_DIR, file), 'utf8')).value;
}

/** The bundled sample data (data/), read through the same readers the app uses. */
export function loadSampleDataset(): Dataset {
  const manifest = readManifest(JSON.parse(readFileSync(path.join(DATA_DIR, 'manifest.json'), 'utf8')));
  if (!manifest.value) throw new Error('data/manifest.json is invalid');
  return assembleDataset({
    manifest: manifest.value,
    keyQuestions: table('key-questions.csv'),
    measures: table('measures.csv'),
    areas: table('areas.csv'),
    observations: manifest.value.observations.map(table),
    ...(manifest.value.dfeMeasureMap ? { dfeMeasureMap: table(manifest.value.dfeMeasureMap) } : {}),
    statNeighbourModels: manifest.value.statNeighbourModels.map(table),
  }).value;
}

/**
 * A fetch that answers from the data/ folder on disk, so component tests go through the app's real
 * loading path. `overrides` replaces a file's text to simulate a broken publication.
 */
export function fetchFromDataFolder(overrides: Readonly<Record<string, string>> = {}): typeof fetch {
  return (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const file = url.pathname.replace(/^.*\/data\//, '');
    const override = overrides[file];
    if (override !== undefined) return Promise.resolve(new Response(override));
    try {
      return Promise.resolve(new Response(readFileSync(path.join(DATA_DIR, file), 'utf8')));
    } catch {
      return Promise.resolve(new Response('Not found', { status: 404 }));
    }
  };
}
