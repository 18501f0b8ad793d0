import { Link } from 'wouter';
import type { Dataset } from '../../domain/dataset/dataset';
import { neighbourMinimumText, similarRuleText } from '../../domain/text/ratings';
import { GlossaryLink } from '../../shared/Abbreviated';
import { useOpenOnFirstVisit } from '../../shared/use-first-visit';
import type { scorecardSources } from './scorecard-view';

/** "How to read this scorecard": open on a first visit, then as the reader left it; each term links to the glossary. */
export function Legend() {
  const { open, onToggle } = useOpenOnFirstVisit('scorecard-legend');
  return (
    <details className="legend" open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
      <summary>How to read this scorecard</summary>
      <ul>
        <li>
          <strong>
            <GlossaryLink id="rating">Better, Similar, Worse</GlossaryLink>
          </strong>{' '}
          compare the latest figure with England, the region and the{' '}
          <GlossaryLink id="statistical-neighbours">statistical neighbours</GlossaryLink> (the 10 councils most like
          this one). &ldquo;Similar&rdquo; means {similarRuleText()}. A small group of children gives a wide range: for
          example, &ldquo;Similar: 12% of 77 care leavers is within the range chance alone would give around
          England&rsquo;s 9%&rdquo;, because one or two young people more or fewer move the figure by more than a point.
          Pointing at a rating, or a screen reader, gives the reason for it; the measure&rsquo;s own page lists them.
          Measures with no good or bad direction, such as the rate of children in care, are{' '}
          <GlossaryLink id="not-rated">not rated</GlossaryLink>. {neighbourMinimumText()}
        </li>
        <li>
          <strong>
            <GlossaryLink id="direction-of-travel">Direction of travel</GlossaryLink>
          </strong>{' '}
          compares the latest figure with the one before it of the same kind (quarter with quarter, year with year). The
          arrow shows whether the figure went up or down; the word says whether that is an improvement. A figure for the
          year so far (&ldquo;year to date&rdquo;) only grows through the year, so it is compared with the same quarter
          a year before, and a part-year figure is not rated against a whole year.
        </li>
        <li>
          Numbers in brackets are the children or young people behind a percentage or rate. A dash means there is no
          figure: it is never zero. A <GlossaryLink id="provisional">provisional</GlossaryLink> figure may still change.
        </li>
        <li>A comparator&rsquo;s period is shown in brackets when it is not the same as ours.</li>
        <li>
          Figures marked <strong>DfE</strong> come from the Department for Education&rsquo;s open data; unmarked figures
          are the council&rsquo;s own. Where both give a figure for the same measure and period, a final figure is shown
          over a provisional one, and otherwise the council&rsquo;s own; the measure&rsquo;s page shows the provisional
          figure a final one replaced.
        </li>
        <li>
          Where other councils&rsquo; figures are loaded, a <GlossaryLink id="rank">rank</GlossaryLink> of 1 is the best
          of the councils with a figure that year, and the band A to D is the quarter of those councils the figure falls
          in (A the best), as in the Department for Education&rsquo;s LAIT. A measure with no good or bad direction has
          no rank or band: its place is given from the lowest. A measure with no figure for this council is left off,
          with no other council&rsquo;s comparators.
        </li>
        <li>
          The statistical neighbours&rsquo; figure is the one in the council&rsquo;s own scorecard where there is one;
          otherwise it is worked out from the neighbours&rsquo; own figures (the mean or the median, as chosen above),
          and the cell says how many of the 10 had a figure.
        </li>
        <li>
          Words you do not know are explained in the <Link href="/glossary">glossary</Link>; where the figures come from
          and how each rating is worked out is on <Link href="/about">About the data</Link>.
        </li>
      </ul>
    </details>
  );
}

/** Where the figures came from; the data folder's own description is given only when its files are among them. */
export function SourcesNote({
  sources,
  manifest,
}: {
  sources: ReturnType<typeof scorecardSources>;
  manifest: Dataset['manifest'];
}) {
  const councilSource =
    manifest.source && sources.councilFiles.some((file) => manifest.observations.includes(file)) ? manifest.source : '';
  return (
    <div className="source">
      <p>Sources:</p>
      <ul>
        {sources.councilFiles.length > 0 ? (
          <li>
            the council&rsquo;s own figures{councilSource ? `: ${councilSource}` : ''} (
            {sources.councilFiles.join(', ')});
          </li>
        ) : null}
        {sources.openDataFiles.map(({ publisher, file }) => (
          <li key={file}>
            {publisher} open data: {file};
          </li>
        ))}
        {sources.neighbourModels.map((label) => (
          <li key={label}>
            statistical neighbours worked out with the DfE&rsquo;s {label} statistical-neighbour model.
          </li>
        ))}
      </ul>
      <p>
        <Link href="/about">About the data</Link>: its sources and dates, and how ratings, directions and ranks are
        worked out.
      </p>
    </div>
  );
}
