/** Direction of travel in words. */
import type { Direction } from '../comparison/direction';

export const DIRECTION_LABEL: Readonly<Record<Direction, string>> = {
  improving: 'Improving',
  worsening: 'Worsening',
  no_change: 'No change',
  higher: 'Higher',
  lower: 'Lower',
};

/** Whether the figure went up or down, which the arrow shows whatever the polarity. */
export function movement(previous: number | null, latest: number | null): 'up' | 'down' | 'same' | null {
  if (previous === null || latest === null) return null;
  if (latest > previous) return 'up';
  if (latest < previous) return 'down';
  return 'same';
}

/** "Improving since 2020/21"; without a direction or an earlier figure, says there are not enough figures. */
export function directionText(direction: Direction | null, since: string | null): string {
  if (!direction || !since) return 'Not enough figures for a direction of travel';
  return `${DIRECTION_LABEL[direction]} since ${since}`;
}

/**
 * Why a year-to-date figure for part of a year has no direction: it is compared only with the same
 * part of the year before. "Year so far: no figure for Q2 2020/21 to compare with".
 */
export function yearToDateDirectionText(sameTimeLastYear: string): string {
  return `Year so far: no figure for ${sameTimeLastYear} to compare with`;
}
