import type { Variation } from '../../domain/spc/variation';
import { VARIATION_SHORT, VARIATION_WORDS } from '../../domain/text/spc';
import { VariationIcon } from './SpcIcons';

/**
 * The latest point's variation icon in a small space (a scorecard cell), with its short name beside
 * it; a screen reader hears the full name instead.
 */
export function VariationNote({ variation }: { variation: Variation | null }) {
  if (!variation) return null;
  return (
    <span className="spc-cell">
      <VariationIcon variation={variation} size={28} />
      <span aria-hidden="true">SPC: {VARIATION_SHORT[variation]}</span>
      <span className="visually-hidden">Statistical process control: {VARIATION_WORDS[variation].label}</span>
    </span>
  );
}
