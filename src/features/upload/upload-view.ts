import type { BreakdownChangeCounts } from '../../domain/breakdowns/breakdown-diff';
import type { OpenDataRowCounts } from '../../domain/readers/read-import';
import { countOf, plural } from '../../domain/text/plural';
import type { UploadPreview } from '../../shared/preview/preview-model';

/** What the file is, in words: "hartlepool.csv, a scorecard-layout file for Hartlepool". */
export function describeUpload(preview: Pick<UploadPreview, 'fileName' | 'layout' | 'localAuthority'>): string {
  if (preview.layout === 'observations') return `${preview.fileName}, an observations file`;
  if (preview.layout === 'dfe_open_data') return `${preview.fileName}, a DfE open-data file`;
  if (preview.layout === 'breakdowns') return `${preview.fileName}, a breakdowns file`;
  if (preview.layout === 'breakdown_table')
    return `${preview.fileName}, a printed breakdown table${preview.localAuthority ? ` for ${preview.localAuthority.name}` : ''}`;
  return `${preview.fileName}, a scorecard-layout file${preview.localAuthority ? ` for ${preview.localAuthority.name}` : ''}`;
}

/** The preview's counts as one plain sentence. */
export function describeChanges(counts: UploadPreview['counts'], kept = 0): string {
  const inFile = counts.added + counts.changed + counts.unchanged + kept;
  const parts = [
    countOf(counts.added, 'new figure', 'new figures', 'no new figures'),
    countOf(counts.changed, 'changed figure', 'changed figures', 'no changed figures'),
    `${countOf(counts.unchanged, 'figure that is', 'figures that are', 'no figures that are')} already held exactly as they are`,
    ...(kept > 0
      ? [`${countOf(kept, 'DfE figure', 'DfE figures')} not used because the council's own figure is held`]
      : []),
  ];
  return (
    `The file gives ${countOf(inFile, 'figure')}: ${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}. ` +
    `Saving adds the new figures and replaces the changed ones; every other figure is kept. The new version will hold ${countOf(counts.total, 'figure')}.`
  );
}

/**
 * What became of every row of a DfE file, as short sentences: every row is in exactly one count,
 * so the officer can see that none was dropped without being counted.
 */
export function describeOpenDataRows(rows: OpenDataRowCounts): string[] {
  const lines = [
    `The file has ${countOf(rows.rows, 'row')}. ${countOf(rows.usedRows, 'row gives', 'rows give', 'No rows give')} figures for the scorecard's measures.`,
  ];
  if (rows.unmatchedRows > 0) {
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

/** The breakdown figures' counts, as terms beside the figures' own; none when the file gives no breakdowns. */
export function breakdownTerms(changes: BreakdownChangeCounts | null): { term: string; count: number }[] {
  if (!changes) return [];
  return [
    { term: 'New breakdown figures', count: changes.added },
    { term: 'Changed breakdown figures', count: changes.changed },
    { term: 'Unchanged breakdown figures', count: changes.unchanged },
  ];
}
