import { ENGLAND_CODE, type Area } from '../../areas/area';
import type { Observation } from '../../observations/observation';
import type { Status } from '../../observations/status';
import type { Period } from '../../periods/period';
import { append } from '../../lists/append';
import { quoted } from '../../text/quote';
import { rowsText } from '../../text/rows';
import {
  englandEstimateNote,
  notLookedAfterNote,
  notReceivedNote,
  perChildNote,
  regionSumNote,
  shareNote,
} from '../../text/spending';
import { readCell } from '../cell';
import type { DfeImport, DfeImportContext } from '../dfe/dfe-file';
import { rateOfPopulation } from '../dfe/dfe-population';
import type { ParseResult, Problem, SourceRecord, SourceTable } from '../result';
import { headingKey } from '../sheet-header';
import { outturnYear } from './outturn-sheet';

/*
 * The National Framework's three spending metrics, worked out as DfE's children's social care
 * dashboard works them out from MHCLG's revenue outturn (figures in £ thousand, total expenditure,
 * C3 = employees + running expenses, before income):
 *   - share of all spending on children's services (its "CS Share"): RSX's Children Social Care
 *     over its Total Service Expenditure;
 *   - spending per child (its "Cost per child"): RSX's Children Social Care over the ONS estimate of
 *     children aged 0 to 17 (the mid-year the financial year starts in, as every rate here uses);
 *   - share of children's services spending not on children looked after (its "Excluding CLA
 *     Share"): RO3's total children's social care less its Children Looked After line, over the total.
 * Councils with children's services (classes UA, MD, LB, SC) and England are read; a region is the
 * sum of its councils' returns, as the dashboard sums them.
 */

/** Who publishes the revenue outturn: the Ministry of Housing, Communities and Local Government. */
export const OUTTURN_PUBLISHER = 'MHCLG';

/** The catalogue measures the sheets give (data/measures.csv). */
export const SPENDING_MEASURE = {
  share: 'csc_spend_share',
  perChild: 'csc_spend_per_child',
  notLookedAfter: 'csc_spend_not_cla_share',
} as const;

/** The columns each figure is worked out from, as the sheets head them (before headingKey). */
export const SPENDING_COLUMN = {
  children: 'Children Social Care - Total Expenditure (C3 = C1 + C2)',
  allServices: 'Total Service Expenditure - Total Expenditure (C3 = C1 + C2)',
  childrenTotal: 'TOTAL CHILDREN SOCIAL CARE - Total Expenditure (C3 = C1 + C2)',
  lookedAfter: "Children's social care - Children Looked After - Total Expenditure (C3 = C1 + C2)",
} as const;

type Part = keyof typeof SPENDING_COLUMN;
type Amounts = Partial<Record<Part, number>>;

/** What each measure divides: the part spent over the whole, in the sheet's columns. */
interface Rule {
  measureId: string;
  part: Part;
  whole: Part | 'children_0_17';
  /** Share of the whole not spent on the part (the RO3 rule), rather than of the part. */
  remainder: boolean;
}

const RULES: readonly Rule[] = [
  { measureId: SPENDING_MEASURE.share, part: 'children', whole: 'allServices', remainder: false },
  { measureId: SPENDING_MEASURE.perChild, part: 'children', whole: 'children_0_17', remainder: false },
  { measureId: SPENDING_MEASURE.notLookedAfter, part: 'lookedAfter', whole: 'childrenTotal', remainder: true },
];

/** Classes of authority with children's services; Eng is England's row. */
const COUNCIL_CLASSES = new Set(['UA', 'MD', 'LB', 'SC']);

/** What the sheets' other classes are, for the count of rows skipped. */
const CLASS_WORDS: Readonly<Record<string, string>> = {
  SD: 'shire districts (class SD, councils without children’s services)',
  O: 'other authorities (class O: police, fire, national parks, combined and waste authorities and the GLA)',
};
const SECOND_TABLE = 'the sheet’s totals by class of authority (its second table, and the hidden row under it)';

