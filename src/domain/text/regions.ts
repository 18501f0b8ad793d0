/** "the North East", "the East of England", but "London" and "Yorkshire and The Humber", which take no "the". */
export function regionPhrase(name: string): string {
  return /^(North|South|East|West)\b/.test(name) ? `the ${name}` : name;
}
