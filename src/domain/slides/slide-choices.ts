/** The slide picker's words: each slide's name and what it offers, from the scorecard (and the council's homes when held). */
import { hasFigures, type Scorecard } from '../scorecard/scorecard';
import { breakdownSlideId } from './breakdown-slide';
import { HOMES_SLIDE } from './homes-slide';
import { TITLE_SLIDE, measureSlideId, parseSlideId, questionSlideId } from './slides';
import { spcSlideId } from './spc-slide';

/** How the slide picker names a slide: "Title slide", "Key question: …", "Measure: …"; the id itself when unknown. */
export function slideName(id: string, scorecard: Scorecard, breakdowns: readonly BreakdownChoice[] = []): string {
  const ref = parseSlideId(id);
  if (!ref) return id;
  if (ref.kind === 'title') return 'Title slide';
  if (ref.kind === 'homes') return 'Our children’s homes';
  if (ref.kind === 'breakdown')
    return `Breakdown: ${breakdowns.find((each) => each.id === ref.breakdownId)?.title ?? ref.breakdownId}`;
  if (ref.kind === 'question') {
    const section = scorecard.sections.find((candidate) => candidate.keyQuestion.id === ref.keyQuestionId);
    if (!section) return id;
    return `${section.group === null ? 'Key question' : 'Heading'}: ${section.keyQuestion.title}`;
  }
  const row = scorecard.sections
    .flatMap((section) => section.rows)
    .find((candidate) => candidate.measure.id === ref.measureId);
  if (!row) return id;
  return ref.kind === 'spc' ? `SPC chart: ${row.measure.title}` : `Measure: ${row.measure.title}`;
}

/** A breakdown held for the area, as the picker offers it. */
export interface BreakdownChoice {
  id: string;
  title: string;
}

export const BREAKDOWNS_GROUP = 'Breakdowns';

/**
 * What the picker offers: the title, then each key question with figures followed by its measures
 * with figures, the council's homes when held, and each breakdown held for the area.
 */
export function slideChoices(
  scorecard: Scorecard,
  hasHomes = false,
  breakdowns: readonly BreakdownChoice[] = [],
): { id: string; name: string; group: string }[] {
  return [
    { id: TITLE_SLIDE, name: 'Title slide', group: '' },
    ...scorecard.sections
      .filter((section) => section.rows.some(hasFigures))
      .flatMap((section) => [
        {
          id: questionSlideId(section.keyQuestion.id),
          name: 'The key question’s measures and ratings',
          group: section.keyQuestion.title,
        },
        ...section.rows.filter(hasFigures).flatMap((row) => [
          { id: measureSlideId(row.measure.id), name: row.measure.title, group: section.keyQuestion.title },
          ...(row.variation === null
            ? []
            : [
                {
                  id: spcSlideId(row.measure.id),
                  name: `SPC chart: ${row.measure.title}`,
                  group: section.keyQuestion.title,
                },
              ]),
        ]),
      ]),
    ...(hasHomes ? [{ id: HOMES_SLIDE, name: 'Our children’s homes', group: '' }] : []),
    ...breakdowns.map((breakdown) => ({
      id: breakdownSlideId(breakdown.id),
      name: breakdown.title,
      group: BREAKDOWNS_GROUP,
    })),
  ];
}
