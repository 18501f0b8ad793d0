import type { HomesSlide } from '../../domain/slides/homes-slide';
import { slideHeading } from '../../domain/slides/slides';
import { RECENT_INSPECTION_HEADING } from '../../domain/text/homes';

/** The council's children's homes on a slide: the headline and the counts in words (on the first of the slides) and each home's inspections. */
export function HomesSlideView({ slide, headingId }: { slide: HomesSlide; headingId: string }) {
  return (
    <>
      <h1 id={headingId} tabIndex={-1}>
        {slideHeading(slide)}
      </h1>
      {slide.part === 1 ? (
        <>
          <p className="slide-latest">{slide.headline}</p>
          <p>{slide.byJudgement}</p>
          {slide.interim ? <p>{slide.interim}</p> : null}
          {slide.overAYear ? <p className="slide-note">{slide.overAYear}</p> : null}
        </>
      ) : null}
      <table className="slide-table slide-homes-table">
        <thead>
          <tr>
            <th scope="col">Home</th>
            <th scope="col">Latest full inspection</th>
            {slide.hasInterim ? <th scope="col">Latest interim inspection</th> : null}
            <th scope="col">{RECENT_INSPECTION_HEADING}</th>
          </tr>
        </thead>
        <tbody>
          {slide.rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              <td>{row.full}</td>
              {slide.hasInterim ? <td>{row.interim}</td> : null}
              <td>{row.flagged ? <strong>{row.recent}</strong> : row.recent}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="slide-note">{slide.source}</p>
    </>
  );
}
