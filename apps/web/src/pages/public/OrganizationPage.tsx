import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { organizations, technologies } from '../../api/endpoints';
import type { OrganizationView } from '../../api/types';
import {
  Chips,
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  usePageTitle,
  VerifiedBadge,
} from '../../components/common';
import { listingText } from '../../taxonomy/listing-text';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';

export function OrganizationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const labels = useLabels();
  const organization = useQuery({ queryKey: ['organization', id], queryFn: () => organizations.get(id) });
  usePageTitle(organization.data?.name);
  if (organization.isPending) return <Loading />;
  if (organization.isError) return <ErrorMessage error={organization.error} />;
  const org = organization.data;
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
              <dd>{org.sectors.length ? <Chips items={org.sectors.map(labels.sector)} /> : '—'}</dd>
            </div>
            <div className="fact">
              <dt>{t('organization.pollutants')}</dt>
              <dd>{org.pollutants.length ? <Chips items={org.pollutants.map(labels.pollutant)} /> : '—'}</dd>
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
function VendorTechnologies({ organization }: { organization: OrganizationView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const listings = useQuery({
    queryKey: ['technology-search', 'vendor', organization.id],
    queryFn: () => technologies.search({ q: organization.name.slice(0, 200), limit: 100 }),
    select: (result) => result.items.filter((hit) => hit.vendor.id === organization.id),
  });
  return (
    <>
      <h2>{t('organization.technologies')}</h2>
      {listings.isPending ? <Loading /> : null}
      {listings.data?.length === 0 ? <EmptyState>{t('organization.noTechnologies')}</EmptyState> : null}
      <ul className="compact-list">
        {listings.data?.map((hit) => (
          <li key={hit.id}>
            <Link to={`/technologies/${hit.id}`}>{listingText(hit, language).title}</Link>
            <span className="meta">
              {labels.category(hit.category)} · TRL {hit.trl}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
