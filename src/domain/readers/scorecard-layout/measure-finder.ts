import type { Measure } from '../../catalogue/measure';
import { closestMatches } from '../suggest';
import { plainWords } from './headings';

/**
 * Finds measures by what officers write in the Measure column: a catalogue id, the title or the
 * short title, ignoring case, punctuation and bracketed hints such as "[Number]". A second, looser
 * key also ignores words in round brackets ("(SDQ)", "(EET)"), which papers add or drop; a key two
 * measures share is not used, so a title never silently picks the wrong measure.
 */
export class MeasureFinder {
  private readonly byKey = new Map<string, Measure | 'ambiguous'>();
  private readonly titles: { words: string; title: string }[] = [];

  constructor(measures: ReadonlyMap<string, Measure>) {
    for (const measure of measures.values()) {
      this.add(measure.id.toLowerCase(), measure);
      for (const title of new Set([measure.title, measure.shortTitle, ...measure.aliases])) {
        this.add(MeasureFinder.key(title), measure);
        this.add(MeasureFinder.looseKey(title), measure);
        this.titles.push({ words: MeasureFinder.key(title), title });
      }
    }
  }

  static key(text: string): string {
    return plainWords(text.replace(/\[[^\]]*\]/g, ' '));
  }

  static looseKey(text: string): string {
    return MeasureFinder.key(text.replace(/\([^)]*\)/g, ' '));
  }

  private add(key: string, measure: Measure): void {
    if (key === '') return;
    const known = this.byKey.get(key);
    this.byKey.set(key, known === undefined || known === measure ? measure : 'ambiguous');
  }

  find(text: string): Measure | undefined {
    for (const key of [text.trim().toLowerCase(), MeasureFinder.key(text), MeasureFinder.looseKey(text)]) {
      const found = this.byKey.get(key);
      if (found && found !== 'ambiguous') return found;
    }
    return undefined;
  }

  /** The catalogue titles nearest to what was written, for "Did you mean …?". */
  closestTitles(text: string): string[] {
    const nearest = closestMatches(
      MeasureFinder.key(text),
      this.titles.map(({ words }) => words),
    );
    return [...new Set(nearest.map((words) => this.titles.find((title) => title.words === words)?.title ?? words))];
  }
}
