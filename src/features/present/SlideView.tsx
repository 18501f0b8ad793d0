import type { ComparatorKind } from '../../domain/scorecard/scorecard';
import {
  slideHeading,
  type MeasureSlide,
  type QuestionSlide,
  type Slide,
  type SlideComparator,
  type TitleSlide,
} from '../../domain/slides/slides';
import { RatingBadge } from '../../shared/RatingBadge';
import { SpcSlideView } from './SpcSlideView';
import { HomesSlideView } from './HomesSlideView';
import { BreakdownSlideView } from './BreakdownSlideView';
import { TrendSvg } from './TrendSvg';

function ComparatorFigure({ comparator }: { comparator: SlideComparator }) {
  return (
    <>
      <span className="slide-figure">{comparator.figure}</span>
      {comparator.periodNote ? <span className="slide-note"> ({comparator.periodNote})</span> : null}{' '}
      <RatingBadge rating={comparator.rating} />
    </>
  );
}

function TitleView({ slide, headingId }: { slide: TitleSlide; headingId: string }) {
  return (
    <div className="slide-title-page">
      <h1 id={headingId} tabIndex={-1}>
        {slide.title}
      </h1>
      <p className="slide-subtitle">{slide.areaName}</p>
      <p className="slide-subtitle">Performance update: {slide.periodLabel}</p>
    </div>
  );
}

function QuestionView({ slide, headingId }: { slide: QuestionSlide; headingId: string }) {
  const kinds: ComparatorKind[] = [
    ...new Set(slide.rows.flatMap((row) => row.comparators.map((comparator) => comparator.kind))),
  ];
  const names = new Map(
    slide.rows.flatMap((row) => row.comparators.map((comparator) => [comparator.kind, comparator.name] as const)),
  );
  return (
    <>
      <h1 id={headingId} tabIndex={-1}>
        {slideHeading(slide)}
      </h1>
      {slide.note && slide.part === 1 ? <p className="slide-note">{slide.note}</p> : null}
      {slide.rows.length === 0 ? (
        <p>There are no figures for this key question.</p>
      ) : (
        <table className="slide-table">
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Latest</th>
              {kinds.map((kind) => (
                <th scope="col" key={kind}>
                  {names.get(kind)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {slide.rows.map((row) => (
              <tr key={row.measureId}>
                <th scope="row">{row.title}</th>
                <td>
                  <span className="slide-figure">{row.latest}</span>
                  {row.period ? <span className="slide-note"> {row.period}</span> : null}
                </td>
                {kinds.map((kind) => {
                  const comparator = row.comparators.find((candidate) => candidate.kind === kind);
                  return <td key={kind}>{comparator ? <ComparatorFigure comparator={comparator} /> : 'No figure'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function MeasureView({ slide, headingId }: { slide: MeasureSlide; headingId: string }) {
  return (
    <>
      <h1 id={headingId} tabIndex={-1}>
        {slide.title}
      </h1>
      <div className="slide-measure-body">
        <div className="slide-measure-figures">
          <p className="slide-latest">
            <span className="slide-latest-figure">{slide.latest}</span>
            {slide.period ? <span className="slide-note"> {slide.period}</span> : null}
          </p>
          <p>{slide.direction}</p>
          <dl className="slide-comparators">
            {slide.comparators.map((comparator) => (
              <div key={comparator.kind}>
                <dt>{comparator.name}</dt>
                <dd>
                  <ComparatorFigure comparator={comparator} />
                </dd>
              </div>
            ))}
          </dl>
          <p className="slide-summary">{slide.summary}</p>
        </div>
        <TrendSvg slide={slide} />
      </div>
      <section className="slide-commentary" aria-label="What the data tells us">
        <h2>What the data tells us</h2>
        <p>{slide.commentary || 'No commentary has been written for this period.'}</p>
      </section>
    </>
  );
}

export function SlideView({ slide, headingId }: { slide: Slide; headingId: string }) {
  switch (slide.kind) {
    case 'title':
      return <TitleView slide={slide} headingId={headingId} />;
    case 'question':
      return <QuestionView slide={slide} headingId={headingId} />;
    case 'measure':
      return <MeasureView slide={slide} headingId={headingId} />;
    case 'spc':
      return <SpcSlideView slide={slide} headingId={headingId} />;
    case 'homes':
      return <HomesSlideView slide={slide} headingId={headingId} />;
    case 'breakdown':
      return <BreakdownSlideView slide={slide} headingId={headingId} />;
  }
}
