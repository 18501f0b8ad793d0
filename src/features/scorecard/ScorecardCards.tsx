import type { ReactNode } from 'react';
import { comparatorName } from '../../domain/text/comparators';
import { trendLabel } from '../../domain/text/trend';
import type { Scorecard, ScorecardSection } from '../../domain/scorecard/scorecard';
import { Sparkline } from '../../shared/Sparkline';
import type { Wording } from '../../shared/use-wording';
import { chartLinkOf, ComparatorCell, Direction, LatestFigure, MeasureTitle, RankLines } from './ScorecardCells';
import type { ScorecardEntry } from './ScorecardTable';

interface ScorecardCardsProps {
  scorecard: Scorecard;
  sections: readonly ScorecardSection[];
  wording: Wording;
  /** The breakdown page each chart row opens (measure id → breakdown id). */
  breakdownLinks?: ReadonlyMap<string, string>;
  actions?: (shown: readonly ScorecardEntry[]) => ReactNode;
}

/**
 * The scorecard on a narrow screen: each measure a block of its own, with its latest figure, its
 * direction and each comparator's figure and rating one under another, so nothing is off to the
 * side of a phone. The same pieces as the table's cells; the measure page has every period's figure.
 */
export function ScorecardCards({ scorecard, sections, wording, breakdownLinks, actions }: ScorecardCardsProps) {
  const entries = sections.flatMap((section) =>
    section.rows.map((row): ScorecardEntry => ({ ...row, keyQuestionId: section.keyQuestion.id })),
  );
  return (
    <>
      {actions?.(entries)}
      <h2 className="scorecard-cards-heading">Performance scorecard</h2>
      {sections.map((section, index) => {
        const headingId = `card-question-${section.keyQuestion.id}`;
        const opensGroup = section.group !== null && section.group !== sections[index - 1]?.group;
        return (
          <section key={section.keyQuestion.id} aria-labelledby={headingId} className="scorecard-cards">
            {opensGroup ? <p className="scorecard-cards-group">{section.group}</p> : null}
            <h3 id={headingId} className="scorecard-cards-question">
              {wording.say(section.keyQuestion.title)}
            </h3>
            {section.keyQuestion.note ? <p className="question-note">{section.keyQuestion.note}</p> : null}
            <ul className="measure-cards">
              {section.rows.map((row) => (
                <li key={row.measure.id} className="measure-card">
                  <h4 className="measure-card-title">
                    <MeasureTitle row={row} wording={wording} />
                  </h4>
                  <dl className="measure-card-figures">
                    <div>
                      <dt>Latest figure</dt>
                      <dd>
                        <LatestFigure row={row} chart={chartLinkOf(row, breakdownLinks, wording)} />
                      </dd>
                    </div>
                    <div>
                      <dt>Direction of travel</dt>
                      <dd>
                        <Direction row={row} />
                      </dd>
                    </div>
                    <div>
                      <dt>Trend</dt>
                      <dd>
                        <Sparkline
                          values={row.cells.map((observation) => observation?.value ?? null)}
                          label={trendLabel(row, scorecard.columns)}
                        />
                      </dd>
                    </div>
                    {row.comparators.map((comparator) => (
                      <div key={comparator.kind}>
                        <dt>{comparatorName(comparator)}</dt>
                        <dd>
                          <ComparatorCell row={row} comparator={comparator} />
                        </dd>
                      </div>
                    ))}
                    {row.rankings.region?.home || row.rankings.england?.home ? (
                      <div>
                        <dt>Rank among councils</dt>
                        <dd>
                          <RankLines row={row} />
                        </dd>
                      </div>
                    ) : null}
                  </dl>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
