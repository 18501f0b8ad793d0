import { create } from 'zustand';
import { areaCode } from '../domain/areas/area-code';
import { periodLabel, type PeriodLabel } from '../domain/periods/period-label';
import type { ComparatorKind } from '../domain/scorecard/scorecard';
import { neighbourStatisticFrom, rankScopeFrom, type ViewChoice } from '../domain/view/view-choice';

/** Which column the scorecard is sorted by; `desc` false = ascending. */
export interface ScorecardSort {
  column: string;
  desc: boolean;
}

/**
 * The reader's choices. Only UI selections live here (figures come through react-query), and every
 * one of them is mirrored in the address bar so that a copied link opens the same view. The area,
 * period and comparison choices are the domain's `ViewChoice`, which `useViewContext` resolves.
 */
export interface Selection extends ViewChoice {
  /** Key question id; empty = all. */
  question: string;
  search: string;
  sort: ScorecardSort | null;
  /** Measure page: chart, the table behind it, or the SPC chart. */
  view: MeasureView;
  /** Measure page: comparator lines the reader has switched off. */
  hidden: readonly ComparatorKind[];
  /** Measure page: start the value axis at zero instead of fitting it to the figures. */
  fromZero: boolean;
  /**
   * Measure page, SPC view: the first period of each new stretch of limits after a change to the
   * process, as period labels rather than positions, so the link still means the same after new figures.
   */
  rebase: readonly PeriodLabel[];
  /** Presentation mode: the slides chosen, in order (`title`, `q:<key question>`, `m:<measure>`); empty = the standard deck. */
  slides: readonly string[];
  /** Presentation mode: the slide on screen, counted from 1 as the slide number says. */
  slide: number;
  /** Breakdown page: the two snapshots compared (earlier, later), as period labels; empty = the first and the latest. */
  compare: readonly PeriodLabel[];
  /** Scorecard, measure pages, slides and glossary: professional terms, or the words a Children in Care Council uses. */
  words: Wording;
  /** Scorecard: every period's figure as well as the latest (wider: the history scrolls beside the measure). */
  history: boolean;
}

export type Wording = 'standard' | 'child';
const MEASURE_VIEWS = ['chart', 'table', 'spc'] as const;
export type MeasureView = (typeof MEASURE_VIEWS)[number];

function measureViewFrom(text: string): MeasureView {
  return MEASURE_VIEWS.find((view) => view === text) ?? 'chart';
}

export interface SelectionStore extends Selection {
  select: (change: Partial<Selection>) => void;
}

/**
 * How one choice lives in the URL. A missing parameter is the default; a value that writes the same
 * as the default, or writes nothing, is left out, so the plain address opens the plain view.
 */
interface UrlField<T> {
  key: string;
  default: T;
  /** Reads the parameter's text; a hand-edited value that means nothing gives the default. */
  parse: (text: string) => T;
  write: (value: T) => string;
}

const COMPARATOR_KINDS: readonly string[] = ['england', 'region', 'stat_neighbours'] satisfies ComparatorKind[];

function isComparatorKind(text: string): text is ComparatorKind {
  return COMPARATOR_KINDS.includes(text);
}

function list(text: string): string[] {
  return text.split(',').filter(Boolean);
}

function sortFrom(text: string): ScorecardSort | null {
  // Column ids may contain colons themselves (`comparator:england`), so the direction is after the last one.
  const split = text.lastIndexOf(':');
  const column = split > 0 ? text.slice(0, split) : text;
  return column ? { column, desc: split > 0 && text.slice(split + 1) === 'desc' } : null;
}

/** A hand-edited `slide=` that is not a whole number from 1 opens the first slide rather than failing. */
function slideNumber(text: string): number {
  const number = Number(text);
  return Number.isInteger(number) && number >= 1 ? number : 1;
}

