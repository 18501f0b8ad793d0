import { useEffect, useMemo } from 'react';
import { Link } from 'wouter';
import { dataSources, newestPeriod } from '../../domain/dataset/data-sources';
import { dateInWords } from '../../domain/text/dates';
import { formatNumber } from '../../domain/text/figures';
import { periodName } from '../../domain/text/periods';
import { neighbourMinimumText, similarRuleText } from '../../domain/text/ratings';
import { statusMeanings } from '../../domain/text/statuses';
import { GlossaryLink } from '../../shared/Abbreviated';
import type { CurrentData } from '../../shared/use-dataset';
import { TableScroll } from '../../shared/TableScroll';

function savedOn(createdAt: string): string {
  const date = new Date(createdAt);
  return Number.isNaN(date.getTime())
    ? 'on an unknown date'
    : `on ${date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`;
}

/**
 * About the data: where the figures on screen come from and how up to date they are (from the data's
 * own dates), what each status means, and how ratings, directions, ranks, bands and the statistical
 * neighbours' figure are worked out.
 */
export default function AboutDataPage({ current }: { current: CurrentData }) {
  const { dataset, version } = current;
  useEffect(() => {
    document.title = 'About the data – Performance scorecard';
  }, []);
  const sources = useMemo(() => dataSources(dataset.observations), [dataset]);
  const home = dataset.areas.find(dataset.manifest.homeArea);
  const newestHome = useMemo(() => (home ? newestPeriod(dataset.observations, home.code) : null), [dataset, home]);
  const newestAny = useMemo(() => newestPeriod(dataset.observations), [dataset]);
  const published = new Set(dataset.manifest.observations);

  return (
    <>
      <h1>About the data</h1>
      <p className="lead">
        Where the figures come from, how up to date they are, and how the scorecard rates and ranks them.
      </p>

      <section aria-labelledby="updated-heading">
        <h2 id="updated-heading">Last updated</h2>
        <ul>
          {newestHome && home ? (
            <li>
              The newest figure for {home.name} is for {periodName(newestHome)}, up to {dateInWords(newestHome.end)}.
            </li>
          ) : null}
          {newestAny && (!newestHome || newestAny.label !== newestHome.label) ? (
            <li>
              The newest figure for any area is for {periodName(newestAny)}, up to {dateInWords(newestAny.end)}.
            </li>
          ) : null}
          <li>
            {version ? (
              <>
                These are the figures of saved version <strong>{version.name}</strong>, saved in this browser{' '}
                {savedOn(version.createdAt)}. <Link href="/history">Saved versions</Link> can show the published figures
                instead.
              </>
            ) : (
              <>
                These are the published figures of the data folder
                {dataset.manifest.source ? `: ${dataset.manifest.source}` : ''}.
              </>
            )}
          </li>
        </ul>
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <TableScroll labelledBy="sources-caption">
          <table className="about-table">
            <caption id="sources-caption">Files the figures on screen come from</caption>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Who gives the figures</th>
                <th scope="col">Figures</th>
                <th scope="col">Areas</th>
                <th scope="col">Periods</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => (
                <tr key={source.file}>
                  <th scope="row">{source.file}</th>
                  <td>
                    {source.publisher
                      ? `${source.publisher === 'DfE' ? 'The Department for Education' : source.publisher} (open data)`
                      : published.has(source.file) && dataset.manifest.source
                        ? `The council’s own figures: ${dataset.manifest.source}`
                        : 'The council’s own figures'}
                  </td>
                  <td>{formatNumber(source.figures, 0)}</td>
                  <td>{formatNumber(source.areas, 0)}</td>
                  <td>
                    {source.first.label === source.last.label
                      ? periodName(source.first)
                      : `${periodName(source.first)} to ${periodName(source.last)}`}
                    , up to {dateInWords(source.last.end)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <p>
          Each measure&rsquo;s own source is on its measure page.{' '}
          {dataset.statNeighbourModels.length > 0
            ? `The statistical neighbours come from the DfE’s statistical-neighbour models of ${dataset.statNeighbourModels.map((model) => model.label).join(' and ')}. `
            : ''}
          Area names and codes come from the DfE&rsquo;s list of local authorities and regions.
        </p>
      </section>

      <section aria-labelledby="statuses-heading">
        <h2 id="statuses-heading">What each status means</h2>
        <dl className="about-statuses">
          {statusMeanings().map((entry) => (
            <div key={entry.status}>
              <dt>{entry.label}</dt>
              <dd>{entry.meaning}</dd>
            </div>
          ))}
        </dl>
        <p>A dash means there is no figure at all. It is never zero.</p>
      </section>

      <section aria-labelledby="worked-out-heading">
        <h2 id="worked-out-heading">How the scorecard works things out</h2>
        <h3>Ratings: Better, Similar, Worse</h3>
        <p>
          The latest figure is compared with England&rsquo;s, the region&rsquo;s and the{' '}
          <GlossaryLink id="statistical-neighbours">statistical neighbours&rsquo;</GlossaryLink> latest figures, each
          rounded as shown. Each measure says whether higher or lower is better. A figure is Similar when it is{' '}
          {similarRuleText()}; otherwise it is Better or Worse. This is how the public-health profiles (Fingertips) rate
          figures: a percentage&rsquo;s range is Wilson&rsquo;s score interval on its numerator and denominator, and a
          rate&rsquo;s is the exact Poisson interval on its count (Byar&rsquo;s method from 10 children up). A measure
          with no good or bad direction, such as the rate of children in care, is not rated, and nor is a number of
          children, carers or adopters, which is not like for like between councils of different sizes.{' '}
          {neighbourMinimumText()}
        </p>
        <h3>Direction of travel</h3>
        <p>
          The latest figure is compared with the one before it of the same kind: a quarter with the quarter before, a
          year with the year before. Improving or Worsening says whether the change is for the better; for a measure
          with no good or bad direction it says Higher or Lower.
        </p>
        <h3>Statistical neighbours&rsquo; figure</h3>
        <p>
          Where the council&rsquo;s own scorecard gives one, that figure is shown. Otherwise it is the mean (average) or
          the median (middle value), as chosen on the scorecard, of the figures of the 10 councils most similar to this
          one in the DfE&rsquo;s model; the cell says how many of the 10 had a figure.
        </p>
        <h3>Ranks and quartile bands</h3>
        <p>
          With figures for other councils (DfE open data), the council is <GlossaryLink id="rank">ranked</GlossaryLink>{' '}
          among the councils of its region and of England that have a figure for the same period, best first (or lowest
          first for a measure with no good or bad direction); councils with the same figure share a place. The councils
          ranked are split into four equal <GlossaryLink id="quartile-band">quarters (quartile bands)</GlossaryLink>,
          from the best quarter (A) to the worst (D).
        </p>
        <p>
          Words you do not know are in the <Link href="/glossary">glossary</Link>.
        </p>
      </section>
    </>
  );
}
