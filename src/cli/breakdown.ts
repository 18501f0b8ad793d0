import { breakdownTable, breakdownsHeldFor, type BreakdownTable } from '../domain/breakdowns/breakdown-table';
import { parsePeriod } from '../domain/periods/period';
import { hasErrors, type Problem } from '../domain/readers/result';
import {
  breakdownCellText,
  changeHeading,
  signedCount,
  signedPercent,
  snapshotHeading,
  whatChanged,
} from '../domain/text/breakdowns';
import type { LoadDataFolder } from './homes';

export const BREAKDOWN_USAGE = 'scorecard breakdown [<file>...] --area CODE [--period PERIOD] [--json] [--data DIR]';

type Output = { out: (line: string) => void; err: (line: string) => void };

export interface BreakdownOptions {
  data: string;
  area: string | undefined;
  today: string;
  period: string | undefined;
  json: boolean;
}

function formatProblem(problem: Problem): string {
  return `${problem.severity === 'error' ? 'Error' : 'Warning'}: ${problem.message}`;
}

/** One breakdown as JSON: per category the figure at each snapshot, the change, and the comparators' figures. */
export function breakdownJson(table: BreakdownTable) {
  return {
    id: table.definition.id,
    title: table.definition.title,
    area: table.area.code,
    snapshots: table.snapshots.map((period) => period.label),
    totals: table.totals,
    compared: table.from && table.to ? { from: table.from.label, to: table.to.label } : null,
    summary: whatChanged(table),
    categories: table.rows.map((row) => ({
      key: row.key,
      label: row.label,
      partOf: row.partOf,
      figures: row.cells.map((cell, at) => ({
        snapshot: table.snapshots[at]?.label ?? '',
        count: cell?.count ?? null,
        percent: cell?.percent ?? null,
        status: cell?.status ?? null,
      })),
      change: row.change,
    })),
    comparators: table.comparators.map((mix) => ({
      area: mix.area.code,
      name: mix.area.name,
      period: mix.period.label,
      total: mix.total,
      figures: table.rows.map((row) => {
        const cell = mix.cells.get(row.key);
        return {
          key: row.key,
          count: cell?.count ?? null,
          percent: cell?.percent ?? null,
          status: cell?.status ?? null,
        };
      }),
    })),
  };
}

function printTable(table: BreakdownTable, io: Output): void {
  io.out(`${table.definition.title} (${table.definition.id}), ${table.area.name}`);
  io.out(`  ${whatChanged(table)}`);
  const headings = [
    table.definition.dimensionLabel,
    ...table.snapshots.map(snapshotHeading),
    ...(table.from ? [`${changeHeading(table.from)} (number)`, '(per cent)'] : []),
    ...table.comparators.map((mix) => `${mix.area.name} (${mix.period.label})`),
  ];
  io.out(`  ${headings.join(' | ')}`);
  for (const row of table.rows) {
    const cells = [
      row.partOf ? `  ${row.label}` : row.label,
      ...row.cells.map(breakdownCellText),
      ...(table.from ? [signedCount(row.change?.count ?? null), signedPercent(row.change?.percent ?? null)] : []),
      ...table.comparators.map((mix) => breakdownCellText(mix.cells.get(row.key) ?? null)),
    ];
    io.out(`  ${cells.join(' | ')}`);
  }
  io.out(`  Total | ${table.totals.map((total) => (total === null ? 'No figure' : String(total))).join(' | ')}`);
  io.out('');
}

/**
 * Prints each breakdown held for the area: from the files given (breakdown files, printed tables,
 * DfE files through the breakdown map), or with none from the data folder, as `report` does.
 */
export async function breakdown(
  files: readonly string[],
  options: BreakdownOptions,
  io: Output,
  load: LoadDataFolder,
): Promise<number> {
  if (!options.area) {
    io.err(`Say which local authority with --area CODE, e.g. --area E06000047.\n\n${BREAKDOWN_USAGE}`);
    return 2;
  }
  const upTo = options.period ? parsePeriod(options.period) : null;
  if (upTo && !upTo.ok) {
    io.err(`--period ${options.period ?? ''}: ${upTo.reason}.`);
    return 2;
  }
  const loaded = await load(files, options);
  if ('usageError' in loaded) {
    io.err(loaded.usageError);
    return 2;
  }
  const { dataset, problems } = loaded;
  problems.forEach((problem) => io.err(formatProblem(problem)));
  if (!dataset || hasErrors(problems)) {
    io.err(
      'The breakdowns were not printed because the files have errors. Run `scorecard validate <file>` for the full report.',
    );
    return 1;
  }
  const area = dataset.areas.findLocalAuthority(options.area)?.area ?? dataset.areas.find(options.area);
  const areaCode = area?.code ?? options.area;
  const tables = breakdownsHeldFor(dataset, areaCode)
    .map((definition) => breakdownTable(dataset, definition.id, areaCode, upTo?.ok ? { upTo: upTo.period } : {}))
    .filter((table): table is BreakdownTable => table !== null && table.snapshots.length > 0);
  if (options.json) {
    io.out(JSON.stringify({ area: areaCode, breakdowns: tables.map(breakdownJson) }, null, 2));
    return 0;
  }
  if (tables.length === 0) {
    io.out(`No breakdowns are held for ${area ? `${area.name} (${area.code})` : areaCode}.`);
    return 0;
  }
  for (const table of tables) printTable(table, io);
  return 0;
}
