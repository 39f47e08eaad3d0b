import { useQuery } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
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
import { ExpressInterestPanel } from '../../components/interest/ExpressInterestPanel';
import { useSignedInUser } from '../../session/session';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';
import { needText } from '../../taxonomy/need-text';
import { NeedBaselines } from '../../components/NeedBaselines';
import { areaText, siteLines } from '../site-facts';
import { RelatedResources } from '../../components/RelatedResources';

/** A need as vendors and curators read it. */
export function NeedPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const user = useSignedInUser();
  const language = useUiLanguage();
  const need = useQuery({ queryKey: ['need', id], queryFn: () => needs.get(id) });
  const text = need.data ? needText(need.data, language) : undefined;
  usePageTitle(text?.title);
  if (need.isPending) return <Loading />;
  if (need.isError) return <ErrorMessage error={need.error} />;
  return (
    <>
      <PageHeader
        title={<span lang={text!.titleLang}>{text!.title}</span>}
        lead={
          <>
            {need.data.organization?.name ?? '—'}{' '}
            <VerifiedBadge verified={need.data.organization?.verified ?? false} />
          </>
        }
        actions={<StatusBadge status={need.data.status} group="need" />}
      />
      {text!.translated ? (
        <p className="note">
          {t('needTranslations.translatedNote')} <em lang="en">{need.data.title}</em>
        </p>
      ) : null}
      {user?.role === 'admin' ? (
        <p>
          <Link to={`/admin/matches?needId=${need.data.id}`}>{t('need.curateMatches')}</Link> ·{' '}
          <Link to={`/admin/matches/new?needId=${need.data.id}`}>{t('curation.addByHand')}</Link>
        </p>
      ) : null}
      <NeedDetails need={need.data} />
      <RelatedResources needId={need.data.id} />
      {user?.role === 'vendor' && need.data.status === 'open' ? (
        <ExpressInterestPanel needId={need.data.id} />
      ) : null}
      <NeedBaselines needId={need.data.id} editable={false} />
    </>
  );
}

export function NeedDetails({ need }: { need: NeedView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const text = needText(need, language);
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
        <div className="prose" lang={text.descriptionLang}>
          {text.description.split(/\n{2,}/).map((paragraph, index) => (
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
          {fact(t('needEditor.wants'), t(`needEditor.wantsNames.${need.wants}`))}
          {fact(t('technology.pollutants'), <Chips items={need.pollutants.map(labels.pollutant)} />)}
          {fact(t('technology.sectors'), <Chips items={need.sectors.map(labels.sector)} />)}
          {fact(t('need.budget'), formatUsdRange(need.budgetMinUsd, need.budgetMaxUsd, language) ?? '—')}
          {need.unitCount
            ? fact(
                t('needEditor.unitCount'),
                `${need.unitCount} ${need.unitKind ? t(`needEditor.unitKinds.${need.unitKind}`) : ''}`.trim(),
              )
            : null}
          {areaText(need, t, language) ? fact(t('limits.area'), areaText(need, t, language)) : null}
          {need.outletLimits.length > 0
            ? fact(
                t('limits.outletLimit'),
                need.outletLimits
                  .map((l) => `${labels.pollutant(l.pollutant)} ${t('limits.below', { value: l.mgPerNm3 })}`)
                  .join('; '),
              )
            : null}
          {siteLines(need, t, language).map(([term, value]) => (
            <Fragment key={term}>{fact(term, value)}</Fragment>
          ))}
          {fact(t('need.minTrl'), need.minTrl ? `${need.minTrl} — ${labels.trl(need.minTrl)}` : '—')}
          {fact(t('technology.dealTypes'), need.dealTypes.map(labels.dealType).join(', ') || '—')}
          {fact(t('organization.languages'), need.languages.map(labels.language).join(', ') || '—')}
          {need.translations.length > 0
            ? fact(
                t('technology.translations'),
                need.translations.map((translation) => labels.language(translation.language)).join(', '),
              )
            : null}
          {fact(t('need.deadline'), formatDate(need.deadline, language))}
          {need.openedAt ? fact(t('need.opened'), formatDate(need.openedAt, language)) : null}
        </dl>
      </aside>
    </div>
  );
}
