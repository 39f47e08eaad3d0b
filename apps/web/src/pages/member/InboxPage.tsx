import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { inbox } from '../../api/endpoints';
import type { NotificationView, Role } from '../../api/types';
import {
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  Pagination,
  usePageTitle,
} from '../../components/common';
import { formatDateTime } from '../../i18n/format';
import { useSignedInUser } from '../../session/session';
import { useUiLanguage } from '../../taxonomy/labels';

const PER_PAGE = 20;

export function InboxPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === 'true';
  const page = Math.max(1, Number(params.get('page')) || 1);
  usePageTitle(t('inbox.title'));
  const list = useQuery({
    queryKey: ['inbox', unreadOnly, page],
    queryFn: () => inbox.list({ unread: unreadOnly || undefined, page, limit: PER_PAGE }),
  });
  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        lead={list.data ? t('inbox.unreadCount', { count: list.data.unreadCount }) : undefined}
      />
      <nav className="tabs" aria-label={t('inbox.filter')}>
        <ul>
          <li>
            <Link to="/inbox" aria-current={!unreadOnly ? 'page' : undefined}>
              {t('common.all')}
            </Link>
          </li>
          <li>
            <Link to="/inbox?unread=true" aria-current={unreadOnly ? 'page' : undefined}>
              {t('inbox.unread')}
            </Link>
          </li>
        </ul>
      </nav>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('inbox.none')}</EmptyState> : null}
      <ul className="inbox-list">
        {list.data?.items.map((notification) => (
          <NotificationItem key={notification.id} notification={notification} />
        ))}
      </ul>
      {list.data ? (
        <Pagination
          page={page}
          total={list.data.total}
          limit={PER_PAGE}
          onPage={(next) => setParams({ ...(unreadOnly ? { unread: 'true' } : {}), page: String(next) })}
        />
      ) : null}
    </>
  );
}

/** Where a notification leads, from the ids its payload carries. */
export function notificationLink(notification: NotificationView, role: Role | undefined): string | undefined {
  const payload = notification.payload;
  const id = (key: string) => (typeof payload[key] === 'string' ? (payload[key] as string) : undefined);
  // The exact item, as the e-mail of the same notification links it.
  if (id('projectId')) return `/projects/${id('projectId')}`;
  if (id('matchId')) return `/matches/${id('matchId')}`;
  if (id('needId')) return role === 'agency' ? `/agency/needs/${id('needId')}` : `/needs/${id('needId')}`;
  if (id('eventId')) return `/events/${id('eventId')}`;
  if (notification.kind === 'organization.verification') return '/organization';
  if (id('technologyId')) {
    return (notification.kind.startsWith('listing.') || notification.kind.startsWith('review.')) &&
      role === 'vendor'
      ? `/vendor/listings/${id('technologyId')}`
      : `/technologies/${id('technologyId')}`;
  }
  return undefined;
}

/** The key of an inbox line: a verification notice reads by its decision. */
function kindKey(notification: NotificationView): string {
  const key = notification.kind.replace(/\./g, '_');
  const decision = notification.payload.decision;
  return notification.kind === 'organization.verification' && typeof decision === 'string'
    ? `${key}_${decision}`
    : key;
}

function NotificationItem({ notification }: { notification: NotificationView }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const user = useSignedInUser();
  const queryClient = useQueryClient();
  const markRead = useMutation({
    mutationFn: () => inbox.markRead(notification.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inbox'] }),
  });
  const link = notificationLink(notification, user?.role);
  const text = t(`inbox.kinds.${kindKey(notification)}`, {
    ...stringValues(notification.payload),
    defaultValue: t('inbox.generic', { kind: notification.kind }),
  });
  const unread = notification.readAt === null;
  const values = stringValues(notification.payload);
  const matched =
    notification.kind.startsWith('match.') && values.technologyTitle && values.needTitle
      ? t('inbox.matched', values)
      : undefined;
  return (
    <li className={`card notification ${unread ? 'notification--unread' : ''}`}>
      <p>
        {unread ? <span className="badge badge--new">{t('inbox.new')}</span> : null}{' '}
        {link ? (
          <Link to={link} onClick={() => unread && markRead.mutate()}>
            {text}
          </Link>
        ) : (
          text
        )}
        {matched ? <span className="notification__matched"> {matched}</span> : null}
      </p>
      <p className="meta">
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt, language)}</time>
        {unread ? (
          <>
            {' · '}
            <button
              type="button"
              className="link-button"
              disabled={markRead.isPending}
              onClick={() => markRead.mutate()}
            >
              {t('inbox.markRead')}
            </button>
          </>
        ) : null}
      </p>
    </li>
  );
}

function stringValues(payload: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(payload)
      .filter((entry): entry is [string, string | number] => ['string', 'number'].includes(typeof entry[1]))
      .map(([k, v]) => [k, String(v)]),
  );
}
