import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useDeferredValue, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Link, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { DatasetLoadError } from '../adapters/load-dataset';
import type { Dataset } from '../domain/dataset/dataset';
import { ScorecardPage } from '../features/scorecard/ScorecardPage';
import { ErrorSummary } from '../shared/ErrorSummary';
import { bindSelectionToUrl } from '../shared/selection-store';
import { useCurrentData, type CurrentData } from '../shared/use-dataset';
import { WordsSwitch } from '../shared/WordsSwitch';

// The measure page's charts and tables load when one opens, not with the scorecard.
const loadMeasurePage = () => import('../features/measure/MeasurePage');
const MeasurePage = lazy(loadMeasurePage);
// A breakdown's page (issue 15) is off the first screen's bundle too.
const loadBreakdownPage = () => import('../features/breakdown/BreakdownPage');
const BreakdownPage = lazy(loadBreakdownPage);
// The upload path (worker, spreadsheet reader) and the history page load only when opened.
const loadUploadPage = () => import('../features/upload/UploadPage');
const UploadPage = lazy(loadUploadPage);
// The 903 return's engine runs in its own worker, loaded only when a return is worked out.
const loadReturn903Page = () => import('../features/return903/Return903Page');
const Return903Page = lazy(loadReturn903Page);
const loadHistoryPage = () => import('../features/history/HistoryPage');
const HistoryPage = lazy(loadHistoryPage);
const loadInspectionsPage = () => import('../features/inspections/InspectionsPage');
const InspectionsPage = lazy(loadInspectionsPage);
const loadPresentPage = () => import('../features/present/PresentPage');
const PresentPage = lazy(loadPresentPage);
const loadGlossaryPage = () => import('../features/glossary/GlossaryPage');
const GlossaryPage = lazy(loadGlossaryPage);
const loadAboutDataPage = () => import('../features/about/AboutDataPage');
const AboutDataPage = lazy(loadAboutDataPage);

function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="loading">
      Loading {what}…
    </p>
  );
}

/**
 * Shows its page only once the data has loaded whole; otherwise says why not. `code` fetches the
 * page's own chunk: started when the route matches, it downloads while the data loads instead of
 * after it (docs/performance.md).
 */
function WithCurrentData({
  children,
  code,
}: {
  children: (current: CurrentData) => ReactNode;
  code?: () => Promise<unknown>;
}) {
  const current = useCurrentData();
  // The page is drawn in a deferred render, which React works through in slices of a few
  // milliseconds with the browser's turns between them; the query's own update would draw it in one
  // synchronous task as the figures arrive (docs/performance.md). Until it is drawn, "Loading" stays.
  const data = useDeferredValue(current.data);
  useEffect(() => {
    // A failed fetch is the lazy page's to report (its Suspense boundary), not this one's.
    code?.().catch(() => undefined);
  }, [code]);
  if (current.isError) {
    const problems =
      current.error instanceof DatasetLoadError
        ? current.error.problems
        : [{ severity: 'error' as const, rule: 'load_failed', message: current.error.message }];
    return (
      <>
        <h1>Performance scorecard</h1>
        <ErrorSummary title="The scorecard's data could not be loaded" problems={problems} />
        <p>
          Nothing is shown until the published data folder is fixed, so no one reads half a scorecard. Ask the
          performance team to check the files listed above.
        </p>
      </>
    );
  }
  if (!data) return <Loading what="the scorecard" />;
  return <>{children(data)}</>;
}

function WithDataset({ children, code }: { children: (dataset: Dataset) => ReactNode; code?: () => Promise<unknown> }) {
  return <WithCurrentData code={code}>{(current) => children(current.dataset)}</WithCurrentData>;
}

/** Which figures are on screen, said on every page, so no one mistakes a draft upload for the published scorecard. */
function DataSourceBanner() {
  const current = useCurrentData();
  if (!current.data) return null;
  const { version, storage, problems } = current.data;
  return (
    <>
      {version ? (
        <p className="data-banner">
          Showing saved version <strong>{version.name}</strong>, saved{' '}
          {new Date(version.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}.{' '}
          <Link href="/history">See all versions</Link>
        </p>
      ) : null}
      {!storage.ok ? (
        <p className="data-banner data-banner-warning" role="status">
          Read-only: {storage.reason}
        </p>
      ) : null}
      {problems.length > 0 ? (
        <p className="data-banner data-banner-warning" role="alert">
          The latest saved version could not be read, so the published figures are shown. {problems[0]?.message}
        </p>
      ) : null}
    </>
  );
}

/** The footer says which figures are on screen: the published ones, or a version saved in this browser. */
function FiguresShown() {
  const current = useCurrentData();
  const version = current.data?.version;
  return (
    <p>
      {version ? (
        <>
          Showing saved version <strong>{version.name}</strong>, kept in this browser, not the published figures.{' '}
          <Link href="/history">Saved versions</Link>
        </>
      ) : current.data ? (
        'Showing the published figures from the data folder.'
      ) : (
        'Loading the figures.'
      )}{' '}
      Nothing you do here is sent anywhere.
    </p>
  );
}

/** After moving between pages, focus goes to the top of the new page, as a full page load would. */
function useFocusOnNavigation(main: RefObject<HTMLElement | null>) {
  const [location] = useLocation();
  const previous = useRef(location);
  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [location, main]);
}

