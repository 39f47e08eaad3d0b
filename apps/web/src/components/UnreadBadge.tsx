import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { conversations } from '../api/endpoints';

const REFRESH_MS = 30_000;

/** The caller's unread messages, over all conversations or on one match. */
export function useUnreadMessages() {
  return useQuery({
    queryKey: ['unread'],
    queryFn: () => conversations.unread(),
    refetchInterval: REFRESH_MS,
  });
}

export function UnreadBadge({
  matchId,
  className = 'badge badge--new',
}: {
  matchId?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const { data } = useUnreadMessages();
  const count = matchId
    ? (data?.matches.find((match) => match.matchId === matchId)?.unread ?? 0)
    : (data?.total ?? 0);
  if (count === 0) return null;
  return (
    <span
      className={className}
      aria-label={t('conversation.unread', { count })}
      title={t('conversation.unread', { count })}
    >
      {count}
    </span>
  );
}
