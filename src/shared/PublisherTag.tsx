import type { Observation } from '../domain/observations/observation';

/**
 * "DfE" beside a figure from national open data, so every figure shows where it came from: the
 * council's own figures carry no tag. Screen readers hear "DfE open data"; the title names the file.
 */
export function PublisherTag({ observation }: { observation: Observation }) {
  const { publisher, file } = observation.source;
  if (!publisher) return null;
  return (
    <span className="figure-publisher" title={`${publisher} open data: ${file}`}>
      {publisher}
      <span className="visually-hidden"> open data</span>
    </span>
  );
}
