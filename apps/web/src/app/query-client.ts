import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/problem';

/** The app's one query cache (the router's loaders start requests in it before a page's code has loaded). */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not change by asking again.
      retry: (failures, error) => failures < 2 && !(isApiError(error) && error.status < 500),
      refetchOnWindowFocus: false,
      // Ask even when the browser says it is offline: the request fails and the page offers "Try again",
      // where React Query's default would hold the query paused, showing a placeholder for ever.
      networkMode: 'always',
    },
  },
});
