import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { partyMatches } from '../../api/endpoints';
import { ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { Conversation } from '../../components/Conversation';
import { IntroductionCard } from '../../components/IntroductionCard';

/** One introduction on its own page: where the e-mail about it links (`/matches/{id}`). */
export function MatchPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  usePageTitle(t('introductions.one'));
  const match = useQuery({
    queryKey: ['party-matches', 'one', id],
    queryFn: () => partyMatches.one(id),
  });
  return (
    <>
      <PageHeader title={t('introductions.one')} lead={t('introductions.lead')} />
      {match.isPending ? <Loading /> : null}
      {match.isError ? <ErrorMessage error={match.error} /> : null}
      {match.data ? (
        <div className="card-list">
          <IntroductionCard match={match.data} linkToConversation={false} />
          <Conversation matchId={match.data.id} open={match.data.status !== 'declined'} />
        </div>
      ) : null}
      <p>
        <Link to="/introductions">{t('introductions.all')}</Link>
      </p>
    </>
  );
}
