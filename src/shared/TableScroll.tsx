import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways in its own region on a narrow screen rather than widening the page
 * (WCAG 2.2 reflow), named by the table's caption (`labelledBy`, its id) or by `label`, and reached
 * by keyboard so the part off screen can be scrolled into view without a mouse.
 */
export function TableScroll({
  labelledBy,
  label,
  className,
  children,
}: {
  labelledBy?: string;
  label?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      role="region"
      aria-labelledby={labelledBy}
      aria-label={labelledBy === undefined ? label : undefined}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
