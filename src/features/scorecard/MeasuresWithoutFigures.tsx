import type { Area } from '../../domain/areas/area';
import { countOf } from '../../domain/text/plural';
import type { MeasureWithoutFigure } from './scorecard-view';

/** The measures under their sections' headings, in the scorecard's order. */
function groupedBySection(measures: readonly MeasureWithoutFigure[]): [string, MeasureWithoutFigure[]][] {
  const sections = new Map<string, MeasureWithoutFigure[]>();
  for (const entry of measures) {
    const inSection = sections.get(entry.section);
    if (inSection) inSection.push(entry);
    else sections.set(entry.section, [entry]);
  }
  return [...sections];
}

/**
 * The measures left off the scorecard because the area has no figure for them up to the period, said once for them
 * all, never a row of dashes beside another council's comparators. Closed by
 * default: a member reads the figures; an officer opens it to see what the loaded data lacks.
 */
export function MeasuresWithoutFigures({
  area,
  periodName,
  measures,
}: {
  area: Area;
  periodName: string;
  measures: readonly MeasureWithoutFigure[];
}) {
  if (measures.length === 0) return null;
  return (
    <details className="framework-gaps">
      <summary>
        {countOf(measures.length, 'measure has', 'measures have')} no figure for {area.name} up to {periodName}
      </summary>
      <p>
        These are not on the scorecard: the data loaded holds no figure for {area.name} for them, so there is nothing to
        compare. Each fills in when a file with its figures is uploaded on Upload figures.
      </p>
      {/* A list of the sections, each with its measures: nested lists need no heading levels of their own. */}
      <ul>
        {groupedBySection(measures).map(([section, inSection]) => (
          <li key={section}>
            {section}
            <ul>
              {inSection.map(({ measure }) => (
                <li key={measure.id}>{measure.title}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}