/** One entry per choice, in the order the URL lists them. */
const URL_FIELDS: { readonly [K in keyof Selection]: UrlField<Selection[K]> } = {
  area: { key: 'area', default: null, parse: (text) => (text ? areaCode(text) : null), write: (code) => code ?? '' },
  period: {
    key: 'period',
    default: null,
    parse: (text) => (text ? periodLabel(text) : null),
    write: (label) => label ?? '',
  },
  question: { key: 'question', default: '', parse: (text) => text, write: (id) => id },
  search: { key: 'q', default: '', parse: (text) => text, write: (text) => text },
  sort: {
    key: 'sort',
    default: null,
    parse: sortFrom,
    write: (sort) => (sort ? `${sort.column}:${sort.desc ? 'desc' : 'asc'}` : ''),
  },
  view: {
    key: 'view',
    default: 'chart',
    parse: measureViewFrom,
    write: (view) => view,
  },
  hidden: {
    key: 'hide',
    default: [],
    // In the order written, so that reading the address back writes the same address.
    parse: (text) => list(text).filter(isComparatorKind),
    write: (kinds) => kinds.join(','),
  },
  fromZero: { key: 'zero', default: false, parse: (text) => text === '1', write: (zero) => (zero ? '1' : '') },
  rebase: {
    key: 'rebase',
    default: [],
    parse: (text) => list(text).map(periodLabel),
    write: (labels) => labels.join(','),
  },
  neighbourModel: {
    key: 'model',
    default: null,
    parse: (text) => text || null,
    write: (label) => label ?? '',
  },
  neighbourStatistic: {
    key: 'sn',
    // Unset: the grouping's own (the mean for the key questions, the median for a framework).
    default: null,
    parse: neighbourStatisticFrom,
    write: (statistic) => statistic ?? '',
  },
  framework: { key: 'framework', default: null, parse: (text) => text || null, write: (id) => id ?? '' },
  rankScope: {
    key: 'rank',
    default: 'region',
    parse: (text) => rankScopeFrom(text) ?? 'region',
    write: (scope) => scope,
  },
  slides: { key: 'slides', default: [], parse: list, write: (ids) => ids.join(',') },
  slide: { key: 'slide', default: 1, parse: slideNumber, write: String },
  compare: {
    key: 'compare',
    default: [],
    parse: (text) => list(text).slice(0, 2).map(periodLabel),
    write: (labels) => labels.join(','),
  },
  words: {
    key: 'words',
    default: 'standard',
    parse: (text) => (text === 'child' ? 'child' : 'standard'),
    write: (words) => words,
  },
  history: { key: 'history', default: false, parse: (text) => text === '1', write: (shown) => (shown ? '1' : '') },
};

// Object.keys loses the key type; the table's keys are exactly Selection's.
const FIELD_NAMES = Object.keys(URL_FIELDS) as (keyof Selection)[];

function copyDefault<K extends keyof Selection>(into: Partial<Selection>, name: K): void {
  into[name] = URL_FIELDS[name].default;
}

/** Built from the table, so a new choice needs its entry there and nowhere else. */
export const EMPTY_SELECTION: Selection = (() => {
  const selection: Partial<Selection> = {};
  for (const name of FIELD_NAMES) copyDefault(selection, name);
  // Every field is set: FIELD_NAMES are the table's keys, which are Selection's.
  return selection as Selection;
})();

function readField<K extends keyof Selection>(into: Selection, name: K, params: URLSearchParams): void {
  const field = URL_FIELDS[name];
  const text = params.get(field.key);
  into[name] = text === null ? field.default : field.parse(text);
}

function writeField<K extends keyof Selection>(selection: Selection, name: K, params: URLSearchParams): void {
  const field = URL_FIELDS[name];
  const text = field.write(selection[name]);
  if (text !== '' && text !== field.write(field.default)) params.set(field.key, text);
}

export function selectionFromSearch(search: string): Selection {
  const params = new URLSearchParams(search);
  const selection = { ...EMPTY_SELECTION };
  for (const name of FIELD_NAMES) readField(selection, name, params);
  return selection;
}

export function searchFromSelection(selection: Selection): string {
  const params = new URLSearchParams();
  for (const name of FIELD_NAMES) writeField(selection, name, params);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const useSelectionStore = create<SelectionStore>()((set) => ({
  ...EMPTY_SELECTION,
  select: (change) => set(change),
}));

/** The store's choices without its `select` function. */
function currentSelection(): Selection {
  const state = useSelectionStore.getState();
  const selection = { ...EMPTY_SELECTION };
  for (const name of FIELD_NAMES) copyFrom(selection, state, name);
  return selection;
}

function copyFrom<K extends keyof Selection>(into: Selection, from: Selection, name: K): void {
  into[name] = from[name];
}

/**
 * Keeps the store and the address bar in step: the URL is read on start and on back/forward, and
 * every change is written back. Typing in the search box replaces the history entry instead of
 * adding one per keystroke.
 */
export function bindSelectionToUrl(target: Window = window): () => void {
  useSelectionStore.setState(selectionFromSearch(target.location.search));
  const onPopState = () => useSelectionStore.setState(selectionFromSearch(target.location.search));
  target.addEventListener('popstate', onPopState);
  const unsubscribe = useSelectionStore.subscribe((state, previous) => {
    const search = searchFromSelection(currentSelection());
    if (search === target.location.search || (search === '' && target.location.search === '')) return;
    const url = `${target.location.pathname}${search}${target.location.hash}`;
    // Typing in the search box replaces the entry, so Back does not step through every keystroke.
    const onlySearchChanged =
      state.search !== previous.search &&
      searchFromSelection({ ...currentSelection(), search: previous.search }) === target.location.search;
    if (onlySearchChanged) target.history.replaceState(null, '', url);
    else target.history.pushState(null, '', url);
  });
  return () => {
    target.removeEventListener('popstate', onPopState);
    unsubscribe();
  };
}
