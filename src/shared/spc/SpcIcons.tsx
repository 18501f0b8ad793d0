/**
 * Making Data Count's icons, drawn as NHS England draws them: a ring in the class's colour, the
 * letter H or L for a special cause that is high or low and the last points in their chart shapes;
 * P, F or ? for assurance against the target. The icons are hidden from screen readers: their name
 * and meaning are always written beside them (domain/text/spc.ts), so none rests on the picture.
 */
import type { ReactNode } from 'react';
import type { Assurance } from '../../domain/spc/assurance';
import type { PointType } from '../../domain/spc/classify';
import type { Variation } from '../../domain/spc/variation';
import { SpcMarker } from './SpcMarker';
import { POINT_STYLE, SPC_COLOUR } from './spc-style';

const XS = [22, 31, 40, 49, 58, 67, 76];
const LEVEL = {
  flat: [55, 47, 53, 45, 55, 49, 51],
  high: [72, 76, 72, 74, 68, 62, 56],
  low: [28, 24, 28, 26, 32, 38, 44],
} as const;

const VARIATION_DRAWING: Readonly<
  Record<Variation, { type: PointType; letter: 'H' | 'L' | ''; level: keyof typeof LEVEL }>
> = {
  common_cause: { type: 'common_cause', letter: '', level: 'flat' },
  improvement_high: { type: 'special_cause_improvement', letter: 'H', level: 'high' },
  improvement_low: { type: 'special_cause_improvement', letter: 'L', level: 'low' },
  concern_high: { type: 'special_cause_concern', letter: 'H', level: 'high' },
  concern_low: { type: 'special_cause_concern', letter: 'L', level: 'low' },
  neutral_high: { type: 'special_cause_neutral_high', letter: 'H', level: 'high' },
  neutral_low: { type: 'special_cause_neutral_low', letter: 'L', level: 'low' },
};

function Ring({ colour, size, children }: { colour: string; size: number; children: ReactNode }) {
  return (
    <svg className="spc-icon" viewBox="0 0 100 100" width={size} height={size} aria-hidden="true" focusable="false">
      <circle cx="50" cy="50" r="45" fill="#fff" stroke={colour} strokeWidth="6" />
      {children}
    </svg>
  );
}

/** The variation icon of the latest point. */
export function VariationIcon({ variation, size = 56 }: { variation: Variation; size?: number }) {
  const drawing = VARIATION_DRAWING[variation];
  const { colour } = POINT_STYLE[drawing.type];
  const ys = LEVEL[drawing.level];
  const special = drawing.type !== 'common_cause';
  return (
    <Ring colour={colour} size={size}>
      {drawing.letter ? (
        <text
          x="50"
          y={drawing.level === 'high' ? 42 : 82}
          textAnchor="middle"
          fontSize="32"
          fontWeight="700"
          fontFamily="Arial, sans-serif"
          fill={colour}
        >
          {drawing.letter}
        </text>
      ) : null}
      <polyline
        points={XS.map((x, index) => `${x},${ys[index] ?? 50}`).join(' ')}
        fill="none"
        stroke={SPC_COLOUR.common}
        strokeWidth="2.5"
      />
      {XS.map((x, index) => (
        <SpcMarker
          key={x}
          type={special && index >= XS.length - 2 ? drawing.type : 'common_cause'}
          x={x}
          y={ys[index] ?? 50}
          size={special && index >= XS.length - 2 ? 13 : 10}
        />
      ))}
    </Ring>
  );
}

const ASSURANCE_DRAWING: Readonly<Record<Assurance, { letter: string; colour: string }>> = {
  consistent_pass: { letter: 'P', colour: SPC_COLOUR.improvement },
  consistent_fail: { letter: 'F', colour: SPC_COLOUR.concern },
  inconsistent: { letter: '?', colour: SPC_COLOUR.common },
};

/** The assurance icon: will the process, as it runs, meet the target. */
export function AssuranceIcon({ assurance, size = 56 }: { assurance: Assurance; size?: number }) {
  const { letter, colour } = ASSURANCE_DRAWING[assurance];
  return (
    <Ring colour={colour} size={size}>
      <text
        x="50"
        y="60"
        textAnchor="middle"
        fontSize="44"
        fontWeight="700"
        fontFamily="Arial, sans-serif"
        fill={colour}
      >
        {letter}
      </text>
      <line x1="18" x2="82" y1="70" y2="70" stroke={SPC_COLOUR.common} strokeWidth="3" strokeDasharray="6 4" />
    </Ring>
  );
}
