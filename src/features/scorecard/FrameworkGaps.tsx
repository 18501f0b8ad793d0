import type { Area } from '../../domain/areas/area';
import type { Framework } from '../../domain/catalogue/framework';
import { countOf } from '../../domain/text/plural';
import type { FrameworkGap } from './scorecard-view';

/**
 * The framework's metrics the scorecard cannot show, each with the published file that supplies it,
 * so an officer knows what to upload; closed by default, as it is for officers more than members.
 */
export function FrameworkGaps({
  framework,
  area,
  gaps,
}: {
  framework: Framework;
  area: Area;
  gaps: readonly FrameworkGap[];
}) {
  if (gaps.length === 0) return null;
  return (
    <details className="framework-gaps">
      <summary>
        {countOf(gaps.length, 'metric', 'metrics')} of the {framework.title} {gaps.length === 1 ? 'is' : 'are'} not
        shown
      </summary>
      <p>
        Each is listed with the file that supplies it. A metric the scorecard reads fills in when its file is uploaded
        on Upload figures.
      </p>
      <ul>
        {gaps.map(({ metric, reason }) => (
          <li key={metric.order}>
            <strong>{metric.metric}</strong> ({metric.heading}):{' '}
            {reason === 'no_figures'
              ? `no figures for ${area.name} in this data; from ${metric.source}.`
              : `not read by the scorecard yet; from ${metric.source}.`}
          </li>
        ))}
      </ul>
    </details>
  );
}
