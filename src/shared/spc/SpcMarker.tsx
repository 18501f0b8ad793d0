import type { PointType } from '../../domain/spc/classify';
import { POINT_STYLE } from './spc-style';

/**
 * One point's marker at (x, y), `size` across: a special-cause point is larger than a common-cause
 * dot and has its own shape (a ringed dot, a diamond, a triangle), so no class rests on colour.
 */
export function SpcMarker({ type, x, y, size }: { type: PointType; x: number; y: number; size: number }) {
  const { shape, colour } = POINT_STYLE[type];
  const r = size / 2;
  switch (shape) {
    case 'dot':
      return <circle cx={x} cy={y} r={r * 0.55} fill={colour} />;
    case 'ringed':
      return (
        <g>
          <circle cx={x} cy={y} r={r} fill="#fff" stroke={colour} strokeWidth={r * 0.3} />
          <circle cx={x} cy={y} r={r * 0.45} fill={colour} />
        </g>
      );
    case 'diamond':
      return (
        <path
          d={`M${x},${y - r * 1.15} L${x + r * 1.15},${y} L${x},${y + r * 1.15} L${x - r * 1.15},${y} Z`}
          fill={colour}
          stroke="#fff"
          strokeWidth={r * 0.15}
        />
      );
    case 'triangle_up':
    case 'triangle_down': {
      const sign = shape === 'triangle_up' ? 1 : -1;
      return (
        <path
          d={`M${x},${y - sign * r * 1.2} L${x + r * 1.1},${y + sign * r * 0.8} L${x - r * 1.1},${y + sign * r * 0.8} Z`}
          fill={colour}
          stroke="#fff"
          strokeWidth={r * 0.15}
        />
      );
    }
  }
}
