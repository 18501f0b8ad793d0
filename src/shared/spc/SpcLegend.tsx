import type { PointType } from '../../domain/spc/classify';
import type { ImprovementDirection } from '../../domain/spc/improvement-direction';
import { POINT_TYPE_LABEL } from '../../domain/text/spc';
import { SpcMarker } from './SpcMarker';
import { dashOf, LINE_COLOUR, LINE_DASH, POINT_STYLE, SHAPE_WORD } from './spc-style';

const SPECIAL: Readonly<Record<ImprovementDirection, readonly PointType[]>> = {
  increase: ['special_cause_improvement', 'special_cause_concern'],
  decrease: ['special_cause_improvement', 'special_cause_concern'],
  neutral: ['special_cause_neutral_high', 'special_cause_neutral_low'],
};

function Swatch({ dash, colour, type }: { dash?: string; colour?: string; type?: PointType }) {
  return (
    <svg viewBox="0 0 48 24" width="48" height="24" aria-hidden="true" focusable="false" className="spc-swatch">
      {colour ? (
        <line x1="2" x2="46" y1="12" y2="12" stroke={colour} strokeWidth="3" strokeDasharray={dashOf(dash ?? '', 3)} />
      ) : null}
      {type ? <SpcMarker type={type} x={24} y={12} size={type === 'common_cause' ? 14 : 16} /> : null}
    </svg>
  );
}

/** The chart's key in words: each line and marker by its pattern and shape, so none rests on colour. */
export function SpcLegend({
  direction,
  hasTarget,
  rebased,
  unit,
}: {
  direction: ImprovementDirection;
  hasTarget: boolean;
  rebased: boolean;
  /** "month", "quarter". */
  unit: string;
}) {
  return (
    <ul className="chart-legend spc-legend" aria-label="Key to the chart">
      <li>
        <Swatch colour={LINE_COLOUR.figures} type="common_cause" />
        Figures, a {SHAPE_WORD.dot} for each {unit}: common cause
      </li>
      {SPECIAL[direction].map((type) => (
        <li key={type}>
          <Swatch type={type} />
          {POINT_TYPE_LABEL[type]} ({SHAPE_WORD[POINT_STYLE[type].shape]})
        </li>
      ))}
      <li>
        <Swatch colour={LINE_COLOUR.mean} dash={LINE_DASH.mean} />
        Mean (average): solid line
      </li>
      <li>
        <Swatch colour={LINE_COLOUR.limit} dash={LINE_DASH.limit} />
        Upper and lower process limits: dashed lines
      </li>
      {hasTarget ? (
        <li>
          <Swatch colour={LINE_COLOUR.target} dash={LINE_DASH.target} />
          Target: dash-dot line
        </li>
      ) : null}
      {rebased ? (
        <li>
          <Swatch colour="#0b0c0c" dash="1 2" />
          New limits from here: dotted upright line
        </li>
      ) : null}
    </ul>
  );
}
