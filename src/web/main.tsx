import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { isApiError } from './api/client.ts';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { authKeys } from './pages/auth/useAuth.ts';

/** A 401 anywhere means the session ended: forget the user, RequireAuth sends them to /login. */
function onAnyError(error: unknown) {
  if (isApiError(error, 401)) queryClient.setQueryData(authKeys.me(), null);
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onAnyError }),
  mutationCache: new MutationCache({ onError: onAnyError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Retry only what may pass next time: network failures and server errors.
      retry: (count, error) => count < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <App />
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
