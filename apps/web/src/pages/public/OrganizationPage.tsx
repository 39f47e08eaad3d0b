import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { organizations, technologies } from '../../api/endpoints';
import type { OrganizationView } from '../../api/types';
import {
  Chips,
  EmptyState,
  ErrorMessage,
  Placeholder,
  PageHeader,
  usePageTitle,
  VerifiedBadge,
} from '../../components/common';
import { usePageDescription } from '../../components/page-meta';
import { listingText } from '../../taxonomy/listing-text';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';
import { TrackRecord } from '../../components/TrackRecord';

export function OrganizationPage() {
  const { id = '' } = useParams();
  const organization = useQuery({ queryKey: ['organization', id], queryFn: () => organizations.get(id) });
  usePageTitle(organization.data?.name);
  usePageDescription(organization.data?.description || undefined, organization.data?.name);
  if (organization.isPending) return <Placeholder shape="page" rows={5} />;
  if (organization.isError) return <ErrorMessage error={organization.error} />;
  const org = organization.data;
  return <OrganizationProfile org={org} />;
}

/** The union of what the organisation declared and what its published listings say, first declared first. */
export function profileTags(
  declared: readonly string[],
  fromListings: readonly (readonly string[])[],
): string[] {
  return [...new Set([...declared, ...fromListings.flat()])];
}

function OrganizationProfile({ org }: { org: OrganizationView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const listings = useVendorListings(org);
  const sectors = profileTags(
    org.sectors,
    (listings.data ?? []).map((hit) => hit.sectors),
  );
  const pollutants = profileTags(
    org.pollutants,
    (listings.data ?? []).map((hit) => hit.pollutants),
  );
  return (
    <article className="organization">
      <PageHeader
        title={org.name}
        lead={
          <>
            {t(`organization.kinds.${org.kind}`)} · {org.city}, {labels.country(org.country)}{' '}
            <VerifiedBadge verified={org.verified} />
          </>
        }
      />
      <div className="two-columns">
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">{t('organization.about')}</h2>
          <p className="prose">{org.description || t('organization.noDescription')}</p>
          {org.kind === 'vendor' ? <VendorTechnologies organization={org} /> : null}
          {org.kind === 'vendor' ? <TrackRecord organizationId={org.id} /> : null}
        </section>
        <aside className="card" aria-labelledby="org-facts-heading">
          <h2 id="org-facts-heading">{t('organization.details')}</h2>
          <dl>
            {org.website ? (
              <div className="fact">
                <dt>{t('organization.website')}</dt>
                <dd>
                  <a href={org.website} rel="noopener noreferrer" target="_blank">
                    {org.website}
                  </a>
                </dd>
              </div>
            ) : null}
            <div className="fact">
              <dt>{t('organization.sectors')}</dt>
              <dd>{sectors.length ? <Chips items={sectors.map(labels.sector)} /> : '—'}</dd>
            </div>
            <div className="fact">
              <dt>{t('organization.pollutants')}</dt>
              <dd>{pollutants.length ? <Chips items={pollutants.map(labels.pollutant)} /> : '—'}</dd>
            </div>
            <div className="fact">
              <dt>{t('organization.languages')}</dt>
              <dd>{org.languages.map(labels.language).join(', ') || '—'}</dd>
            </div>
            {org.contactPerson ? (
              <div className="fact">
                <dt>{t('organization.contactPerson')}</dt>
                <dd>
                  {org.contactPerson.name} ·{' '}
                  <a href={`mailto:${org.contactPerson.email}`}>{org.contactPerson.email}</a>
                  {org.contactPerson.phone ? ` · ${org.contactPerson.phone}` : ''}
                </dd>
              </div>
            ) : null}
          </dl>
        </aside>
      </div>
    </article>
  );
}

/** The search has no vendor filter: the vendor's name finds its listings, and the id keeps only its own. */
function useVendorListings(organization: OrganizationView) {
  return useQuery({
    queryKey: ['technology-search', 'vendor', organization.id],
    queryFn: () => technologies.search({ q: organization.name.slice(0, 200), limit: 100 }),
    select: (result) => result.items.filter((hit) => hit.vendor.id === organization.id),
    enabled: organization.kind === 'vendor',
  });
}

function VendorTechnologies({ organization }: { organization: OrganizationView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const listings = useVendorListings(organization);
  return (
    <>
      <h2>{t('organization.technologies')}</h2>
      {listings.isPending ? <Placeholder shape="item" rows={3} /> : null}
      {listings.data?.length === 0 ? <EmptyState>{t('organization.noTechnologies')}</EmptyState> : null}
      <ul className="compact-list">
        {listings.data?.map((hit) => (
          <li key={hit.id}>
            <Link to={`/technologies/${hit.id}`} lang={listingText(hit, language).titleLang}>
              {listingText(hit, language).title}
            </Link>
            <span className="meta">
              {labels.category(hit.category)} · TRL {hit.trl}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
