import type { SpcSlide } from '../../domain/slides/spc-slide';
import { SpcChartSvg } from '../../shared/spc/SpcChartSvg';
import { AssuranceIcon, VariationIcon } from '../../shared/spc/SpcIcons';
import { SpcLegend } from '../../shared/spc/SpcLegend';

/** The SPC slide: the icons with their words and the sentence beside the chart and its key. */
export function SpcSlideView({ slide, headingId }: { slide: SpcSlide; headingId: string }) {
  return (
    <>
      <h1 id={headingId} tabIndex={-1}>
        {slide.title}
      </h1>
      <p className="slide-note">{slide.subtitle}</p>
      <div className="slide-spc-body">
        <div className="slide-spc-words">
          {slide.variation ? (
            <div className="slide-spc-icon">
              <VariationIcon variation={slide.variation.variation} size={96} />
              <div>
                <p className="slide-spc-label">{slide.variation.label}</p>
                <p className="slide-note">{slide.variation.meaning}</p>
              </div>
            </div>
          ) : null}
          <div className="slide-spc-icon">
            {slide.assurance ? (
              <>
                <AssuranceIcon assurance={slide.assurance.assurance} size={96} />
                <div>
                  <p className="slide-spc-label">{slide.assurance.label}</p>
                  <p className="slide-note">{slide.assurance.meaning}</p>
                </div>
              </>
            ) : (
              <p className="slide-note">{slide.noAssurance}</p>
            )}
          </div>
          <p className="slide-spc-sentence">{slide.sentence}</p>
          {slide.warnings.map((warning) => (
            <p key={warning} className="slide-note">
              {warning}
            </p>
          ))}
        </div>
        <figure className="slide-chart">
          <SpcChartSvg
            chart={slide.chart}
            periods={slide.periods}
            measure={slide.measure}
            label={`SPC chart. ${slide.sentence}`}
            size="slide"
          />
          <SpcLegend
            direction={slide.direction}
            hasTarget={slide.chart.target !== null}
            rebased={slide.chart.segments.length > 1}
            unit={slide.unit}
          />
        </figure>
      </div>
    </>
  );
}
