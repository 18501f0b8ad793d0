import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Area } from '../domain/areas/area';
import { matchAreas } from '../domain/areas/area-search';
import { countOf } from '../domain/text/plural';

/** More than this and the list stops helping: the reader types another letter instead. */
const SHOWN_MATCHES = 8;

/**
 * Search for a local authority by name or code, then choose it from the matches. The matches are a
 * plain list of buttons after the box rather than an ARIA combobox: every screen reader and switch
 * user can reach a button by Tab, with nothing to learn, and Enter in the box takes the first match.
 */
export function AreaPicker({
  areas,
  regionName,
  onChoose,
}: {
  areas: readonly Area[];
  regionName: (area: Area) => string;
  onChoose: (area: Area) => void;
}) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState('');
  const ids = { input: useId(), hint: useId(), status: useId() };
  const matches = useMemo(() => matchAreas(areas, query), [areas, query]);
  const shown = matches.slice(0, SHOWN_MATCHES);

  const choose = (area: Area) => {
    setQuery('');
    setChosen(`Now showing ${area.name}.`);
    onChoose(area);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const [first] = matches;
    if (first) choose(first);
  };

  let status = chosen;
  if (query.trim() !== '') {
    if (matches.length === 0)
      status = `No local authority matches ‘${query.trim()}’. Try part of its name, or its code.`;
    else if (matches.length > shown.length)
      status = `${matches.length} local authorities match. The first ${shown.length} are listed: type more to narrow them.`;
    else
      status = `${countOf(matches.length, 'local authority matches', 'local authorities match')}. Press Enter for the first, or choose from the list.`;
  }

  return (
    <div className="field area-picker">
      <label htmlFor={ids.input}>Find a local authority</label>
      <span id={ids.hint} className="field-hint-inline">
        Part of its name, or its code
      </span>
      <input
        id={ids.input}
        type="search"
        value={query}
        autoComplete="off"
        aria-describedby={`${ids.hint} ${ids.status}`}
        onChange={(event) => {
          setQuery(event.target.value);
          setChosen('');
        }}
        onKeyDown={onKeyDown}
      />
      <p id={ids.status} className="area-picker-status" role="status">
        {status}
      </p>
      {shown.length > 0 ? (
        <ul className="area-matches" aria-label="Matching local authorities">
          {shown.map((area) => (
            <li key={area.code}>
              <button type="button" className="area-match" onClick={() => choose(area)}>
                {area.name} <span className="area-match-region">{regionName(area)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
