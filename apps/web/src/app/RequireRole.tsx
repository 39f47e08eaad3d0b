import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../api/types';
import { Loading, PageHeader } from '../components/common';
import { useSession } from '../session/session';

/** Pages for some roles only: visitors are sent to sign in (and back), others are told it is not for them. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (session.status === 'unknown') return <Loading />;
  if (session.status === 'anonymous') {
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  if (!roles.includes(session.user.role)) {
    return <PageHeader title={t('errors.notForYouTitle')} lead={t('errors.notForYou')} />;
  }
  return <>{children}</>;
}
