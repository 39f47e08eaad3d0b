import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { adminMatches } from '../../api/endpoints';
import { ErrorMessage, Loading, PageHeader, StatusBadge, usePageTitle } from '../../components/common';
import { Conversation } from '../../components/Conversation';
import { NeedTitleLink } from '../../components/NeedTitleLink';

/** A curator reads and writes in an introduced match's conversation. */
export function MatchConversationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  usePageTitle(t('conversation.adminTitle'));
  const match = useQuery({ queryKey: ['admin-matches', 'one', id], queryFn: () => adminMatches.one(id) });
  return (
    <>
      <PageHeader title={t('conversation.adminTitle')} lead={t('conversation.adminLead')} />
      {match.isPending ? <Loading /> : null}
      {match.isError ? <ErrorMessage error={match.error} /> : null}
      {match.data ? (
        <div className="card-list">
          <p>
            <Link to={`/technologies/${match.data.technology.id}`}>{match.data.technology.title}</Link>
            <span className="for"> {t('curation.for')} </span>
            <NeedTitleLink need={match.data.need} to={`/needs/${match.data.need.id}`} />{' '}
            <StatusBadge status={match.data.status} group="match" />
          </p>
          <Conversation
            matchId={match.data.id}
            open={['introduced', 'connected'].includes(match.data.status)}
          />
        </div>
      ) : null}
      <p>
        <Link to="/admin/matches?status=introduced">{t('conversation.backToMatches')}</Link>
      </p>
    </>
  );
}
