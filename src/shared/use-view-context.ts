import { useMemo } from 'react';
import type { Dataset } from '../domain/dataset/dataset';
import { resolveView, type AreaView, type FiguresView } from '../domain/view/view-context';
import { useSelectionStore } from './selection-store';

/**
 * The area, period and comparisons every page shows, resolved from the URL's choices by the
 * domain's `resolveView`, so every page refuses a region or an unknown code with the same notice.
 * Only those choices are read from the store: searching, sorting or changing slide does not resolve
 * (or re-render on) it again.
 */
export function useViewContext(dataset: Dataset, needs: 'figures'): FiguresView | null;
export function useViewContext(dataset: Dataset, needs: 'area'): AreaView | null;
export function useViewContext(dataset: Dataset, needs: 'figures' | 'area'): AreaView | null {
  const area = useSelectionStore((state) => state.area);
  const period = useSelectionStore((state) => state.period);
  const neighbourModel = useSelectionStore((state) => state.neighbourModel);
  const neighbourStatistic = useSelectionStore((state) => state.neighbourStatistic);
  const framework = useSelectionStore((state) => state.framework);
  const rankScope = useSelectionStore((state) => state.rankScope);
  const resolved = useMemo(() => {
    const choice = { area, period, neighbourModel, neighbourStatistic, framework, rankScope: 'region' as const };
    return needs === 'figures' ? resolveView(dataset, choice, 'figures') : resolveView(dataset, choice, 'area');
  }, [dataset, needs, area, period, neighbourModel, neighbourStatistic, framework]);
  // The rank scope is added apart, so that switching it keeps the area, period and neighbours the
  // same objects and pages that build figures from them (keyed on them) do not build them again.
  return useMemo(() => resolved && { ...resolved, rankScope }, [resolved, rankScope]);
}
