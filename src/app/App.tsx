import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { DatasetLoadError } from '../adapters/load-dataset';
import { ScorecardPage } from '../features/scorecard/ScorecardPage';
import { ErrorSummary } from '../shared/ErrorSummary';
import { bindSelectionToUrl } from '../shared/selection-store';
import { useDataset } from '../shared/use-dataset';

function Home() {
  const dataset = useDataset();
  if (dataset.isPending) {
    return (
      <p role="status" className="loading">
        Loading the scorecard…
      </p>
    );
  }
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
  return <ScorecardPage dataset={dataset.data} />;
}

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? new QueryClient());
  useEffect(() => bindSelectionToUrl(), []);
  return (
    <QueryClientProvider client={client}>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <p className="site-title">Corporate Parenting Panel</p>
      </header>
      <main id="main" tabIndex={-1}>
        <Home />
      </main>
      <footer className="site-footer">
        <p>Figures are loaded from the published data folder. Nothing you do here is sent anywhere.</p>
      </footer>
    </QueryClientProvider>
  );
}
