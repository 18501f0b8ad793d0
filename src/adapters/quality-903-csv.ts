import type { QualityReport } from '../domain/ssda903/quality-findings';
import { textCell } from './export';

const COLUMNS = ['rule', 'check', 'validator_codes', 'records', 'table', 'file', 'row', 'column', 'message'];

/**
 * The 903 data-quality report as a CSV for Excel (a byte-order mark, CRLF, cells made safe as in
 * export.ts): one line per finding kept (the first of each rule) and one line for a rule with none,
 * so every check is listed with its number of records. No child identifier is written: the file
 * and row say where to look in the council's own files.
 */
export function qualityReportCsv(report: QualityReport): string {
  const lines = [COLUMNS.join(',')];
  for (const { rule, records, first } of report.results) {
    const lead = [String(rule.number), textCell(rule.title), textCell(rule.codes), String(records)];
    if (first.length === 0) {
      lines.push([...lead, '', '', '', '', ''].join(','));
      continue;
    }
    for (const finding of first) {
      lines.push(
        [
          ...lead,
          textCell(finding.table),
          textCell(finding.file),
          String(finding.row),
          textCell(finding.column ?? ''),
          textCell(finding.message),
        ].join(','),
      );
    }
  }
  return '\uFEFF' + lines.map((line) => `${line}\r\n`).join('');
}
