import { slideFigureColumns, type BreakdownSlide } from '../../domain/slides/breakdown-slide';
import { slideHeading } from '../../domain/slides/slides';
import { largest } from '../../domain/lists/extent';

/**
 * A breakdown's slide: what changed, then one table of the figures with a bar under each, at the
 * slides' own type size. A chart beside a table of 16 categories had to be drawn at a third of that
 * size to fit the screen, which a projected room cannot read; the bars in the cells keep the shape.
 */
export function BreakdownSlideView({ slide, headingId }: { slide: BreakdownSlide; headingId: string }) {
  const columns = slideFigureColumns(slide);
  // One scale for every bar, so bars compare across columns; at least 10% so a small mix is not stretched.
  const scale = largest(
    slide.rows.flatMap((row) => columns.map((column) => row.percents[column] ?? 0)),
    10,
  );
  const everyColumn = columns.length === slide.headings.length - 1;
  return (
    <>
      <h1 id={headingId} tabIndex={-1}>
        {slideHeading(slide)}
      </h1>
      <p className="slide-sentence">{slide.summary}</p>
      <table className="slide-table slide-breakdown-table">
        <caption className={everyColumn ? 'visually-hidden' : 'slide-breakdown-caption'}>
          {everyColumn
            ? `${slide.title}, ${slide.areaName}: every figure, with a bar for each percentage`
            : `The two snapshots compared and the comparators; the breakdown page has every snapshot.`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{slide.headings[0]}</th>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {slide.headings[column + 1]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {slide.rows.map((row) => (
            <tr key={row.label} className={row.partOf ? 'part-of-row' : undefined}>
              <th scope="row">{row.label}</th>
              {columns.map((column) => {
                const percent = row.percents[column] ?? null;
                return (
                  <td key={column}>
                    <span className="slide-breakdown-figure">{row.cells[column]}</span>
                    {percent === null ? null : (
                      <svg
                        className="slide-breakdown-bar"
                        viewBox="0 0 100 10"
                        preserveAspectRatio="none"
                        aria-hidden="true"
                      >
                        <rect width={(percent / scale) * 100} height="10" />
                      </svg>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="slide-note">{slide.source}</p>
    </>
  );
}
