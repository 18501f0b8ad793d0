import { forwardRef } from 'react';
import type { BreakdownTable } from '../../domain/breakdowns/breakdown-table';
import { SERIES_FILLS, breakdownChart } from './breakdown-chart';

/** The breakdown as bars (geometry in breakdown-chart.ts); the table beside it is its text alternative. */
export const BreakdownChart = forwardRef<SVGSVGElement, { table: BreakdownTable; describedBy: string }>(
  function BreakdownChart({ table, describedBy }, ref) {
    const chart = breakdownChart(table);
    return (
      <svg
        ref={ref}
        className="breakdown-chart"
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        width={chart.width}
        height={chart.height}
        role="img"
        aria-labelledby={describedBy}
        xmlns="http://www.w3.org/2000/svg"
      >
        {chart.legend.map((entry, index) => (
          <g key={entry.label} transform={`translate(${chart.labelWidth + index * 190}, 4)`}>
            <rect width="14" height="14" fill={SERIES_FILLS[entry.series % SERIES_FILLS.length]} stroke="#0b0c0c" />
            <text x="20" y="12" fontSize="14" fill="#0b0c0c" fontFamily="Arial, sans-serif">
              {entry.label}
            </text>
          </g>
        ))}
        {chart.ticks.map((tick) => (
          <line key={tick.label} x1={tick.x} x2={tick.x} y1={chart.top - 4} y2={chart.height - 10} stroke="#dddddd" />
        ))}
        {chart.groups.map((group) => (
          <text
            key={group.key}
            x={chart.labelWidth - 8}
            y={group.labelY}
            textAnchor="end"
            fontSize="14"
            fill="#0b0c0c"
            fontFamily="Arial, sans-serif"
          >
            {group.label}
          </text>
        ))}
        {chart.bars.map((bar) => (
          <g key={bar.key}>
            <rect
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={bar.height}
              fill={SERIES_FILLS[bar.series % SERIES_FILLS.length]}
              stroke="#0b0c0c"
              strokeWidth="0.5"
            />
            <text x={bar.x + bar.width + 4} y={bar.y + 11} fontSize="12" fill="#0b0c0c" fontFamily="Arial, sans-serif">
              {bar.text}
            </text>
          </g>
        ))}
      </svg>
    );
  },
);
