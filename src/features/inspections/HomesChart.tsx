import type { JudgementBar } from './homes-view';
import { largest } from '../../domain/lists/extent';

const WIDTH = 640;
const ROW = 40;
const LABEL_WIDTH = 290;
const BAR_WIDTH = 280;

/**
 * The council's homes by their latest full judgement as bars. Each bar is named and counted in text
 * beside it, and the same counts are in the table that follows, so nothing is told by colour or
 * length alone; `summaryId` names the sentence that says it in words.
 */
export function HomesChart({ bars, summaryId }: { bars: readonly JudgementBar[]; summaryId: string }) {
  const most = largest(
    bars.map((bar) => bar.count),
    1,
  );
  const height = bars.length * ROW + 8;
  return (
    <svg
      className="homes-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={summaryId}
      preserveAspectRatio="xMinYMin meet"
    >
      {bars.map((bar, index) => {
        const y = index * ROW + 4;
        const length = (bar.count / most) * BAR_WIDTH;
        return (
          <g key={bar.grade}>
            <text x={LABEL_WIDTH - 10} y={y + ROW / 2 + 5} textAnchor="end" className="homes-chart-label">
              {bar.label}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y + 6}
              width={Math.max(length, 0)}
              height={ROW - 12}
              className={`homes-chart-bar homes-chart-bar-${bar.grade}`}
            />
            <text x={LABEL_WIDTH + length + 8} y={y + ROW / 2 + 5} className="homes-chart-count">
              {bar.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
