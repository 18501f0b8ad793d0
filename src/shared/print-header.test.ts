import { describe, expect, test } from 'vitest';
import { printHeaderCss } from './print-header';

describe('printHeaderCss', () => {
  test.each([
    { text: 'County Durham: 2021/22 Q2', css: '@page { @top-left { content: "County Durham: 2021/22 Q2"; } }' },
    { text: 'Say "hi" \\ bye', css: '@page { @top-left { content: "Say \\"hi\\" \\\\ bye"; } }' },
    { text: 'two\nlines', css: '@page { @top-left { content: "two lines"; } }' },
  ])('writes a running header for $text', ({ text, css }) => {
    expect(printHeaderCss(text)).toBe(css);
  });
});
