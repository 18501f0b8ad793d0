import { create } from 'zustand';

/** Which column the scorecard is sorted by; `desc` false = ascending. */
export interface ScorecardSort {
  column: string;
  desc: boolean;
}

/**
 * The reader's choices. Only UI selections live here (figures come through react-query), and every
 * one of them is mirrored in the address bar so that a copied link opens the same view.
 */
export interface Selection {
  /** ONS code of the home local authority; empty = the data folder's home area. */
  area: string;
  /** Period label; empty = the data folder's default period. */
  period: string;
  /** Key question id; empty = all. */
  question: string;
  search: string;
  sort: ScorecardSort | null;
  /** Measure page: chart or the table behind it. */
  view: 'chart' | 'table';
  /** Measure page: comparator lines the reader has switched off (`england`, `region`, `stat_neighbours`). */
  hidden: readonly string[];
  /** Measure page: start the value axis at zero instead of fitting it to the figures. */
  fromZero: boolean;
  /** Statistical-neighbour model computed comparators use, by its year (`2021`, `2025`); empty = the newest. */
  neighbourModel: string;
  /** How neighbours' figures are combined: the mean (as LAIT) or the median (as DfE's dashboard). */
  neighbourStatistic: 'mean' | 'median';
  /** Measure page: the LAs the comparison chart ranks, the home LA's region or all of England. */
  rankScope: 'region' | 'england';
  /** Presentation mode: the slides chosen, in order (`title`, `q:<key question>`, `m:<measure>`); empty = the standard deck. */
  slides: readonly string[];
  /** Presentation mode: the slide on screen, counted from 1 as the slide number says. */
  slide: number;
}

export interface SelectionStore extends Selection {
  select: (change: Partial<Selection>) => void;
}

export const EMPTY_SELECTION: Selection = {
  area: '',
  period: '',
  question: '',
  search: '',
  sort: null,
  view: 'chart',
  hidden: [],
  fromZero: false,
  neighbourModel: '',
  neighbourStatistic: 'mean',
  rankScope: 'region',
  slides: [],
  slide: 1,
};

/** A hand-edited `slide=` that is not a whole number from 1 opens the first slide rather than failing. */
function slideNumber(text: string | null): number {
  const number = Number(text ?? '');
  return Number.isInteger(number) && number >= 1 ? number : 1;
}

export function selectionFromSearch(search: string): Selection {
  const params = new URLSearchParams(search);
  const sortText = params.get('sort') ?? '';
  // Column ids may contain colons themselves (`comparator:england`), so the direction is after the last one.
  const split = sortText.lastIndexOf(':');
  const column = split > 0 ? sortText.slice(0, split) : sortText;
  const direction = split > 0 ? sortText.slice(split + 1) : '';
  return {
    area: params.get('area') ?? '',
    period: params.get('period') ?? '',
    question: params.get('question') ?? '',
    search: params.get('q') ?? '',
    sort: column ? { column, desc: direction === 'desc' } : null,
    view: params.get('view') === 'table' ? 'table' : 'chart',
    hidden: (params.get('hide') ?? '').split(',').filter(Boolean),
    fromZero: params.get('zero') === '1',
    neighbourModel: params.get('model') ?? '',
    neighbourStatistic: params.get('sn') === 'median' ? 'median' : 'mean',
    rankScope: params.get('rank') === 'england' ? 'england' : 'region',
    slides: (params.get('slides') ?? '').split(',').filter(Boolean),
    slide: slideNumber(params.get('slide')),
  };
}

export function searchFromSelection(selection: Selection): string {
  const params = new URLSearchParams();
  if (selection.area) params.set('area', selection.area);
  if (selection.period) params.set('period', selection.period);
  if (selection.question) params.set('question', selection.question);
  if (selection.search) params.set('q', selection.search);
  if (selection.sort) params.set('sort', `${selection.sort.column}:${selection.sort.desc ? 'desc' : 'asc'}`);
  if (selection.view === 'table') params.set('view', 'table');
  if (selection.hidden.length > 0) params.set('hide', selection.hidden.join(','));
  if (selection.fromZero) params.set('zero', '1');
  if (selection.neighbourModel) params.set('model', selection.neighbourModel);
  if (selection.neighbourStatistic === 'median') params.set('sn', 'median');
  if (selection.rankScope === 'england') params.set('rank', 'england');
  if (selection.slides.length > 0) params.set('slides', selection.slides.join(','));
  if (selection.slide > 1) params.set('slide', String(selection.slide));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const useSelectionStore = create<SelectionStore>()((set) => ({
  ...EMPTY_SELECTION,
  select: (change) => set(change),
}));

function currentSelection(): Selection {
  const {
    area,
    period,
    question,
    search,
    sort,
    view,
    hidden,
    fromZero,
    neighbourModel,
    neighbourStatistic,
    rankScope,
    slides,
    slide,
  } = useSelectionStore.getState();
  return {
    area,
    period,
    question,
    search,
    sort,
    view,
    hidden,
    fromZero,
    neighbourModel,
    neighbourStatistic,
    rankScope,
    slides,
    slide,
  };
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
