import { useQuery } from '@tanstack/react-query';
import { loadPublishedDataset } from '../adapters/load-dataset';

export const DATASET_QUERY_KEY = ['published-dataset'] as const;

/** The published data folder, loaded once and shared by every screen. */
export function useDataset() {
  return useQuery({ queryKey: DATASET_QUERY_KEY, queryFn: () => loadPublishedDataset(), staleTime: Infinity, retry: false });
}
