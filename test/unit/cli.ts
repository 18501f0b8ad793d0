/**
 * Test-only: the `scorecard` command run in-process (main) with its output collected, on the shipped
 * data folder (data/, the command's default --data), and the Hartlepool fixture it reports on.
 */
import type { ReportComparator, ReportMeasure, ScorecardReport } from '../../src/domain/scorecard/report';
import { main } from '../../src/cli/main';
import { realCatalogue, repoPath } from './tables';
import { TODAY } from './uploads';

export const HARTLEPOOL_FILE = repoPath('test/fixtures/other-la/hartlepool.csv');
export const DURHAM_FILE = repoPath('data/observations/county-durham-2021-22-q2.csv');
export const INVALID_VALUE_FILE = repoPath('test/fixtures/observations/invalid_value.csv');

export interface Run {
  code: number;
  out: string[];
  err: string[];
}

export async function run(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) }, TODAY);
  return { code, out, err };
}

export async function jsonReport(...argv: string[]): Promise<ScorecardReport> {
  const { code, out, err } = await run('report', HARTLEPOOL_FILE, '--area', 'E06000001', '--json', ...argv);
  if (code !== 0) throw new Error(`report exited ${code}: ${err.join('\n')}`);
  return JSON.parse(out.join('\n')) as ScorecardReport;
}

export function measureOf(report: ScorecardReport, id: string): ReportMeasure {
  const found = report.measures.find((measure) => measure.id === id);
  if (!found) throw new Error(`no ${id} in the report`);
  return found;
}

export type Shown = Pick<ReportComparator, 'value' | 'status' | 'rating'>;

/** Hartlepool's three comparators, all with 2019/20 figures in the fixture. */
export function comparators(
  england: Shown,
  region: Shown,
  neighbours: Shown,
): Array<Omit<ReportComparator, 'ratedBy'>> {
  return [
    { kind: 'england', area: { code: 'E92000001', name: 'England' }, period: '2019/20', ...england },
    { kind: 'region', area: { code: 'E12000001', name: 'North East' }, period: '2019/20', ...region },
    {
      kind: 'stat_neighbours',
      area: { code: 'SN:E06000001', name: 'Statistical neighbours of Hartlepool' },
      period: '2019/20',
      ...neighbours,
    },
  ];
}

export function figure(
  period: string,
  value: number | null,
  numerator: number | null = null,
  denominator: number | null = null,
  status = 'final',
) {
  return { period, value, numerator, denominator, status };
}

// The key questions' measures: a measure in no key question is only in a framework (frameworks.csv).
export const MEASURE_COUNT = realCatalogue().value.measures.filter((measure) => measure.keyQuestionId !== '').length;

/** A JSON report without the file and row of each figure, to compare the figures that two files of different layouts give. */
export function withoutSources(json: string): unknown {
  return JSON.parse(json, (key, value: unknown) => (key === 'source' ? undefined : value));
}
