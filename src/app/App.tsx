import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { DatasetLoadError } from '../adapters/load-dataset';
import type { Dataset } from '../domain/dataset';
import { ScorecardPage } from '../features/scorecard/ScorecardPage';
import { ErrorSummary } from '../shared/ErrorSummary';
import { bindSelectionToUrl } from '../shared/selection-store';
import { useDataset } from '../shared/use-dataset';

// Charts are only on measure pages, so recharts is loaded when one opens, not with the scorecard.
const MeasurePage = lazy(() => import('../features/measure/MeasurePage'));

function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="loading">
      Loading {what}…
    </p>
  );
}

/** Shows its page only once the published data has loaded whole; otherwise says why not. */
function WithDataset({ children }: { children: (dataset: Dataset) => ReactNode }) {
  const dataset = useDataset();
  if (dataset.isPending) return <Loading what="the scorecard" />;
  if (dataset.isError) {
    const problems = dataset.error instanceof DatasetLoadError ? dataset.error.problems : [{ severity: 'error' as const, rule: 'load_failed', message: dataset.error.message }];
    return (
      <>
        <h1>Performance scorecard</h1>
        <ErrorSummary title="The scorecard's data could not be loaded" problems={problems} />
        <p>Nothing is shown until the published data folder is fixed, so no one reads half a scorecard. Ask the performance team to check the files listed above.</p>
      </>
    );
  }
  return <>{children(dataset.data)}</>;
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
      <Switch>
        <Route path="/">
          <WithDataset>{(dataset) => <ScorecardPage dataset={dataset} />}</WithDataset>
        </Route>
        <Route path="/measures/:id">
          {(params) => (
            <WithDataset>
              {(dataset) => (
                <Suspense fallback={<Loading what="the measure" />}>
                  <MeasurePage dataset={dataset} measureId={params.id} />
                </Suspense>
              )}
            </WithDataset>
          )}
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
        <a className="skip-link" href="#main" onClick={(event) => {
          // The hash is the router's, so the skip link moves focus itself instead of changing it.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}>
          Skip to main content
        </a>
        <header className="site-header">
          <p className="site-title">Corporate Parenting Panel</p>
        </header>
        <Pages />
        <footer className="site-footer">
          <p>Figures are loaded from the published data folder. Nothing you do here is sent anywhere.</p>
        </footer>
      </Router>
    </QueryClientProvider>
  );
}
