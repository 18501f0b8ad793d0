/**
 * The officer's "What the data tells us" notes, one per measure, area and period: what a note is and
 * the rules for its text. Kept in the browser by adapters/commentary-store.ts and carried in data packs.
 */
import { grouped } from '../text/figures';

/** About a projected slide's worth of words; longer notes belong in the committee report. */
export const MAX_COMMENTARY_LENGTH = 1000;

export interface Commentary {
  measureId: string;
  /** ONS code of the local authority the note is about. */
  areaCode: string;
  /** Period label, e.g. "2021/22 Q2". */
  period: string;
  text: string;
  /** When it was last saved, ISO 8601 in UTC. */
  updatedAt: string;
}

export type CommentaryKey = Pick<Commentary, 'measureId' | 'areaCode' | 'period'>;

export function commentaryKey({ measureId, areaCode, period }: CommentaryKey): string {
  return `${areaCode}|${measureId}|${period}`;
}

/** Plain text only, trimmed; the limit is said in the message so the officer knows how much to cut. */
export function checkCommentary(text: string): { ok: true; text: string } | { ok: false; reason: string } {
  const trimmed = text.trim();
  if (trimmed.length > MAX_COMMENTARY_LENGTH) {
    return {
      ok: false,
      reason: `The commentary is ${grouped(trimmed.length)} characters long. Keep it to ${grouped(MAX_COMMENTARY_LENGTH)} characters or fewer.`,
    };
  }
  return { ok: true, text: trimmed };
}

/** The notes for one area and period, by measure id, as the slides and the measure page read them. */
export function commentaryFor(notes: readonly Commentary[], areaCode: string, period: string): Map<string, string> {
  return new Map(
    notes
      .filter((note) => note.areaCode === areaCode && note.period === period)
      .map((note) => [note.measureId, note.text]),
  );
}
