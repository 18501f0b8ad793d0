import { useId } from 'react';
import type { BreakdownSlide } from '../../domain/slides/breakdown-slide';
import { slideHeading } from '../../domain/slides/slides';
import { BreakdownChart } from '../../shared/breakdown/BreakdownChart';

/** A breakdown's slide: what changed, the bars as on the breakdown page, and the table of every figure beside them. */
export function BreakdownSlideView({ slide, headingId }: { slide: BreakdownSlide; headingId: string }) {
  const captionId = useId();
  return (
    <>
      <h1 id={headingId} tabIndex={-1}>
        {slideHeading(slide)}
      </h1>
      <p className="slide-sentence">{slide.summary}</p>
      <div className="slide-breakdown-body">
        <figure className="slide-breakdown-chart">
          <figcaption id={captionId} className="visually-hidden">
            {slide.title}: the percentage in each category at each snapshot, oldest bar first. The table gives every
            figure.
          </figcaption>
          <BreakdownChart table={slide.table} describedBy={captionId} />
        </figure>
        <table className="slide-table slide-breakdown-table">
          <caption className="visually-hidden">
            {slide.title}, {slide.areaName}: every figure
          </caption>
          <thead>
            <tr>
              {slide.headings.map((heading, index) => (
                <th scope="col" key={heading + String(index)}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {slide.rows.map((row) => (
              <tr key={row.label} className={row.partOf ? 'part-of-row' : undefined}>
                <th scope="row">{row.label}</th>
                {row.cells.map((text, index) => (
                  <td key={slide.headings[index + 1] ?? String(index)}>{text}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="slide-note">{slide.source}</p>
    </>
  );
}
