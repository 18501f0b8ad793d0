import type { Observation } from './observation';
import { ObservationIndex } from './series';

/**
 * The same index as `new ObservationIndex(observations)`, built a slice at a time, awaiting `pause`
 * between slices, for a list so long that building it at once would hold the page's thread (a
 * saved 300,000-figure version). Apart from series.ts so the first screen does not carry it.
 */
class SlicedIndex extends ObservationIndex {
  async build(
    observations: readonly Observation[],
    pause: () => Promise<void>,
    sliceSize: number,
    reference: Promise<readonly Observation[]>,
  ): Promise<void> {
    for (let start = 0; start < observations.length; start += sliceSize) {
      if (start > 0) await pause();
      const end = Math.min(start + sliceSize, observations.length);
      for (let at = start; at < end; at += 1) {
        const observation = observations[at];
        if (observation) this.add(observation);
      }
    }
    await pause();
    for (const observation of await reference) this.add(observation);
    this.sortSeries();
  }
}

/**
 * `reference`: the data folder's reference figures (Dataset.reference), awaited only once the figures
 * are in, so a saved version is read while the published folder still loads.
 */
export async function indexInSlices(
  observations: readonly Observation[],
  pause: () => Promise<void>,
  sliceSize = 20_000,
  reference: Promise<readonly Observation[]> = Promise.resolve([]),
): Promise<ObservationIndex> {
  const index = new SlicedIndex([]);
  await index.build(observations, pause, sliceSize, reference);
  return index;
}
