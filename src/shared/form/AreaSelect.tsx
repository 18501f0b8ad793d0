import type { AreaGroup } from '../../domain/areas/area-directory';
import type { ControlProps } from './Field';
import { councilName } from '../../domain/text/councils-over-time';

interface AreaSelectProps extends ControlProps {
  /** Local authorities grouped by region (localAuthorityGroups), each group an optgroup. */
  groups: readonly AreaGroup[];
  /** The chosen area's code. */
  value: string;
  onChange: (code: string) => void;
  className?: string;
}

/**
 * A local authority chosen from a select, grouped by region: a closed select jumps to the name
 * whose first letters are typed, which is how most officers find theirs.
 */
export function AreaSelect({ groups, value, onChange, className, ...control }: AreaSelectProps) {
  return (
    <select {...control} className={className} value={value} onChange={(event) => onChange(event.target.value)}>
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.areas.map((area) => (
            <option key={area.code} value={area.code}>
              {councilName(area)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
