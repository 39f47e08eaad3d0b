import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { api } from './api/endpoints';
import { queryClient } from './app/query-client';
import { createRouter } from './app/router';
import { currentLanguage, loadLanguage, setupI18n } from './i18n';
import { taxonomyQuery } from './taxonomy/labels';
import './styles.css';

setupI18n();
try {
  await loadLanguage(currentLanguage());
} catch (error) {
  // Offline or a failed deploy: the page still works, in English, rather than not at all.
  console.error('could not load the interface language, showing English', error);
}

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
// Nearly every page labels with it: its request goes out with the page's own, not after the page has rendered.
void queryClient.prefetchQuery(taxonomyQuery);

const root = createRoot(document.getElementById('root')!);
// As a transition, the first render yields to the browser every few milliseconds instead of holding the main
// thread for the whole tree (on a slow phone, that one long task is what delays the first tap).
startTransition(() =>
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={createRouter()} />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
