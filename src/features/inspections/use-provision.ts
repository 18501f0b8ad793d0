import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { loadProviderRows } from '../../adapters/load-inspections';
import type { Dataset } from '../../domain/dataset/dataset';
import { readProviderSheet, type ProviderSheet } from '../../domain/readers/ofsted/providers';
import type { Problem } from '../../domain/readers/result';

export const OFSTED_PROVIDERS_QUERY_KEY = ['ofsted-providers'] as const;

export type ProviderSheetState =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'failed'; problems: readonly Problem[] }
  | { state: 'read'; file: string; sheet: ProviderSheet; warnings: readonly Problem[] };

/**
 * Ofsted's list of settings the data folder names (manifest `ofstedProviders`), fetched once and read
 * against our areas. Any error in it shows none of it, as with the inspection files.
 */
export function useProviderSheet(dataset: Dataset): ProviderSheetState {
  const file = dataset.manifest.ofstedProviders;
  const rows = useQuery({
    queryKey: [...OFSTED_PROVIDERS_QUERY_KEY, file],
    queryFn: () => loadProviderRows(file),
    enabled: file !== '',
    staleTime: Infinity,
    retry: false,
  });
  return useMemo((): ProviderSheetState => {
    if (file === '') return { state: 'none' };
    if (rows.isError) {
      return { state: 'failed', problems: [{ severity: 'error', rule: 'load_failed', message: rows.error.message }] };
    }
    if (!rows.data) return { state: 'loading' };
    const read = readProviderSheet(rows.data.value, dataset.areas);
    const problems = [...rows.data.problems, ...read.problems];
    const errors = problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) return { state: 'failed', problems: errors };
    const fileName = file.split('/').at(-1) ?? file;
    return { state: 'read', file: fileName, sheet: read.value, warnings: problems };
  }, [file, rows.isError, rows.error, rows.data, dataset.areas]);
}
