import type { ParseResult, Problem, SourceRecord, SourceTable } from '../readers/result';
import { cell, emptyFileProblem, missingColumns } from '../readers/table';

/** One category of a breakdown as the catalogue lists it (data/breakdown-categories.csv). */
export interface CatalogueCategory {
  key: string;
  /** In plain English, as the page and the table show it. */
  label: string;
  order: number;
  /**
   * The category this one is a part of (seed 002's full and interim care orders are a split of
   * Placed with parents): shown under it and never added to the breakdown's total.
   */
  partOf: string | null;
  /** Other names files give it ("IFA", DfE's "Accommodation considered suitable"), for reading them. */
  aliases: readonly string[];
}

/** A breakdown the catalogue knows (data/breakdowns.csv). */
export interface BreakdownDefinition {
  id: string;
  title: string;
  dimension: string;
  dimensionLabel: string;
  /** Who is counted, in words: "children looked after". */
  of: string;
  /** The measure whose figure the breakdown explains (its total is checked against it); null if none. */
  headlineMeasure: string | null;
  /** The scorecard row that points to this breakdown ("See chart 2"); null if no row does. */
  scorecardRow: string | null;
  source: string;
  description: string;
  /**
   * Whether the top-level categories are parts of one whole (a placement mix: their counts add up to
   * the total, their percentages to 100). False where each category is a share of the total of its
   * own (DfE's health assessments, immunisations and dental checks of the same children; the ChAT's
   * share of each year of age in suitable accommodation): no sum is checked or worked out.
   */
  addsUp: boolean;
  /**
   * For a breakdown that does not add up, what each category's percentage counts, as a printed
   * table's row says it ("In suitable accommodation"); null when the percentage is a share of the whole.
   */
  shareLabel: string | null;
  /** In the catalogue's order. Empty for a breakdown worked out from the 903 return, whose categories come with its figures. */
  categories: readonly CatalogueCategory[];
}

export interface BreakdownCatalogue {
  breakdowns: readonly BreakdownDefinition[];
}

export const BREAKDOWN_COLUMNS = ['id', 'title', 'dimension', 'dimension_label', 'of', 'headline_measure'] as const;
export const CATEGORY_COLUMNS = ['breakdown', 'key', 'label', 'order'] as const;
const ID_PATTERN = /^[a-z][a-z0-9_]*$/;

export const EMPTY_BREAKDOWN_CATALOGUE: BreakdownCatalogue = { breakdowns: [] };

