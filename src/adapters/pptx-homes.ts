/** A children's homes slide in the PowerPoint file: the headline and counts in words on the first, and a native table of its homes. */
import type { HomesSlide } from '../domain/slides/homes-slide';
import { slideHeading } from '../domain/slides/slides';
import { RECENT_INSPECTION_HEADING } from '../domain/text/homes';
import { FONT, TEXT, heading, type Presentation } from './pptx-parts';

export function addHomes(pptx: Presentation, slide: HomesSlide): void {
  const page = pptx.addSlide();
  heading(page, slideHeading(slide));
  const lines = [slide.byJudgement, slide.interim, slide.overAYear].filter((line): line is string => line !== null);
  const first = slide.part === 1;
  if (first)
    page.addText(
      [
        { text: slide.headline, options: { bold: true, fontSize: 18, breakLine: true } },
        ...lines.map((line) => ({ text: line, options: { fontSize: 12, breakLine: true } })),
      ],
      { x: 0.5, y: 1.2, w: 12.3, h: 1.4, fontFace: FONT, color: TEXT, valign: 'top', fit: 'shrink' },
    );
  const headerCell = (text: string) => ({
    text,
    options: { bold: true, fontFace: FONT, fontSize: 11, color: 'FFFFFF', fill: { color: TEXT } },
  });
  const cell = (text: string, bold = false) => ({ text, options: { bold, fontFace: FONT, fontSize: 11, color: TEXT } });
  const header = [
    'Home',
    'Latest full inspection',
    ...(slide.hasInterim ? ['Latest interim inspection'] : []),
    RECENT_INSPECTION_HEADING,
  ].map(headerCell);
  const rows = slide.rows.map((row) => [
    cell(row.name, true),
    cell(row.full),
    ...(slide.hasInterim ? [cell(row.interim)] : []),
    // The flag is in words, bold, never a colour alone.
    cell(row.recent, row.flagged),
  ]);
  page.addTable([header, ...rows], {
    x: 0.5,
    y: first ? 2.7 : 1.2,
    w: 12.3,
    colW: slide.hasInterim ? [2.8, 3.2, 3.8, 2.5] : [3.6, 5.2, 3.5],
    border: { type: 'solid', pt: 0.75, color: '6F777B' },
    autoPage: false,
  });
  page.addText(slide.source, { x: 0.5, y: 6.9, w: 12.3, h: 0.4, fontFace: FONT, fontSize: 11, color: TEXT });
  page.addNotes([slide.headline, ...lines].join(' '));
}
