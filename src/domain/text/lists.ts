/** Names in a sentence: "Hartlepool", "Hartlepool and Darlington", "Hartlepool, Darlington and Sunderland". */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}
