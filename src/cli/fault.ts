import { cut } from '../domain/text/quote';

/**
 * The exit status of a fault in the program itself (a bug, or the machine running out of
 * something), never of bad input: 1 is a refused file and 2 a command written wrong (README.md,
 * "Exit status"). bin/scorecard.mjs uses the same number for a fault before main runs.
 */
export const FAULT = 3;

/**
 * What the command says about a fault: one plain sentence, with the error's own words in brackets
 * (cut short), and, only when asked for (SCORECARD_DEBUG=1), the stack for whoever fixes it.
 */
export function faultLines(error: unknown, debug: boolean): string[] {
  const what = error instanceof Error ? error.message || error.name : String(error);
  const sentence = `The scorecard command stopped because of a fault in the program, not in your files (${cut(what)}). Nothing was saved or changed. Please report it, with the command you ran.`;
  return debug && error instanceof Error && error.stack ? [sentence, error.stack] : [sentence];
}
