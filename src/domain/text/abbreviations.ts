/**
 * The abbreviations committee papers use, spelled out. A panel member should never have to know
 * one: the first use in a title is written out in full, later ones are marked up with their meaning
 * and each has a glossary entry (glossary.ts) of the same id.
 */

export interface Abbreviation {
  /** As written: "CLA". */
  short: string;
  /** In full, in lower case unless it is a name: "children looked after". */
  full: string;
  /** The glossary entry that explains it. */
  glossaryId: string;
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  { short: 'CLA', full: 'children looked after', glossaryId: 'cla' },
  { short: 'EET', full: 'education, employment or training', glossaryId: 'eet' },
  { short: 'SDQ', full: 'Strengths and Difficulties Questionnaire', glossaryId: 'sdq' },
  { short: 'UASC', full: 'unaccompanied asylum-seeking children', glossaryId: 'uasc' },
  { short: 'ASYE', full: 'assessed and supported year in employment', glossaryId: 'asye' },
  { short: 'WTE', full: 'whole-time equivalent', glossaryId: 'wte' },
  { short: 'FTE', full: 'full-time equivalent', glossaryId: 'fte' },
  { short: 'LA', full: 'local authority', glossaryId: 'la' },
  { short: 'CEVT', full: 'Child Exploitation and Vulnerability Tracker', glossaryId: 'cevt' },
  { short: 'SW', full: 'social worker', glossaryId: 'sw' },
  { short: 'DfE', full: 'Department for Education', glossaryId: 'dfe' },
  { short: 'ONS', full: 'Office for National Statistics', glossaryId: 'ons' },
  { short: 'MHCLG', full: 'Ministry of Housing, Communities and Local Government', glossaryId: 'mhclg' },
  { short: 'SSDA903', full: 'children looked after return to the DfE', glossaryId: 'ssda903' },
  { short: 'AD1', full: 'the adoption table of the SSDA903 return', glossaryId: 'ad1' },
  { short: 'OC3', full: 'the care leavers table of the SSDA903 return', glossaryId: 'oc3' },
  { short: 'YTD', full: 'year to date', glossaryId: 'ytd' },
  { short: 'NHS', full: 'National Health Service', glossaryId: 'nhs' },
  { short: 'CDDFT', full: 'County Durham and Darlington NHS Foundation Trust', glossaryId: 'cddft' },
  { short: 'ILACS', full: 'Inspecting local authority children’s services', glossaryId: 'ilacs' },
  { short: 'LAIT', full: 'the DfE’s Local Authority Interactive Tool', glossaryId: 'lait' },
  { short: 'TBC', full: 'to be confirmed', glossaryId: 'tbc' },
  { short: 'SGO', full: 'special guardianship order', glossaryId: 'sgo' },
  { short: 'CAO', full: 'child arrangements order', glossaryId: 'cao' },
];

const BY_SHORT = new Map(ABBREVIATIONS.map((abbreviation) => [abbreviation.short, abbreviation]));

// Longest first, so SSDA903 is never read as a shorter one; whole words only ("LA" in "LAIT" is not LA).
const PATTERN = new RegExp(
  `(?<![\\w’'-])(${[...BY_SHORT.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\w’'-])`,
  'g',
);

export type TextPart =
  { kind: 'text'; text: string } | { kind: 'abbreviation'; text: string; abbreviation: Abbreviation };

/** The text cut at every known abbreviation, so a page can mark each one up (`<abbr>`) without parsing it again. */
export function textParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(PATTERN)) {
    const abbreviation = BY_SHORT.get(match[0]);
    if (!abbreviation || match.index === undefined) continue;
    if (match.index > at) parts.push({ kind: 'text', text: text.slice(at, match.index) });
    parts.push({ kind: 'abbreviation', text: match[0], abbreviation });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The text with the first use of each abbreviation written out: "Percentage of CLA placed…" →
 * "Percentage of children looked after (CLA) placed…". An abbreviation already written out just
 * before it ("education, employment or training (EET)") is left alone, one standing alone in
 * brackets becomes "(full-time equivalent, FTE)", and later uses stay short.
 */
export function spellOutFirst(text: string): string {
  const seen = new Set<string>();
  let written = '';
  for (const part of textParts(text)) {
    if (part.kind === 'text') {
      written += part.text;
      continue;
    }
    const { short, full } = part.abbreviation;
    if (seen.has(short)) {
      written += short;
      continue;
    }
    seen.add(short);
    const before = written.toLowerCase();
    if (before.trimEnd().endsWith(`${full.toLowerCase()} (`) || before.includes(full.toLowerCase())) {
      written += short;
    } else if (written.endsWith('(')) {
      written += `${full}, ${short}`;
    } else {
      written += `${written === '' ? capitalised(full) : full} (${short})`;
    }
  }
  return written;
}
