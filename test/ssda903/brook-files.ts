/**
 * Brook's return (brook.ts) as the files a council exports, for the page and its worker's tests:
 * one CSV per table and the postcode lookup, and a data folder whose population table gives Brook's
 * invented estimate (every other file read from data/).
 */
import type { ReadText } from '../../src/adapters/load-dataset';
import { readFromFolder, DATA_DIR } from '../unit/sample-dataset';
import { BROOK_POPULATION_CSV, BROOK_POSTCODES_CSV, brookTables } from './brook';
import { csvOf } from './builders';

export function brookFiles(): { name: string; text: string }[] {
  return [
    ...brookTables().map((table) => ({ name: table.fileName, text: csvOf(table) })),
    { name: 'postcodes.csv', text: BROOK_POSTCODES_CSV.join('\r\n') },
  ];
}

export function brookDataFolder(): ReadText {
  const disk = readFromFolder(DATA_DIR);
  return (file) => (file === 'population-0-17.csv' ? Promise.resolve(BROOK_POPULATION_CSV.join('\n')) : disk(file));
}