// MHCLG brackets its symbols: [x] is "data not received in time for publication", [z] "not collected".
const unbracketed = (text: string) => text.trim().replace(/^\[(\w+)\]$/, '$1');

const columnKey = (name: string) => headingKey(name.replace(/\s*\[note \d+\]/gi, ''));

/** The sheet's column a measure's figure is worked out from (the part spent), for warnings about it. */
export function outturnValueColumn(table: SourceTable): (measureId: string) => string | undefined {
  const column = new Map(table.header.map((name) => [columnKey(name), name]));
  return (measureId) => {
    const rule = RULES.find((each) => each.measureId === measureId);
    return rule ? column.get(columnKey(SPENDING_COLUMN[rule.part])) : undefined;
  };
}

interface CouncilAmounts {
  area: Area;
  amounts: Amounts;
  row: number;
}

/**
 * Reads an outturn sheet (outturn-sheet.ts) into the spending measures its columns allow: RSX gives
 * the share and the spending per child, RO3 the share not on children looked after. Every row is
 * counted once: used, skipped (its class, or the second table) or rejected with a problem.
 */
export function readOutturnSpending(table: SourceTable, context: DfeImportContext): ParseResult<DfeImport> {
  const problems: Problem[] = [];
  const result: DfeImport = { observations: [], skipped: [], unmatchedRows: 0, usedRows: 0, rejectedRows: 0 };
  const column = new Map(table.header.map((name) => [columnKey(name), name]));
  const nameOf = (part: Part) => column.get(columnKey(SPENDING_COLUMN[part]));
  const rules = RULES.filter((rule) => usable(rule, table, context, nameOf, problems));
  const period = outturnYear(table);
  if (!period) {
    problems.push({
      severity: 'error',
      rule: 'invalid_period',
      row: 1,
      message: `${table.fileName}: neither the sheet's title nor its file name says which financial year it is for (such as "Revenue Outturn (RO) 2024-25" or RO3_LA_Data_202425.csv). Save the sheet with its title rows, as MHCLG publishes it.`,
    });
    return { value: result, problems };
  }
  if (rules.length === 0) {
    problems.push({
      severity: 'warning',
      rule: 'no_dfe_mapping',
      row: 1,
      message: `${table.fileName}: the sheet has none of the columns the spending measures are worked out from (${Object.values(SPENDING_COLUMN).map(quoted).join(', ')}), so none of its ${table.records.length} rows gives a figure. Choose MHCLG's RSX or RO3 data sheet.`,
    });
  }

  const skipped = new Map<string, number>();
  const skip = (level: string) => skipped.set(level, (skipped.get(level) ?? 0) + 1);
  const unknown: number[] = [];
  const councils: CouncilAmounts[] = [];
  // Councils MHCLG marks M: their return was not received, and England's total includes its estimate of them.
  const estimated: string[] = [];
  let inSecondTable = false;
  for (const record of table.records) {
    const cells = record.cells;
    const classCell = (cells[column.get('class') ?? ''] ?? '').trim();
    const code = (cells[column.get('ons code') ?? ''] ?? '').trim();
    inSecondTable ||= headingKey(cells[column.get('e-code') ?? ''] ?? '') === 'e-code';
    if (inSecondTable) {
      skip(SECOND_TABLE);
      continue;
    }
    if (classCell !== 'Eng' && !COUNCIL_CLASSES.has(classCell)) {
      skip(CLASS_WORDS[classCell] ?? `authorities of class ${quoted(classCell)}`);
      continue;
    }
    const area = classCell === 'Eng' ? context.areas.england() : context.areas.findLocalAuthority(code)?.area;
    if (!area) {
      unknown.push(record.row);
      result.rejectedRows += 1;
      continue;
    }
    const amounts = readAmounts(table, record, rules, nameOf, problems);
    if (classCell !== 'Eng' && unbracketed(cells[column.get('notes') ?? ''] ?? '') === 'M') estimated.push(area.name);
    const target: Target = { areaCode: area.code, areas: [area], row: record.row, note: '' };
    const gave = rules.flatMap((rule) => {
      const observation = figureOf(rule, amounts, target, period, context, table, problems);
      return observation ? [observation] : [];
    });
    append(result.observations, gave);
    if (gave.length > 0) result.usedRows += 1;
    else result.rejectedRows += 1;
    if (area.type === 'local_authority') councils.push({ area, amounts, row: record.row });
  }
  if (unknown.length > 0) {
    problems.push({
      severity: 'warning',
      rule: 'unknown_local_authority',
      row: unknown[0] ?? 1,
      column: column.get('ons code') ?? 'ONS Code',
      message: `${table.fileName} ${rowsText(unknown, 5)}, column ${column.get('ons code') ?? 'ONS Code'}: the code is not a local authority in areas.csv. Its figures are left out.`,
    });
  }
  const englandNote = englandEstimateNote(estimated);
  if (englandNote !== '') {
    result.observations = result.observations.map((observation) =>
      observation.areaCode === ENGLAND_CODE
        ? { ...observation, note: `${englandNote} ${observation.note}` }
        : observation,
    );
  }
  append(result.observations, regionalFigures(table, rules, councils, period, context, problems));
  result.skipped = [...skipped].map(([level, rows]) => ({ level, rows }));
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { value: result, problems };
}

