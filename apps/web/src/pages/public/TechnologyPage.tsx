import { useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TechnologyView } from '../../api/types';
import {
  Chips,
  ErrorMessage,
  Placeholder,
  PageHeader,
  StatusBadge,
  usePageTitle,
  VerifiedBadge,
} from '../../components/common';
import { formatDate, formatUsdRange } from '../../i18n/format';
import { AskIntroductionPanel } from '../../components/interest/AskIntroductionPanel';
import { useSignedInUser } from '../../session/session';
import { usePageDescription } from '../../components/page-meta';
import { listingText } from '../../taxonomy/listing-text';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';
import { ListingEvidence } from './ListingEvidence';
import { ListingMedia } from './ListingMedia';
import { capacityText } from '../site-facts';
import { technologyQuery } from './technology-query';
import { RelatedResources } from '../../components/RelatedResources';
import { ExpertReviewBadge, lastVerifiedAt } from '../../components/ExpertReviewBadge';

export function TechnologyPage() {
  const { id = '' } = useParams();
  const listing = useQuery(technologyQuery(id));
  // The whole page renders in the background once its data is in, yielding to the browser as it goes.
  const data = useDeferredValue(listing.data);
  const language = useUiLanguage();
  const text = data ? listingText(data, language) : undefined;
  usePageTitle(text?.title);
  usePageDescription(text?.summary, text?.title);
  if (listing.isError) return <ErrorMessage error={listing.error} retry={() => void listing.refetch()} />;
  if (!data) return <Placeholder shape="page" rows={6} />;
  return <TechnologyDetails listing={data} />;
}

