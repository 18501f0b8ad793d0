import type { ParseResult, SourceTable } from '../readers/result';
import { cell, cellError, emptyFileProblem, missingColumns } from '../readers/table';
import type { Measure } from './measure';

/*
 * A framework is a second way of grouping the catalogue's measures beside the panel's key
 * questions, e.g. the Children's Social Care National Framework's outcomes and enablers as DfE's
 * children's social care dashboard groups its metrics. It is data (data/frameworks.csv), so a
 * measure can belong to several groupings without a column per grouping in measures.csv.
 */

/** One metric of a framework, in the framework's own words and order. */
export interface FrameworkMetric {
  /** The metric's place in the framework (DfE's sort_order), from 1. */
  order: number;
  /** The outcome or enabler, e.g. "Outcome 1: Children, young people and families stay together". */
  group: string;
  /** The heading within it, e.g. "Access to support and getting help". */
  heading: string;
  /** The catalogue measure that gives it; null when the catalogue has none yet (the metric is listed, not shown). */
  measureId: string | null;
  /** The metric as the framework words it ("Rate of children in need, per 10,000 children"). */
  metric: string;
  /** The published file that supplies it, so an officer knows what to upload. */
  source: string;
}

export interface Framework {
  /** As the URL and the command line name it: `national`. */
  id: string;
  title: string;
  /** In the framework's order. */
  metrics: readonly FrameworkMetric[];
}

export const FRAMEWORK_COLUMNS = [
  'framework',
  'framework_title',
  'group',
  'heading',
  'order',
  'measure',
  'metric',
  'source',
] as const;
const REQUIRED_COLUMNS = ['framework', 'framework_title', 'group', 'heading', 'order', 'measure'] as const;
const ID_PATTERN = /^[a-z][a-z0-9_]*$/;

/**
 * Reads data/frameworks.csv: one row per metric of a framework, naming the catalogue measure that
 * gives it (or none). A bad row is left out with an error that says where and what to write.
 */
export function readFrameworks(table: SourceTable, measures: ReadonlyMap<string, Measure>): ParseResult<Framework[]> {
  const problems = [...missingColumns(table, REQUIRED_COLUMNS), ...emptyFileProblem(table)];
  if (problems.length > 0) return { value: [], problems };
  const frameworks = new Map<string, { title: string; metrics: FrameworkMetric[]; orders: Set<number> }>();
  for (const record of table.records) {
    const id = cell(record, 'framework');
    if (!ID_PATTERN.test(id)) {
      problems.push(
        cellError(
          table,
          record,
          'framework',
          'invalid_id',
          `'${id}' is not a valid framework id: use lower-case letters, digits and underscores, e.g. national.`,
        ),
      );
      continue;
    }
    const orderText = cell(record, 'order');
    const order = Number(orderText);
    if (orderText === '' || !Number.isInteger(order) || order < 1) {
      problems.push(
        cellError(
          table,
          record,
          'order',
          'invalid_rank',
          `'${orderText}' is not a place in the framework: give a whole number from 1.`,
        ),
      );
      continue;
    }
    const measureText = cell(record, 'measure');
    if (measureText !== '' && !measures.has(measureText)) {
      problems.push(
        cellError(
          table,
          record,
          'measure',
          'unknown_measure',
          `'${measureText}' is not a measure of measures.csv: give a measure id, or leave it blank for a metric the catalogue does not hold yet.`,
        ),
      );
      continue;
    }
    const group = cell(record, 'group');
    const heading = cell(record, 'heading');
    if (group === '' || heading === '') {
      const column = group === '' ? 'group' : 'heading';
      problems.push(
        cellError(
          table,
          record,
          column,
          'missing_heading',
          `the ${column} is blank: every metric needs the outcome or enabler and the heading it is read under.`,
        ),
      );
      continue;
    }
    let framework = frameworks.get(id);
    if (!framework) {
      framework = { title: cell(record, 'framework_title') || id, metrics: [], orders: new Set() };
      frameworks.set(id, framework);
    }
    if (framework.orders.has(order)) {
      problems.push(
        cellError(
          table,
          record,
          'order',
          'duplicate_rank',
          `framework '${id}' already has a metric at place ${order}: give each metric its own place.`,
        ),
      );
      continue;
    }
    framework.orders.add(order);
    framework.metrics.push({
      order,
      group,
      heading,
      measureId: measureText === '' ? null : measureText,
      metric: cell(record, 'metric'),
      source: cell(record, 'source'),
    });
  }
  return {
    value: [...frameworks].map(([id, { title, metrics }]) => ({
      id,
      title,
      metrics: metrics.sort((a, b) => a.order - b.order),
    })),
    problems,
  };
}

/** A framework's headings in its order, each under its outcome or enabler, with the metrics read under it. */
export interface FrameworkHeading {
  group: string;
  heading: string;
  metrics: readonly FrameworkMetric[];
}

export function frameworkHeadings(framework: Framework): FrameworkHeading[] {
  const headings: { group: string; heading: string; metrics: FrameworkMetric[] }[] = [];
  for (const metric of framework.metrics) {
    const last = headings.at(-1);
    if (last && last.group === metric.group && last.heading === metric.heading) last.metrics.push(metric);
    else headings.push({ group: metric.group, heading: metric.heading, metrics: [metric] });
  }
  return headings;
}