/** How a label is compared with the catalogue's: case, spaces and HTML emphasis (as papers paste it) ignored. */
export function labelKey(text: string): string {
  return text
    .replace(/<\/?[a-z]+>/gi, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export function findBreakdown(catalogue: BreakdownCatalogue, id: string): BreakdownDefinition | undefined {
  return catalogue.breakdowns.find((breakdown) => breakdown.id === id);
}

/** A category by its key, label or one of its other names; undefined when the breakdown has no such category. */
export function findCategory(breakdown: BreakdownDefinition, text: string): CatalogueCategory | undefined {
  const wanted = labelKey(text);
  return breakdown.categories.find(
    (category) =>
      category.key === text.trim() ||
      labelKey(category.label) === wanted ||
      category.aliases.some((alias) => labelKey(alias) === wanted),
  );
}

/** The breakdowns a scorecard row points to, in the catalogue's order. */
export function breakdownsForRow(catalogue: BreakdownCatalogue, measureId: string): BreakdownDefinition[] {
  return catalogue.breakdowns.filter((breakdown) => breakdown.scorecardRow === measureId);
}

function problemAt(table: SourceTable, record: SourceRecord, column: string, message: string): Problem {
  return {
    severity: 'error',
    rule: 'invalid_breakdown_catalogue',
    row: record.row,
    column,
    message: `${table.fileName} row ${record.row}, column ${column}: ${message}`,
  };
}

/**
 * Reads the catalogue's breakdowns and their categories. A bad line is left out with an error that
 * names it, as the measure catalogue's are, so the data folder does not load with it.
 */
export function readBreakdownCatalogue(
  breakdownsTable: SourceTable,
  categoriesTable: SourceTable,
): ParseResult<BreakdownCatalogue> {
  const problems: Problem[] = [
    ...missingColumns(breakdownsTable, BREAKDOWN_COLUMNS),
    ...emptyFileProblem(breakdownsTable),
    ...missingColumns(categoriesTable, CATEGORY_COLUMNS),
  ];
  if (problems.length > 0) return { value: EMPTY_BREAKDOWN_CATALOGUE, problems };
  const byId = new Map<string, { definition: BreakdownDefinition; categories: CatalogueCategory[] }>();
  for (const record of breakdownsTable.records) {
    const id = cell(record, 'id');
    if (!ID_PATTERN.test(id)) {
      problems.push(problemAt(breakdownsTable, record, 'id', `'${id}' is not an id (lower case, digits and _).`));
      continue;
    }
    if (byId.has(id)) {
      problems.push(problemAt(breakdownsTable, record, 'id', `'${id}' is listed twice. Keep one line per breakdown.`));
      continue;
    }
    const addsUp = cell(record, 'adds_up').toLowerCase();
    if (addsUp !== '' && addsUp !== 'yes' && addsUp !== 'no') {
      problems.push(
        problemAt(breakdownsTable, record, 'adds_up', `'${addsUp}' is not yes or no. Leave it blank for yes.`),
      );
      continue;
    }
    const categories: CatalogueCategory[] = [];
    byId.set(id, {
      categories,
      definition: {
        id,
        title: cell(record, 'title') || id,
        dimension: cell(record, 'dimension') || 'category',
        dimensionLabel: cell(record, 'dimension_label') || 'Category',
        of: cell(record, 'of'),
        headlineMeasure: cell(record, 'headline_measure') || null,
        scorecardRow: cell(record, 'scorecard_row') || null,
        source: cell(record, 'source'),
        description: cell(record, 'description'),
        addsUp: addsUp !== 'no',
        shareLabel: cell(record, 'share_label') || null,
        categories,
      },
    });
  }
  for (const record of categoriesTable.records) {
    const breakdownId = cell(record, 'breakdown');
    const entry = byId.get(breakdownId);
    const key = cell(record, 'key');
    const order = Number(cell(record, 'order'));
    if (!entry) {
      problems.push(
        problemAt(
          categoriesTable,
          record,
          'breakdown',
          `'${breakdownId}' is not a breakdown in ${breakdownsTable.fileName}.`,
        ),
      );
    } else if (!ID_PATTERN.test(key) || entry.categories.some((category) => category.key === key)) {
      problems.push(
        problemAt(
          categoriesTable,
          record,
          'key',
          `'${key}' is not a new key of ${breakdownId} (lower case, digits and _).`,
        ),
      );
    } else if (!Number.isInteger(order)) {
      problems.push(problemAt(categoriesTable, record, 'order', `'${cell(record, 'order')}' is not a whole number.`));
    } else {
      entry.categories.push({
        key,
        label: cell(record, 'label') || key,
        order,
        partOf: cell(record, 'part_of') || null,
        aliases: cell(record, 'also_known_as')
          .split('|')
          .map((alias) => alias.trim())
          .filter((alias) => alias !== ''),
      });
    }
  }
  for (const { definition, categories } of byId.values()) {
    categories.sort((a, b) => a.order - b.order);
    for (const category of categories) {
      if (category.partOf !== null && !categories.some((other) => other.key === category.partOf && !other.partOf)) {
        problems.push({
          severity: 'error',
          rule: 'invalid_breakdown_catalogue',
          column: 'part_of',
          message: `${categoriesTable.fileName}: ${definition.id}'s category ${category.key} is part of '${category.partOf}', which is not one of its top-level categories.`,
        });
      }
    }
  }
  return { value: { breakdowns: [...byId.values()].map(({ definition }) => definition) }, problems };
}