export function TechnologyDetails({ listing }: { listing: TechnologyView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const user = useSignedInUser();
  const text = listingText(listing, language);
  const cost = formatUsdRange(listing.capitalCostMinUsd, listing.capitalCostMaxUsd, language);
  const ownListing = user?.role === 'vendor' && user.organizationId === listing.vendorOrganizationId;
  const efficiency = new Map(listing.removalEfficiency.map((e) => [e.pollutant, e.percent]));
  const intent = new Map(listing.intents.map((e) => [e.pollutant, e.intent]));
  const outlet = new Map((listing.outletGuarantees ?? []).map((e) => [e.pollutant, e.mgPerNm3]));

  return (
    <article className="technology">
      <PageHeader
        title={<span lang={text.titleLang}>{text.title}</span>}
        lead={<span lang={text.summaryLang}>{text.summary}</span>}
        actions={
          <>
            {listing.status !== 'published' ? (
              <StatusBadge status={listing.status} group="technology" />
            ) : null}
            {ownListing ? (
              <Link className="button button--secondary" to={`/vendor/listings/${listing.id}`}>
                {t('common.edit')}
              </Link>
            ) : null}
          </>
        }
      />
      {text.translated ? (
        <p className="note">
          {t('technology.translatedNote')} <em lang="en">{listing.title}</em>
        </p>
      ) : null}
      {listing.vendor ? (
        <p className="vendor-line">
          {t('technology.offeredBy')}{' '}
          <Link to={`/organizations/${listing.vendor.id}`}>{listing.vendor.name}</Link> ·{' '}
          {listing.vendor.city}, {labels.country(listing.vendor.country)}{' '}
          <VerifiedBadge verified={listing.vendor.verified} />
        </p>
      ) : null}
      {listing.verifiedClaims.length > 0 ? (
        <p className="technology-verified">
          <ExpertReviewBadge verifiedAt={lastVerifiedAt(listing.verifiedClaims)} />
        </p>
      ) : null}

      <div className="technology-layout">
        <section aria-labelledby="description-heading" className="technology-main">
          <h2 id="description-heading">{t('technology.description')}</h2>
          <div className="prose" lang={language === 'en' ? undefined : 'en'}>
            {listing.description.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>

          <ListingMedia listing={listing} title={text.title} />

          <h2>{t('technology.performance')}</h2>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('technology.removalEfficiency')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('technology.pollutant')}</th>
                  <th scope="col">{t('listingEditor.intents')}</th>
                  <th scope="col">{t('technology.removalEfficiency')}</th>
                  <th scope="col">{t('limits.outletGuarantee')}</th>
                </tr>
              </thead>
              <tbody>
                {listing.pollutants.map((pollutant) => (
                  <tr key={pollutant}>
                    <th scope="row">{labels.pollutant(pollutant)}</th>
                    <td>
                      {intent.has(pollutant) ? t(`listingEditor.intentNames.${intent.get(pollutant)}`) : '—'}
                    </td>
                    <td>
                      {efficiency.has(pollutant)
                        ? `${efficiency.get(pollutant)} %`
                        : t('technology.notStated')}
                    </td>
                    <td>
                      {outlet.has(pollutant)
                        ? t('limits.atMost', { value: outlet.get(pollutant) })
                        : t('technology.notStated')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <ListingEvidence listingId={listing.id} />

          <h2>{t('technology.referenceProjects')}</h2>
          {listing.referenceProjects.length === 0 ? (
            <p className="empty">{t('technology.noReferenceProjects')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('technology.place')}</th>
                    <th scope="col">{t('technology.country')}</th>
                    <th scope="col">{t('technology.year')}</th>
                    <th scope="col">{t('technology.result')}</th>
                  </tr>
                </thead>
                <tbody>
                  {listing.referenceProjects.map((project, index) => (
                    <tr key={index}>
                      <td>{project.place}</td>
                      <td>{labels.country(project.country)}</td>
                      <td>{project.year}</td>
                      <td>{project.result}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <aside className="technology-facts card" aria-labelledby="facts-heading">
          <h2 id="facts-heading">{t('technology.facts')}</h2>
          <dl>
            <Fact term={t('technology.category')}>{labels.category(listing.category)}</Fact>
            <Fact term={t('technology.trl')}>
              {listing.trl} — {labels.trl(listing.trl)}
            </Fact>
            <Fact term={t('technology.pollutants')}>
              <Chips items={listing.pollutants.map(labels.pollutant)} />
            </Fact>
            <Fact term={t('technology.sectors')}>
              <Chips items={listing.sectors.map(labels.sector)} />
            </Fact>
            <Fact term={t('technology.capitalCost')}>{cost ?? t('technology.notStated')}</Fact>
            {listing.operatingCostNote ? (
              <Fact term={t('technology.operatingCost')}>{listing.operatingCostNote}</Fact>
            ) : null}
            {(listing.prerequisites ?? []).length > 0 ? (
              <Fact term={t('limits.prerequisites')}>
                <Chips items={listing.prerequisites.map((id) => t(`limits.prerequisiteNames.${id}`))} />
              </Fact>
            ) : null}
            {capacityText(listing, t, language) ? (
              <Fact term={t('limits.capacity')}>{capacityText(listing, t, language)}</Fact>
            ) : null}
            <Fact term={t('technology.deploymentCountries')}>
              {listing.deploymentCountries.map(labels.country).join(', ') || '—'}
            </Fact>
            <Fact term={t('technology.supplyCountries')}>
              {listing.supplyCountries.map(labels.country).join(', ') || '—'}
            </Fact>
            <Fact term={t('technology.dealTypes')}>
              {listing.dealTypes.map(labels.dealType).join(', ') || '—'}
            </Fact>
            <Fact term={t('technology.certifications')}>{listing.certifications.join(', ') || '—'}</Fact>
            <Fact term={t('technology.supportLanguages')}>
              {listing.supportLanguages.map(labels.language).join(', ') || '—'}
            </Fact>
            {listing.translations.length > 0 ? (
              <Fact term={t('technology.translations')}>
                {listing.translations.map((translation) => labels.language(translation.language)).join(', ')}
              </Fact>
            ) : null}
            <Fact term={t('technology.published')}>{formatDate(listing.publishedAt, language)}</Fact>
            {listing.expiresAt ? (
              <Fact term={t('technology.reconfirmBy')}>{formatDate(listing.expiresAt, language)}</Fact>
            ) : null}
          </dl>
        </aside>
      </div>
      {listing.status === 'published' ? <RelatedResources technologyId={listing.id} /> : null}
      {user?.role === 'agency' && listing.status === 'published' ? (
        <AskIntroductionPanel technologyId={listing.id} />
      ) : null}
    </article>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
