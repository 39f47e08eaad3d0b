import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { technologies } from '../../api/endpoints';
import type { TechnologyView } from '../../api/types';
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
import { listingText } from '../../taxonomy/listing-text';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';

export function TechnologyPage() {
  const { id = '' } = useParams();
  const listing = useQuery({ queryKey: ['technology', id], queryFn: () => technologies.get(id) });
  const language = useUiLanguage();
  usePageTitle(listing.data ? listingText(listing.data, language).title : undefined);
  if (listing.isPending) return <Loading />;
  if (listing.isError) return <ErrorMessage error={listing.error} />;
  return <TechnologyDetails listing={listing.data} />;
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

  return (
    <article className="technology">
      <PageHeader
        title={text.title}
        lead={text.summary}
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

      <div className="technology-layout">
        <section aria-labelledby="description-heading" className="technology-main">
          <h2 id="description-heading">{t('technology.description')}</h2>
          <div className="prose">
            {listing.description.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>

          <h2>{t('technology.performance')}</h2>
          <table className="data-table">
            <caption className="visually-hidden">{t('technology.removalEfficiency')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('technology.pollutant')}</th>
                <th scope="col">{t('technology.removalEfficiency')}</th>
              </tr>
            </thead>
            <tbody>
              {listing.pollutants.map((pollutant) => (
                <tr key={pollutant}>
                  <th scope="row">{labels.pollutant(pollutant)}</th>
                  <td>
                    {efficiency.has(pollutant) ? `${efficiency.get(pollutant)} %` : t('technology.notStated')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2>{t('technology.referenceProjects')}</h2>
          {listing.referenceProjects.length === 0 ? (
            <p className="empty">{t('technology.noReferenceProjects')}</p>
          ) : (
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
