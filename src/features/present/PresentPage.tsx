import { memo, useEffect, useId, useMemo, useRef } from 'react';
import { Link, useLocation } from 'wouter';
import { commentaryFor } from '../../domain/commentary/commentary';
import type { Dataset } from '../../domain/dataset/dataset';
import { describePeriod, periodName } from '../../domain/text/periods';
import { slug } from '../../domain/text/slug';
import { buildScorecard } from '../../domain/scorecard/scorecard';
import { buildSlides, clampSlideNumber, resolveSlideIds, slideHeading, type Slide } from '../../domain/slides/slides';
import { usePrintHeader } from '../../shared/print-header';
import { useCommentary } from '../../shared/use-commentary';
import { useSelectionStore } from '../../shared/selection-store';
import { useViewContext } from '../../shared/use-view-context';
import { useWording } from '../../shared/use-wording';
import { WordsSwitch } from '../../shared/WordsSwitch';
import { ViewNotices } from '../../shared/ViewNotices';
import { SlideView } from './SlideView';
import { Choosing, type SlideChoice } from './ChooseSlides';
import { breakdownsHeldFor } from '../../domain/breakdowns/breakdown-table';
import { PowerPointButton } from './PowerPointButton';
import { homesOfArea, type SavedHomes } from '../../domain/homes/saved-homes';
import { todayIso } from '../../domain/text/dates';

const PANEL_TITLE = 'Corporate Parenting Panel';

interface Deck extends SlideChoice {
  slides: Slide[];
}

/**
 * The deck for the view context's LA, period and grouping, with this browser's commentary. Each step has its own
 * memo, because building the scorecard ranks every measure: a slide change, a Back press (a new `slides` array with
 * the same ids) or the commentary loading must not build it again. No slides are built on the picker (`deck` null).
 */
function useDeck(
  dataset: Dataset,
  heldHomes: readonly SavedHomes[],
  presenting: boolean,
): { choice: SlideChoice; deck: Deck | null } | null {
  const view = useViewContext(dataset, 'figures');
  const requested = useSelectionStore((state) => state.slides);
  const commentary = useCommentary();
  const notes = commentary.data?.notes;
  const wording = useWording();

  const area = view?.area;
  const period = view?.period;
  const neighbours = view?.neighbours ?? null;
  const framework = view?.framework ?? null;
  const notices = view?.notices;
  const built = useMemo(() => {
    if (!area || !period || !notices) return null;
    return {
      scorecard: buildScorecard({
        catalogue: dataset.catalogue,
        areas: dataset.areas,
        index: dataset.index,
        area,
        period,
        neighbours,
        framework,
      }),
      neighbours,
      notices,
    };
  }, [dataset, area, period, neighbours, framework, notices]);

  // Keyed on the ids as text, since the store gives a new array for the same ids on every address change.
  const requestedKey = requested.join(',');
  const choice = useMemo((): SlideChoice | null => {
    if (!built) return null;
    const homes = homesOfArea(heldHomes, built.scorecard.area.code);
    const breakdowns = breakdownsHeldFor(dataset, built.scorecard.area.code).map(({ id, title }) => ({ id, title }));
    const { ids, unknown } = resolveSlideIds(
      requestedKey.split(',').filter(Boolean),
      built.scorecard,
      homes !== null,
      breakdowns.map(({ id }) => id),
    );
    return { ...built, homes, breakdowns, ids, unknown };
  }, [built, requestedKey, heldHomes, dataset]);

  const deck = useMemo((): Deck | null => {
    if (!choice || !presenting) return null;
    const { scorecard, neighbours, ids } = choice;
    const slides = buildSlides({
      scorecard,
      index: dataset.index,
      ids,
      commentary: commentaryFor(notes ?? [], scorecard.area.code, scorecard.period.label),
      panelTitle: PANEL_TITLE,
      neighbours,
      say: wording.say,
      title: wording.title,
      homes: choice.homes && { table: choice.homes, today: todayIso() },
      breakdowns: dataset,
    });
    return { ...choice, slides };
  }, [choice, dataset, notes, presenting, wording]);

  return choice ? { choice, deck } : null;
}