/** Whether the sheet has a rule's columns, the catalogue its measure and, for spending per child, the population. */
function usable(
  rule: Rule,
  table: SourceTable,
  context: DfeImportContext,
  nameOf: (part: Part) => string | undefined,
  problems: Problem[],
): boolean {
  if (nameOf(rule.part) === undefined || (rule.whole !== 'children_0_17' && nameOf(rule.whole) === undefined))
    return false;
  if (!context.measures.has(rule.measureId)) {
    problems.push({
      severity: 'error',
      rule: 'unknown_measure',
      message: `${table.fileName}: ${quoted(rule.measureId)} is not a measure in the catalogue (data/measures.csv), so the sheet cannot give it. Add the measure to the catalogue.`,
    });
    return false;
  }
  if (rule.whole === 'children_0_17' && !context.population) {
    problems.push({
      severity: 'error',
      rule: 'missing_population',
      message: `${table.fileName}: spending per child divides by the population of children aged 0 to 17, but no population table was given. Put population-0-17.csv in the data folder and read the file again.`,
    });
    return false;
  }
  return true;
}

/** The row's amounts (£ thousand) in the columns its rules read; a symbol or a fault leaves the part out. */
function readAmounts(
  table: SourceTable,
  record: SourceRecord,
  rules: readonly Rule[],
  nameOf: (part: Part) => string | undefined,
  problems: Problem[],
): Amounts & { status?: Status } {
  const amounts: Amounts & { status?: Status } = {};
  const parts = new Set(
    rules.flatMap((rule) => (rule.whole === 'children_0_17' ? [rule.part] : [rule.part, rule.whole])),
  );
  for (const part of parts) {
    const name = nameOf(part) ?? '';
    const reading = readCell(unbracketed(record.cells[name] ?? ''));
    if (reading.kind === 'number') amounts[part] = reading.value;
    else if (reading.kind === 'status') amounts.status = reading.status;
    else {
      problems.push({
        severity: reading.kind === 'blank' ? 'warning' : 'error',
        rule: reading.kind === 'blank' ? 'missing_value' : 'invalid_value',
        row: record.row,
        column: name,
        message: `${table.fileName} row ${record.row}, column ${name}: ${reading.kind === 'blank' ? 'the cell is blank' : reading.reason}. An outturn figure is an amount in £ thousand (1,234) or MHCLG's [x]; the row's figures are left out rather than guessed.`,
      });
    }
  }
  return amounts;
}

/** Who a figure is for: a council or England (its own row), or a region (its councils' rows added). */
interface Target {
  areaCode: string;
  /** The councils whose children are counted for spending per child: the area itself, or the region's. */
  areas: readonly Area[];
  row: number;
  note: string;
}

