/**
 * The link to a glossary entry, for the router: `/glossary/cla`. Apart from the glossary itself, so
 * a page that links a term does not load every entry's text with the first screen.
 */
export function glossaryPath(id: string): string {
  return `/glossary/${id}`;
}
