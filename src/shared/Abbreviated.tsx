import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { textParts } from '../domain/text/abbreviations';
import { glossaryPath } from '../domain/text/glossary-path';

/**
 * Text with each abbreviation marked up as `<abbr>` with its meaning; `linked`, outside a link of
 * its own, also makes each one a link to its glossary entry, so a keyboard or touch user can reach
 * the meaning a mouse user sees on hover.
 */
export function Abbreviated({ text, linked = false }: { text: string; linked?: boolean }) {
  return (
    <>
      {textParts(text).map((part, index) => {
        if (part.kind === 'text') return part.text;
        const abbr = (
          <abbr key={index} title={part.abbreviation.full}>
            {part.text}
          </abbr>
        );
        return linked ? (
          <Link key={index} href={glossaryPath(part.abbreviation.glossaryId)} className="glossary-link">
            {abbr}
          </Link>
        ) : (
          abbr
        );
      })}
    </>
  );
}

/** A term linked to its glossary entry: `<GlossaryLink id="statistical-neighbours">statistical neighbours</GlossaryLink>`. */
export function GlossaryLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link href={glossaryPath(id)} className="glossary-link">
      {children}
    </Link>
  );
}
