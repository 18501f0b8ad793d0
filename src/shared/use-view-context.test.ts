// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { areaCode } from '../domain/areas/area-code';
import { periodLabel } from '../domain/periods/period-label';
import { loadSampleDataset } from '../../test/unit/sample-dataset';
import { EMPTY_SELECTION, useSelectionStore } from './selection-store';
import { useViewContext } from './use-view-context';

const dataset = loadSampleDataset();

beforeEach(() => {
  useSelectionStore.setState(EMPTY_SELECTION);
});

describe('useViewContext', () => {
  test.each([
    { needs: 'figures', area: 'E12000001', shown: 'E06000047', rules: ['area_not_local_authority'] },
    { needs: 'area', area: 'E12000001', shown: 'E06000047', rules: ['area_not_local_authority'] },
    { needs: 'figures', area: 'E06000001', shown: 'E06000047', rules: ['area_without_figures'] },
    { needs: 'area', area: 'E06000001', shown: 'E06000001', rules: [] },
  ] as const)('on a page that needs $needs, shows $shown for ?area=$area', ({ needs, area, shown, rules }) => {
    useSelectionStore.setState({ area: areaCode(area) });
    const { result } = renderHook(() =>
      needs === 'figures' ? useViewContext(dataset, 'figures') : useViewContext(dataset, 'area'),
    );
    expect([result.current?.area.code, result.current?.notices.map((notice) => notice.rule)]).toEqual([shown, rules]);
  });

  test('follows the store: a new period is resolved as the URL gives it', () => {
    const { result } = renderHook(() => useViewContext(dataset, 'figures'));
    expect(result.current?.period.label).toBe('2021/22 Q2');
    act(() => useSelectionStore.getState().select({ period: periodLabel('Q1 2021/22') }));
    expect(result.current?.period.label).toBe('2021/22 Q1');
  });

  test('keeps the area, period and neighbours the same objects when only the rank scope or the search changes', () => {
    const { result } = renderHook(() => useViewContext(dataset, 'figures'));
    const before = result.current;
    act(() => useSelectionStore.getState().select({ rankScope: 'england', search: 'dental' }));
    expect(result.current?.rankScope).toBe('england');
    expect(result.current?.area).toBe(before?.area);
    expect(result.current?.period).toBe(before?.period);
    expect(result.current?.neighbours).toBe(before?.neighbours);
  });
});
