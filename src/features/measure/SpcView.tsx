import { useMemo } from 'react';
import type { Area } from '../../domain/areas/area';
import type { Measure } from '../../domain/catalogue/measure';
import type { ObservationIndex } from '../../domain/observations/series';
import type { Period } from '../../domain/periods/period';
import { periodLabel } from '../../domain/periods/period-label';
import { ASSURANCE_WORDS, VARIATION_WORDS } from '../../domain/text/spc';
import { noAssuranceText } from '../../domain/text/spc-sentence';
import { useSelectionStore } from '../../shared/selection-store';
import { SpcChartSvg } from '../../shared/spc/SpcChartSvg';
import { AssuranceIcon, VariationIcon } from '../../shared/spc/SpcIcons';
import { SpcLegend } from '../../shared/spc/SpcLegend';
import { spcView, withRebase, withoutRebase } from './spc-view';
import { SpcRebase } from './SpcRebase';
import { SpcTable } from './SpcTable';

interface SpcViewProps {
  index: ObservationIndex;
  measure: Measure;
  home: Area;
  period: Period;
}

/**
 * The measure page's SPC view: the variation and assurance icons with their words, the sentence,
 * the chart with its key, the rebase choice and the table of every point, or why there is no chart.
 */
export function SpcView({ index, measure, home, period }: SpcViewProps) {
  const rebase = useSelectionStore((state) => state.rebase);
  const select = useSelectionStore((state) => state.select);
  // Keyed on the labels as text: the store gives a new array for the same labels on every address change.
  const rebaseKey = rebase.join(',');
  const result = useMemo(
    () =>
      spcView({
        index,
        measure,
        areaCode: home.code,
        areaName: home.name,
        at: period,
        rebase: rebaseKey.split(',').filter(Boolean),
      }),
    [index, measure, home, period, rebaseKey],
  );

  return (
    <section className="spc-view" aria-labelledby="spc-heading">
      <h2 id="spc-heading">Statistical process control (SPC) chart</h2>
      <p className="spc-intro">
        An SPC chart tells a real change in the figures from the ups and downs they show by chance. Figures between the
        dashed process limits are the usual range; a point outside them, or a run of points on one side of the mean, is
        a sign of a real change (special cause).
      </p>
      {!result.ok ? (
        <p className="notice">{result.text}</p>
      ) : (
        <>
          <div className="spc-icons">
            {result.view.chart.variation ? (
              <div className="spc-icon-entry">
                <VariationIcon variation={result.view.chart.variation} size={64} />
                <div>
                  <p className="spc-icon-label">{VARIATION_WORDS[result.view.chart.variation].label}</p>
                  <p>{VARIATION_WORDS[result.view.chart.variation].meaning}</p>
                </div>
              </div>
            ) : null}
            <div className="spc-icon-entry">
              {result.view.chart.assurance ? (
                <>
                  <AssuranceIcon assurance={result.view.chart.assurance} size={64} />
                  <div>
                    <p className="spc-icon-label">{ASSURANCE_WORDS[result.view.chart.assurance].label}</p>
                    <p>{ASSURANCE_WORDS[result.view.chart.assurance].meaning}</p>
                  </div>
                </>
              ) : (
                <p>{noAssuranceText(measure, result.view.chart.target)}</p>
              )}
            </div>
          </div>
          <p className="spc-sentence">{result.view.sentence}</p>
          {result.view.warnings.length > 0 ? (
            <ul className="spc-warnings">
              {result.view.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          ) : null}
          <figure className="spc-figure" aria-labelledby="spc-caption">
            <figcaption id="spc-caption">
              <strong>
                {measure.title}: {home.name}
              </strong>
              , {result.view.adjective} figures, {result.view.span}.
              <span className="figure-source"> Source: {measure.source}.</span>
            </figcaption>
            <SpcChartSvg
              chart={result.view.chart}
              periods={result.view.series.periods}
              measure={measure}
              label={`SPC chart. ${result.view.sentence} Every point is listed in the table below the chart.`}
              size="page"
            />
            <SpcLegend
              direction={result.view.direction}
              hasTarget={result.view.chart.target !== null}
              rebased={result.view.rebases.length > 0}
              unit={result.view.unit}
            />
          </figure>
          <SpcRebase
            unit={result.view.unit}
            rebases={result.view.rebases}
            choices={result.view.choices}
            onAdd={(label) => select({ rebase: withRebase(result.view, label).map(periodLabel) })}
            onRemove={(label) => select({ rebase: withoutRebase(result.view, label).map(periodLabel) })}
          />
          <SpcTable
            rows={result.view.rows}
            caption={`${measure.title}: ${home.name}, each ${result.view.unit} on the SPC chart`}
          />
        </>
      )}
    </section>
  );
}
