import type { ParseResult, Problem, SourceRows } from '../domain/readers/result';
import { readCsvRows } from './csv';
import { append } from '../domain/lists/append';

/**
 * Ofsted's sheets in the published data folder. A fixed list rather than manifest.json entries:
 * Ofsted publishes one workbook a year, and replacing these two files updates the page.
 */
const OFSTED_FILES = {
  history: 'ofsted/ILACS_inspection_history.csv',
  current: 'ofsted/Inspections_as_at_31_March.csv',
} as const;

export interface OfstedSheets {
  history: SourceRows;
  current: SourceRows;
}

async function fetchRows(baseUrl: URL, file: string, problems: Problem[]): Promise<SourceRows> {
  const response = await fetch(new URL(file, baseUrl));
  if (!response.ok) {
    problems.push({
      severity: 'error',
      rule: 'missing_file',
      message: `The Ofsted file ${file} could not be loaded (HTTP ${response.status}). Check it is in the published data folder.`,
    });
    return { fileName: file, rows: [] };
  }
  const read = readCsvRows(file, await response.text());
  append(problems, read.problems);
  return read.value;
}

/**
 * Fetches both Ofsted sheets as rows; the domain finds their headers and reads them. A missing or
 * unreadable file comes back as a problem, so the page can say which one to fix.
 */
export async function loadOfstedSheets(
  baseUrl = new URL('data/', document.baseURI),
): Promise<ParseResult<OfstedSheets>> {
  const problems: Problem[] = [];
  const [history, current] = await Promise.all([
    fetchRows(baseUrl, OFSTED_FILES.history, problems),
    fetchRows(baseUrl, OFSTED_FILES.current, problems),
  ]);
  return { value: { history, current }, problems };
}

/**
 * Ofsted's list of every regulated setting, as rows, from the file the manifest names
 * (`ofstedProviders`); the domain finds its header below the title and reads it. A file that cannot
 * be had is a problem naming it.
 */
export async function loadProviderRows(
  file: string,
  baseUrl = new URL('data/', document.baseURI),
): Promise<ParseResult<SourceRows>> {
  const problems: Problem[] = [];
  const rows = await fetchRows(baseUrl, file, problems);
  return { value: rows, problems };
}
