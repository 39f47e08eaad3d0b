import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { SessionState } from '../api/client';
import { api, auth } from '../api/endpoints';
import type { Role } from '../api/types';

const subscribe = (onChange: () => void) => api.subscribe(onChange);
const snapshot = () => api.session;

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

export function useSignedInUser() {
  const session = useSession();
  return session.status === 'signed-in' ? session.user : undefined;
}

/** The signed-in user with their organisation (null for admins). */
export function useMe() {
  const user = useSignedInUser();
  return useQuery({
    queryKey: ['me', user?.id],
    queryFn: auth.me,
    enabled: user !== undefined,
    staleTime: 60_000,
  });
}

/** Where each role starts after signing in. */
export function homeOf(role: Role): string {
  switch (role) {
    case 'vendor':
      return '/vendor/listings';
    case 'agency':
      return '/agency/needs';
    case 'admin':
      return '/admin';
    case 'expert':
      return '/expert/reviews';
  }
}

/** Only same-site paths are followed after sign-in (no open redirects). */
export function safeNextPath(next: string | null): string | undefined {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : undefined;
}
