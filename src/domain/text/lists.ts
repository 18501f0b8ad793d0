/** "a", "a and b", "a, b and c": a list in a sentence, as committee papers write one (no serial comma). */
export function listInWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}
