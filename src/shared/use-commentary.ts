import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  openCommentaryStore,
  type CommentaryOpenResult,
  type CommentarySaveResult,
} from '../adapters/commentary-store';
import type { Commentary, CommentaryKey } from '../domain/commentary/commentary';

export const COMMENTARY_QUERY_KEY = ['commentary'] as const;

export interface CommentaryData {
  notes: Commentary[];
  /** The browser's notes store, or why it cannot be used (then notes are read-only). */
  storage: CommentaryOpenResult;
  /** Why the saved notes could not be read, if they could not; empty otherwise. */
  problem: string;
}

let storeOpening: Promise<CommentaryOpenResult> | null = null;

/** One connection for the page's lifetime, as for the version store. */
function commentaryConnection(): Promise<CommentaryOpenResult> {
  storeOpening ??= openCommentaryStore();
  return storeOpening;
}

/** Lets a test start again with a fresh database, as a reload would. */
export function forgetCommentaryConnection(): void {
  storeOpening = null;
}

async function loadCommentary(): Promise<CommentaryData> {
  const storage = await commentaryConnection();
  if (!storage.ok) return { notes: [], storage, problem: '' };
  try {
    return { notes: await storage.store.list(), storage, problem: '' };
  } catch (error) {
    return {
      notes: [],
      storage,
      problem: error instanceof Error ? error.message : 'The saved commentary could not be read.',
    };
  }
}

/** Every note this browser holds; a save refreshes it. */
export function useCommentary() {
  return useQuery({ queryKey: COMMENTARY_QUERY_KEY, queryFn: loadCommentary, staleTime: Infinity, retry: false });
}

export function useSaveCommentary() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ key, text }: { key: CommentaryKey; text: string }): Promise<CommentarySaveResult> => {
      const storage = await commentaryConnection();
      if (!storage.ok) return { ok: false, reason: storage.reason };
      return storage.store.save(key, text);
    },
    onSuccess: (result) => {
      if (result.ok) void client.invalidateQueries({ queryKey: COMMENTARY_QUERY_KEY });
    },
  });
}
