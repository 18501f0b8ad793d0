import type { Period } from '../../domain/periods/period';
import { describePeriod } from '../../domain/text/periods';
import type { ControlProps } from './Field';

interface PeriodSelectProps extends ControlProps {
  periods: readonly Period[];
  /** The chosen period's label ("2021/22 Q2"). */
  value: string;
  onChange: (label: string) => void;
  className?: string;
}

/** A reporting period chosen from a select, each named in words ("2021/22 Q2 (July to September 2021)"). */
export function PeriodSelect({ periods, value, onChange, className, ...control }: PeriodSelectProps) {
  return (
    <select {...control} className={className} value={value} onChange={(event) => onChange(event.target.value)}>
      {periods.map((period) => (
        <option key={period.label} value={period.label}>
          {describePeriod(period)}
        </option>
      ))}
    </select>
  );
}
