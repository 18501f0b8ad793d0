import { useEffect, useMemo, useRef } from 'react';
import { Link } from 'wouter';
import type { NeighbourChoice } from '../../domain/comparison/neighbours';
import type { SavedHomes } from '../../domain/homes/saved-homes';
import type { Scorecard } from '../../domain/scorecard/scorecard';
import { slideChoices, slideName, type BreakdownChoice } from '../../domain/slides/slide-choices';
import { moveSlide, toggleSlide } from '../../domain/slides/slides';
import { describePeriod } from '../../domain/text/periods';
import { plural } from '../../domain/text/plural';
import type { ViewNotice } from '../../domain/view/view-context';
import { useSelectionStore } from '../../shared/selection-store';
import { ViewNotices } from '../../shared/ViewNotices';

/** The scorecard the deck is drawn from, and the slides chosen from it. */
export interface SlideChoice {
  scorecard: Scorecard;
  /** The council's table of its own homes, for the homes slide; null when none is held. */
  homes: SavedHomes | null;
  neighbours: NeighbourChoice | null;
  /** The breakdowns held for the area, whose slides can be chosen. */
  breakdowns: readonly BreakdownChoice[];
  ids: string[];
  unknown: string[];
  /** What the link asked for that could not be shown, as every page says it. */
  notices: readonly ViewNotice[];
}

/** The page that chooses and orders the slides (`/present/choose`). */
export function Choosing({ deck }: { deck: SlideChoice }) {
  const select = useSelectionStore((state) => state.select);
  const choices = useMemo(
    () => slideChoices(deck.scorecard, deck.homes !== null, deck.breakdowns),
    [deck.scorecard, deck.homes, deck.breakdowns],
  );
  const refocus = useRef<string | null>(null);
  const setIds = (ids: string[]) => select({ slides: ids, slide: 1 });
  const groups = [...new Set(choices.map((choice) => choice.group))];

  useEffect(() => {
    document.title = 'Choose the slides – Presentation';
  }, []);
  // A moved slide's button keeps the keyboard, so it can be moved again at once.
  useEffect(() => {
    if (!refocus.current) return;
    document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  });
  const move = (index: number, by: -1 | 1, buttonId: string) => {
    refocus.current = buttonId;
    setIds(moveSlide(deck.ids, index, by));
  };

  return (
    <>
      <p className="back-link">
        <Link href="/present">Back to the presentation</Link>
      </p>
      <h1>
        Choose the slides{' '}
        <span className="h1-sub">
          {deck.scorecard.area.name}, {describePeriod(deck.scorecard.period)}
        </span>
      </h1>
      <p className="lead">
        Tick the slides to show; a measure you tick goes at the end. Move slides up and down to change the order. The
        choice is kept in the page&rsquo;s address, so a copied link opens the same presentation.
      </p>
      <ViewNotices notices={deck.notices} />
      {deck.unknown.length > 0 ? (
        <p className="notice" role="status">
          The link asked for {plural(deck.unknown.length, 'a slide', 'slides')} this data does not hold (
          {deck.unknown.join(', ')}), so {plural(deck.unknown.length, 'it is', 'they are')} left out.
        </p>
      ) : null}
      <div className="slide-picker">
        <section aria-labelledby="order-heading">
          <h2 id="order-heading">Slides in order</h2>
          <ol className="slide-order">
            {deck.ids.map((id, index) => {
              const name = slideName(id, deck.scorecard, deck.breakdowns);
              return (
                <li key={id}>
                  <span className="slide-order-name">{name}</span>
                  <span className="slide-order-buttons">
                    <button
                      type="button"
                      id={`up-${id}`}
                      className="button-secondary"
                      aria-disabled={index === 0}
                      onClick={() => move(index, -1, `up-${id}`)}
                    >
                      Move up<span className="visually-hidden">: {name}</span>
                    </button>
                    <button
                      type="button"
                      id={`down-${id}`}
                      className="button-secondary"
                      aria-disabled={index === deck.ids.length - 1}
                      onClick={() => move(index, 1, `down-${id}`)}
                    >
                      Move down<span className="visually-hidden">: {name}</span>
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
          <p>
            <Link href="/present" className="button">
              Start presenting
            </Link>
          </p>
        </section>
        <section aria-labelledby="choose-heading">
          <h2 id="choose-heading">Slides you can show</h2>
          {groups.map((group) => (
            <fieldset key={group || 'title'} className="slide-choices">
              <legend>{group || 'Opening'}</legend>
              {choices
                .filter((choice) => choice.group === group)
                .map((choice) => (
                  <label key={choice.id} className="choice">
                    <input
                      type="checkbox"
                      checked={deck.ids.includes(choice.id)}
                      onChange={(event) => setIds(toggleSlide(deck.ids, choice.id, event.target.checked))}
                    />
                    {choice.name}
                  </label>
                ))}
            </fieldset>
          ))}
        </section>
      </div>
    </>
  );
}
