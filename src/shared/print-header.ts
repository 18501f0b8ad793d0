import { useEffect } from 'react';

/** A CSS string literal for any text: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * The running header of every printed page (the LA and period), as an `@page` margin box. CSS
 * cannot take it from the page's text, so the rule is written for what is on screen now.
 */
export function printHeaderCss(text: string): string {
  return `@page { @top-left { content: ${cssString(text)}; } }`;
}

/**
 * Puts `text` at the top of every printed page while the calling page is shown. The rule goes in a
 * constructed stylesheet, not a `<style>` element: the app's Content-Security-Policy allows styles
 * only from its own stylesheet files, and a constructed sheet is script-made CSS, which it allows.
 * Where a browser (or the test DOM) has no constructed sheets, the page prints without the header.
 */
export function usePrintHeader(text: string): void {
  useEffect(() => {
    if (!('adoptedStyleSheets' in document) || typeof CSSStyleSheet.prototype.replaceSync !== 'function') return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(printHeaderCss(text));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== sheet);
    };
  }, [text]);
}
