/** What every slide of the PowerPoint file shares: the type, the colour of text and the heading. */
// Types only: the library itself is imported on demand in presentationBytes (pptx.ts).
import type PptxGenJS from 'pptxgenjs';

export type Presentation = PptxGenJS;
export type PptxSlide = ReturnType<Presentation['addSlide']>;

export const FONT = 'Arial';
export const TEXT = '0B0C0C';
/** No text on a slide is smaller than this: it is read from the back of a committee room. */
export const SMALLEST_POINTS = 18;

export function heading(slide: PptxSlide, text: string): void {
  slide.addText(text, {
    x: 0.5,
    y: 0.3,
    w: 12.3,
    h: 1.0,
    fontFace: FONT,
    fontSize: 26,
    bold: true,
    color: TEXT,
    valign: 'top',
    fit: 'shrink',
  });
}