function Pages() {
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  return (
    <main id="main" tabIndex={-1} ref={main}>
      <DataSourceBanner />
      <Switch>
        <Route path="/">
          <WithCurrentData>
            {(current) => <ScorecardPage dataset={current.dataset} homes={current.homes} />}
          </WithCurrentData>
        </Route>
        <Route path="/measures/:id">
          {(params) => (
            <WithDataset code={loadMeasurePage}>
              {(dataset) => (
                <Suspense fallback={<Loading what="the measure" />}>
                  <MeasurePage dataset={dataset} measureId={params.id} />
                </Suspense>
              )}
            </WithDataset>
          )}
        </Route>
        <Route path="/breakdowns/:id">
          {(params) => (
            <WithDataset code={loadBreakdownPage}>
              {(dataset) => (
                <Suspense fallback={<Loading what="the breakdown" />}>
                  <BreakdownPage dataset={dataset} breakdownId={params.id} />
                </Suspense>
              )}
            </WithDataset>
          )}
        </Route>
        <Route path="/upload">
          <WithCurrentData code={loadUploadPage}>
            {(current) => (
              <Suspense fallback={<Loading what="the upload page" />}>
                <UploadPage current={current} />
              </Suspense>
            )}
          </WithCurrentData>
        </Route>
        <Route path="/903-return">
          <WithCurrentData code={loadReturn903Page}>
            {(current) => (
              <Suspense fallback={<Loading what="the 903 return page" />}>
                <Return903Page current={current} />
              </Suspense>
            )}
          </WithCurrentData>
        </Route>
        <Route path="/history">
          <WithCurrentData code={loadHistoryPage}>
            {(current) => (
              <Suspense fallback={<Loading what="the saved versions" />}>
                <HistoryPage current={current} />
              </Suspense>
            )}
          </WithCurrentData>
        </Route>
        <Route path="/inspections">
          <WithCurrentData code={loadInspectionsPage}>
            {(current) => (
              <Suspense fallback={<Loading what="the Ofsted inspections" />}>
                <InspectionsPage dataset={current.dataset} homes={current.homes} />
              </Suspense>
            )}
          </WithCurrentData>
        </Route>
        <Route path="/present">
          <WithCurrentData code={loadPresentPage}>
            {(current) => (
              <Suspense fallback={<Loading what="the presentation" />}>
                <PresentPage dataset={current.dataset} homes={current.homes} />
              </Suspense>
            )}
          </WithCurrentData>
        </Route>
        <Route path="/glossary/:term?">
          {(params) => (
            <Suspense fallback={<Loading what="the glossary" />}>
              <GlossaryPage term={params.term} />
            </Suspense>
          )}
        </Route>
        <Route path="/about">
          <WithCurrentData code={loadAboutDataPage}>
            {(current) => (
              <Suspense fallback={<Loading what="About the data" />}>
                <AboutDataPage current={current} />
              </Suspense>
            )}
          </WithCurrentData>
        </Route>
        <Route path="/present/choose">
          <WithCurrentData code={loadPresentPage}>
            {(current) => (
              <Suspense fallback={<Loading what="the slide picker" />}>
                <PresentPage dataset={current.dataset} homes={current.homes} choosing />
              </Suspense>
            )}
          </WithCurrentData>
        </Route>
        <Route>
          <h1>Page not found</h1>
          <p>
            <a href="#/">Go to the scorecard</a>
          </p>
        </Route>
      </Switch>
    </main>
  );
}

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? new QueryClient());
  useEffect(() => bindSelectionToUrl(), []);
  return (
    <QueryClientProvider client={client}>
      <Router hook={useHashLocation}>
        <a
          className="skip-link"
          href="#main"
          onClick={(event) => {
            // The hash is the router's, so the skip link moves focus itself instead of changing it.
            event.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          Skip to main content
        </a>
        <header className="site-header">
          <p className="site-title">Corporate Parenting Panel</p>
          <nav aria-label="Site">
            <ul className="site-nav">
              <li>
                <Link href="/">Scorecard</Link>
              </li>
              <li>
                <Link href="/inspections">Ofsted inspections</Link>
              </li>
              <li>
                <Link href="/present">Present</Link>
              </li>
              <li>
                <Link href="/upload">Upload figures</Link>
              </li>
              <li>
                <Link href="/903-return">From the 903 return</Link>
              </li>
              <li>
                <Link href="/history">Saved versions</Link>
              </li>
              <li>
                <Link href="/glossary">Glossary</Link>
              </li>
              <li>
                <Link href="/about">About the data</Link>
              </li>
            </ul>
          </nav>
          <WordsSwitch className="site-words-switch" />
        </header>
        <Pages />
        <footer className="site-footer">
          <FiguresShown />
        </footer>
      </Router>
    </QueryClientProvider>
  );
}
