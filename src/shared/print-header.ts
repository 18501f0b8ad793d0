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

/** Puts `text` at the top of every printed page while the calling page is shown. */
export function usePrintHeader(text: string): void {
  useEffect(() => {
    const style = document.createElement('style');
    style.dataset.printHeader = '';
    style.textContent = printHeaderCss(text);
    document.head.append(style);
    return () => style.remove();
  }, [text]);
}
