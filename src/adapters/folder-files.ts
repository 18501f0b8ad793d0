/**
 * The files every data folder has beside its manifest (docs/data-format.md), in the order the
 * loader reads them. The built page asks for them and the manifest with its own request
 * (vite.config.ts), before the app's code has run.
 */
export const FOLDER_FILES = ['key-questions.csv', 'measures.csv', 'areas.csv'] as const;

export const MANIFEST_FILE = 'manifest.json';
