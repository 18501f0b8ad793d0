import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDataFolder, type ReadText } from '../../src/adapters/load-dataset';
import { readFolderHomes } from '../../src/adapters/load-homes';
import type { Dataset } from '../../src/domain/dataset/dataset';
import type { SavedHomes } from '../../src/domain/homes/saved-homes';
import type { ParseResult } from '../../src/domain/readers/result';

export const DATA_DIR = path.resolve(import.meta.dirname, '../../data');

/** A data folder's files from disk, for the app's own loader. */
export function readFromFolder(folder: string): ReadText {
  return (file) => readFile(path.join(folder, file), 'utf8');
}

// Read once for every test in a file: the folder does not change while the tests run.
const sample = await loadDataFolder(readFromFolder(DATA_DIR));

const sampleHomes =
  sample.value && (await readFolderHomes(readFromFolder(DATA_DIR), sample.value.manifest, '2026-01-01'));

/** The sample's tables of children's homes (Durham's, seed 000) as the app holds them; a problem fails the test. */
export function loadSampleHomes(): SavedHomes[] {
  if (!sampleHomes || sampleHomes.problems.length > 0) throw new Error("data/'s homes table did not load cleanly");
  return sampleHomes.value;
}

/** The bundled sample data (data/) as the app's loader reads it, with every problem it found. */
export function readSampleFolder(): ParseResult<Dataset | null> {
  return sample;
}

/**
 * The bundled sample data (data/), read by the loader the app and the command line use. Any problem
 * in data/, a warning included, fails the test that asked for it, naming every problem, so a test can
 * never pass on half-read sample data.
 */
export function loadSampleDataset(): Dataset {
  if (!sample.value || sample.problems.length > 0) {
    throw new Error(
      `data/ did not load cleanly:\n${sample.problems.map((problem) => `${problem.rule}: ${problem.message}`).join('\n')}`,
    );
  }
  return sample.value;
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
