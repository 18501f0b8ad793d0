import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { CURRENT_DATA_QUERY_KEY, loadCurrentData } from './shared/use-dataset';
import './app/styles.css';
import './app/spc.css';

const queryClient = new QueryClient();
// Start fetching the figures now, not after React's first render: the data folder's requests then
// overlap with React starting up instead of following it (measured by npm run bench, figure 3).
void queryClient.prefetchQuery({
  queryKey: CURRENT_DATA_QUERY_KEY,
  queryFn: loadCurrentData,
  staleTime: Infinity,
  retry: false,
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}