/** One measure's figure for an area from its amounts, or null (with a problem) when none can be worked out. */
function figureOf(
  rule: Rule,
  amounts: Amounts & { status?: Status },
  target: Target,
  period: Period,
  context: DfeImportContext,
  table: SourceTable,
  problems: Problem[],
): Observation | null {
  const part = amounts[rule.part];
  const whole = rule.whole === 'children_0_17' ? undefined : amounts[rule.whole];
  const observation = (value: number | null, status: Status, note: string): Observation => ({
    measureId: rule.measureId,
    areaCode: target.areaCode,
    period,
    value,
    // The amounts are money, not counts of children: they are in the note, never numerator and denominator.
    numerator: null,
    denominator: null,
    status,
    note: [target.note, note].filter((text) => text !== '').join(' '),
    source: { file: table.fileName, row: target.row, publisher: OUTTURN_PUBLISHER },
  });
  if (part === undefined || (rule.whole !== 'children_0_17' && whole === undefined)) {
    return amounts.status ? observation(null, amounts.status, notReceivedNote(amounts.status)) : null;
  }
  if (rule.whole === 'children_0_17') {
    // £ thousand over children, so 1,000 per thousand makes pounds per child.
    const rate = rateOfPopulation(part, 1000, target.areas, period, context.population ?? { byArea: new Map() });
    if (!rate) {
      problems.push({
        severity: 'warning',
        rule: 'missing_population',
        row: target.row,
        message: `${table.fileName} row ${target.row}: the population table (population-0-17.csv) has no estimate of children aged 0 to 17 in ${target.areas.map((area) => area.name).join(' and ')} for ${period.label}, so spending per child is left out. Rebuild the table from the ONS file that has it.`,
      });
      return null;
    }
    return observation(rate.figure.value, 'final', perChildNote(part, rate.denominator, rate.figure.note));
  }
  if (whole === undefined || whole <= 0) {
    problems.push({
      severity: 'warning',
      rule: 'invalid_value',
      row: target.row,
      column: SPENDING_COLUMN[rule.whole],
      message: `${table.fileName} row ${target.row}: the total it is a share of is ${whole ?? 'missing'}, so no share can be worked out. Check the row against MHCLG's published sheet.`,
    });
    return null;
  }
  const spent = rule.remainder ? whole - part : part;
  const value = Number(((spent / whole) * 100).toPrecision(12));
  const note = rule.remainder ? notLookedAfterNote(spent, whole) : shareNote(spent, whole);
  return observation(value, 'final', note);
}

/**
 * Each region's figures as the sum of its councils' returns (the dashboard's rule), of the councils
 * of the period that gave their amounts; a council whose return is missing is named in the note.
 */
function regionalFigures(
  table: SourceTable,
  rules: readonly Rule[],
  councils: readonly CouncilAmounts[],
  period: Period,
  context: DfeImportContext,
  problems: Problem[],
): Observation[] {
  const regions = context.areas.areas.filter((area) => area.type === 'region');
  const ofPeriod = context.areas.localAuthoritiesOn(period.end);
  return regions.flatMap((region) =>
    rules.flatMap((rule) => {
      const parts: Part[] = rule.whole === 'children_0_17' ? [rule.part] : [rule.part, rule.whole];
      const members = ofPeriod.filter((area) => area.regionCode === region.code);
      const given = councils.filter(
        (council) =>
          council.area.regionCode === region.code && parts.every((part) => council.amounts[part] !== undefined),
      );
      if (given.length === 0) return [];
      const missing = members.filter((member) => !given.some((council) => council.area.code === member.code));
      const sum: Amounts = {};
      for (const part of parts) sum[part] = given.reduce((total, council) => total + (council.amounts[part] ?? 0), 0);
      const target: Target = {
        areaCode: region.code,
        areas: given.map((council) => council.area),
        // A region has no row of its own: its figure is traced to the first of its councils' rows.
        row: given[0]?.row ?? 1,
        note: regionSumNote(given.length, missing),
      };
      const found = figureOf(rule, sum, target, period, context, table, problems);
      return found ? [found] : [];
    }),
  );
}
