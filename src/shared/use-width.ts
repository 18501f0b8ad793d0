import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's width in whole pixels, measured before the browser paints and again whenever it
 * changes (a window resized, a sidebar opened); 0 until measured, and where nothing is laid out
 * (component tests).
 */
export function useWidth(element: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const measure = () => setWidth(Math.floor(target.getBoundingClientRect().width));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
