import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { needs } from '../../api/endpoints';
import type { NeedView } from '../../api/types';
import {
  Chips,
  ErrorMessage,
  Loading,
  PageHeader,
  StatusBadge,
  usePageTitle,
  VerifiedBadge,
} from '../../components/common';
import { formatDate, formatUsdRange } from '../../i18n/format';
import { useSignedInUser } from '../../session/session';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';

/** A need as vendors and curators read it. */
export function NeedPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const user = useSignedInUser();
  const need = useQuery({ queryKey: ['need', id], queryFn: () => needs.get(id) });
  usePageTitle(need.data?.title);
  if (need.isPending) return <Loading />;
  if (need.isError) return <ErrorMessage error={need.error} />;
  return (
    <>
      <PageHeader
        title={need.data.title}
        lead={
          <>
            {need.data.organization?.name ?? '—'}{' '}
            <VerifiedBadge verified={need.data.organization?.verified ?? false} />
          </>
        }
        actions={<StatusBadge status={need.data.status} group="need" />}
      />
      {user?.role === 'admin' ? (
        <p>
          <Link to={`/admin/matches?needId=${need.data.id}`}>{t('need.curateMatches')}</Link> ·{' '}
          <Link to={`/admin/matches/new?needId=${need.data.id}`}>{t('curation.addByHand')}</Link>
        </p>
      ) : null}
      <NeedDetails need={need.data} />
    </>
  );
}

export function NeedDetails({ need }: { need: NeedView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const fact = (term: string, value: ReactNode) => (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <div className="two-columns">
      <section aria-labelledby="need-description">
        <h2 id="need-description">{t('need.description')}</h2>
        <div className="prose">
          {need.description.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
        {need.closeReason ? (
          <p className="note">
            {t('need.closedAs', { reason: t(`need.closeReasons.${need.closeReason}`) })}
            {need.closeNote ? ` — ${need.closeNote}` : ''}
          </p>
        ) : null}
      </section>
      <aside className="card" aria-labelledby="need-facts">
        <h2 id="need-facts">{t('technology.facts')}</h2>
        <dl>
          {fact(t('need.location'), `${need.city}, ${labels.country(need.country)}`)}
          {fact(t('technology.pollutants'), <Chips items={need.pollutants.map(labels.pollutant)} />)}
          {fact(t('technology.sectors'), <Chips items={need.sectors.map(labels.sector)} />)}
          {fact(t('need.budget'), formatUsdRange(need.budgetMinUsd, need.budgetMaxUsd, language) ?? '—')}
          {fact(t('need.minTrl'), need.minTrl ? `${need.minTrl} — ${labels.trl(need.minTrl)}` : '—')}
          {fact(t('technology.dealTypes'), need.dealTypes.map(labels.dealType).join(', ') || '—')}
          {fact(t('organization.languages'), need.languages.map(labels.language).join(', ') || '—')}
          {fact(t('need.deadline'), formatDate(need.deadline, language))}
          {need.openedAt ? fact(t('need.opened'), formatDate(need.openedAt, language)) : null}
        </dl>
      </aside>
    </div>
  );
}
