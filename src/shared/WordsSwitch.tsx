import { useSelectionStore } from './selection-store';

/**
 * The switch to the words a Children in Care Council uses ("home" for placement, "children in
 * care" for CLA) on the scorecard, measure pages, slides and glossary. It is kept in the address
 * (`words=child`), so a link opens the same words.
 */
export function WordsSwitch({
  className = '',
  label = 'Use young people’s words',
}: {
  className?: string;
  label?: string;
}) {
  const words = useSelectionStore((state) => state.words);
  const select = useSelectionStore((state) => state.select);
  return (
    <label className={`choice words-switch ${className}`.trim()}>
      <input
        type="checkbox"
        checked={words === 'child'}
        onChange={(event) => select({ words: event.target.checked ? 'child' : 'standard' })}
      />
      {label}
    </label>
  );
}