/** A checkbox is pressed, not typed in: a clicker's keys still change slide while one has focus. */
function isCheckbox(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && target.type === 'checkbox';
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    !isCheckbox(target) &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

/**
 * Printing the presentation gives the pack: every slide, one to a page (display: none on screen).
 * Memoised on the slides, so stepping from slide to slide does not render the whole deck again.
 */
const PrintDeck = memo(function PrintDeck({ slides }: { slides: readonly Slide[] }) {
  return (
    <div className="print-deck">
      {slides.map((printed, index) => (
        <div key={printed.id} className={`slide slide-${printed.kind}`}>
          <SlideView slide={printed} headingId={`print-slide-${index + 1}`} />
        </div>
      ))}
    </div>
  );
});

function Presenting({ deck }: { deck: Deck }) {
  const requested = useSelectionStore((state) => state.slide);
  const select = useSelectionStore((state) => state.select);
  const [, navigate] = useLocation();
  const headingId = useId();
  const stage = useRef<HTMLDivElement>(null);
  const count = deck.slides.length;
  const number = clampSlideNumber(requested, count);
  const slide = deck.slides[number - 1];
  const go = (to: number) => {
    const next = clampSlideNumber(to, count);
    if (next !== number) select({ slide: next });
  };

  useEffect(() => {
    document.title = slide ? `Slide ${number} of ${count}: ${slideHeading(slide)} – Presentation` : 'Presentation';
  }, [slide, number, count]);

  // On opening, the slides have the keyboard, so a clicker works at once.
  useEffect(() => {
    stage.current?.focus();
  }, []);

  useEffect(() => {
    const goTo = (to: number) => {
      const next = clampSlideNumber(to, count);
      if (next !== number) select({ slide: next });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      // Space on a focused button presses it, as everywhere else.
      const onButton =
        isCheckbox(event.target) ||
        (event.target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(event.target.tagName));
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
          goTo(number + 1);
          break;
        case ' ':
          if (onButton) return;
          goTo(event.shiftKey ? number - 1 : number + 1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          goTo(number - 1);
          break;
        case 'Home':
          goTo(1);
          break;
        case 'End':
          goTo(count);
          break;
        case 'Escape':
          navigate('/');
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [number, count, select, navigate]);

  if (!slide) return <p>There are no slides to show.</p>;
  const fullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void stage.current?.requestFullscreen().catch(() => undefined);
  };
  return (
    <div className="present" ref={stage} tabIndex={-1} aria-labelledby={headingId} role="region">
      <ViewNotices notices={deck.notices} />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {`Slide ${number} of ${count}: ${slideHeading(slide)}`}
      </p>
      <div className={`slide slide-${slide.kind}`} key={slide.id}>
        <SlideView slide={slide} headingId={headingId} />
      </div>
      <PrintDeck slides={deck.slides} />
      <nav className="present-controls" aria-label="Slides">
        <button type="button" className="present-button" aria-disabled={number <= 1} onClick={() => go(number - 1)}>
          <span aria-hidden="true">← </span>Previous slide
        </button>
        <p className="present-count">
          Slide {number} of {count}
        </p>
        <button type="button" className="present-button" aria-disabled={number >= count} onClick={() => go(number + 1)}>
          Next slide<span aria-hidden="true"> →</span>
        </button>
        <Link href="/present/choose" className="present-link">
          Choose slides
        </Link>
        <button type="button" className="present-button" onClick={fullScreen}>
          Full screen
        </button>
        <PowerPointButton
          slides={deck.slides}
          title={`${PANEL_TITLE}: ${deck.scorecard.area.name}, ${periodName(deck.scorecard.period)}`}
          fileName={`${slug(`${deck.scorecard.area.name} ${deck.scorecard.period.label} panel slides`)}.pptx`}
        />
        <WordsSwitch label="Young people’s words" />
        <Link href="/" className="present-link">
          Leave (Esc)
        </Link>
      </nav>
    </div>
  );
}

/** Presentation mode: the panel's slides (`/present`) and the page that chooses and orders them (`/present/choose`). */
export default function PresentPage({
  dataset,
  homes,
  choosing = false,
}: {
  dataset: Dataset;
  /** The councils' tables of their own homes on screen (CurrentData.homes). */
  homes: readonly SavedHomes[];
  choosing?: boolean;
}) {
  const built = useDeck(dataset, homes, !choosing);
  usePrintHeader(
    built
      ? `${PANEL_TITLE}: ${built.choice.scorecard.area.name}, ${describePeriod(built.choice.scorecard.period)}`
      : PANEL_TITLE,
  );
  if (!built) {
    return (
      <>
        <h1>Presentation</h1>
        <p>The data folder holds no figures for a local authority yet, so there is nothing to present.</p>
      </>
    );
  }
  return built.deck ? <Presenting deck={built.deck} /> : <Choosing deck={built.choice} />;
}
