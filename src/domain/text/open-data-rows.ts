/*
 * What became of every row of a DfE open-data file, in the same sentences on the upload page's
 * preview and on the command line, so both account for the same rows in the same words.
 */
import type { OpenDataRowCounts } from '../readers/read-import';
import { countOf, plural } from './plural';

/**
 * What became of every row of a DfE file, as short sentences: every row is in exactly one count,
 * so the officer can see that none was dropped without being counted.
 */
export function describeOpenDataRows(rows: OpenDataRowCounts): string[] {
  const lines = [
    `The file has ${countOf(rows.rows, 'row')}. ${countOf(rows.usedRows, 'row gives', 'rows give', 'No rows give')} figures for the scorecard's measures.`,
  ];
  if (rows.noMapping && rows.unmatchedRows > 0) {
    lines.push(
      `No line of the measure map applies to this file, so ${plural(rows.unmatchedRows, 'its row is', `its ${countOf(rows.unmatchedRows, 'row is', 'rows are')}`)} not read: the warning below says why.`,
    );
  } else if (rows.unmatchedRows > 0) {
    lines.push(
      `${countOf(rows.unmatchedRows, 'row is a breakdown', 'rows are breakdowns')} the measure catalogue has no measure for (for example a single age group or reason), so ${plural(rows.unmatchedRows, 'it is', 'they are')} not read.`,
    );
  }
  if (rows.breakdownFigures > 0) {
    lines.push(
      `The breakdown map reads ${countOf(rows.breakdownFigures, 'breakdown figure')} from its rows (a category of a breakdown, such as one reason for a placement change), shown on the breakdown pages.`,
    );
  }
  for (const skipped of rows.skipped) {
    lines.push(
      `${countOf(skipped.rows, 'row is', 'rows are')} for ${skipped.level}, which the scorecard does not compare with, so ${plural(skipped.rows, 'it is', 'they are')} skipped.`,
    );
  }
  if (rows.rejectedRows > 0) {
    lines.push(`${countOf(rows.rejectedRows, 'row gives', 'rows give')} no figure because of a problem listed below.`);
  }
  return lines;
}
