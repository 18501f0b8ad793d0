import type { BreakdownChangeCounts } from '../../domain/breakdowns/breakdown-diff';
import { countOf } from '../../domain/text/plural';
import type { UploadPreview } from '../../shared/preview/preview-model';

/** What the file is, in words: "hartlepool.csv, a scorecard-layout file for Hartlepool". */
export function describeUpload(preview: Pick<UploadPreview, 'fileName' | 'layout' | 'localAuthority'>): string {
  if (preview.layout === 'observations') return `${preview.fileName}, an observations file`;
  if (preview.layout === 'dfe_open_data') return `${preview.fileName}, a DfE open-data file`;
  if (preview.layout === 'la_outturn') return `${preview.fileName}, an MHCLG revenue outturn sheet`;
  if (preview.layout === 'breakdowns') return `${preview.fileName}, a breakdowns file`;
  if (preview.layout === 'breakdown_table')
    return `${preview.fileName}, a printed breakdown table${preview.localAuthority ? ` for ${preview.localAuthority.name}` : ''}`;
  if (preview.layout === 'homes')
    return `${preview.fileName}, a table of ${preview.localAuthority ? `${preview.localAuthority.name}’s` : 'the council’s'} children’s homes`;
  return `${preview.fileName}, a scorecard-layout file${preview.localAuthority ? ` for ${preview.localAuthority.name}` : ''}`;
}

/** The preview's counts as one plain sentence. */
export function describeChanges(counts: UploadPreview['counts'], kept = 0): string {
  const inFile = counts.added + counts.changed + counts.unchanged + kept;
  const parts = [
    countOf(counts.added, 'new figure', 'new figures', 'no new figures'),
    countOf(counts.changed, 'changed figure', 'changed figures', 'no changed figures'),
    `${countOf(counts.unchanged, 'figure that is', 'figures that are', 'no figures that are')} already held exactly as they are`,
    ...(kept > 0 ? [`${countOf(kept, 'figure', 'figures')} not used because the figure held takes precedence`] : []),
  ];
  return (
    `The file gives ${countOf(inFile, 'figure')}: ${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}. ` +
    `Saving adds the new figures and replaces the changed ones; every other figure is kept. The new version will hold ${countOf(counts.total, 'figure')}.`
  );
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
