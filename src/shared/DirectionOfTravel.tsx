import type { Direction } from '../domain/comparison/direction';
import { DIRECTION_LABEL, movement } from '../domain/text/direction';

interface DirectionOfTravelProps {
  direction: Direction | null;
  previous: number | null;
  latest: number | null;
  /** Period the latest figure is compared with, e.g. "Q1 2021/22". */
  since: string;
}

const ARROW = { up: '↑', down: '↓', same: '→' } as const;

/** The arrow shows which way the figure moved; the word says whether that is good, so neither relies on colour. */
export function DirectionOfTravel({ direction, previous, latest, since }: DirectionOfTravelProps) {
  if (!direction) return <span className="muted">Not enough figures</span>;
  const moved = movement(previous, latest) ?? 'same';
  return (
    <span className={`direction direction-${direction}`}>
      <span aria-hidden="true" className="direction-arrow">
        {ARROW[moved]}
      </span>
      {DIRECTION_LABEL[direction]}
      <span className="direction-since"> since {since}</span>
    </span>
  );
}
