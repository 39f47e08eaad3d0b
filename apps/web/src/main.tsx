import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { api } from './api/endpoints';
import { isApiError } from './api/problem';
import { createRouter } from './app/router';
import { setupI18n } from './i18n';
import './styles.css';

setupI18n();

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not change by asking again.
      retry: (failures, error) => failures < 2 && !(isApiError(error) && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

// Someone else signing in (or out) must not see the previous user's data.
let signedInUserId: string | undefined;
api.subscribe((session) => {
  const userId = session.status === 'signed-in' ? session.user.id : undefined;
  if (userId !== signedInUserId) {
    if (signedInUserId !== undefined) {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'taxonomy' });
    }
    signedInUserId = userId;
  }
});
void api.resume();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={createRouter()} />
    </QueryClientProvider>
  </StrictMode>,
);
